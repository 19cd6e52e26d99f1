/**
 * How well a typed query matches a text, for Find: a prefix beats the start
 * of a word, which beats a plain substring, which beats the letters in order
 * (so "osv" finds "order-service"). Pure, so it is tested on its own.
 */
export interface Candidate {
  /** What is shown and matched first. */
  label: string;
  /** More text that may match (ids, kinds, routes), weighed less. */
  extra?: string;
}

/** 0 for no match; higher is better. An empty query matches everything equally. */
export function matchScore(query: string, c: Candidate): number {
  const q = query.trim().toLowerCase();
  if (!q) return 1;
  const label = c.label.toLowerCase();
  // Letters in order count for the label only: against long extra text they would match nearly anything.
  return Math.max(scoreText(q, label, true) * 2, c.extra ? scoreText(q, c.extra.toLowerCase(), false) : 0);
}

function scoreText(q: string, text: string, loose: boolean): number {
  if (text === q) return 100;
  if (text.startsWith(q)) return 80;
  const at = text.indexOf(q);
  if (at > 0 && /[\s\-_./:>(]/.test(text[at - 1]!)) return 60;
  if (at >= 0) return 40;
  // The query's letters in order, each word of the query anywhere ("pay svc").
  const words = q.split(/\s+/);
  if (words.length > 1 && words.every((w) => text.includes(w))) return 30;
  if (!loose) return 0;
  let i = 0;
  for (const ch of text) if (ch === q[i]) i++;
  return i === q.length ? 10 : 0;
}

/** The candidates that match, best first; ties keep their given order. */
export function rankMatches<T extends Candidate>(query: string, items: readonly T[], limit = 60): T[] {
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const score = matchScore(query, item);
    if (score > 0) scored.push({ item, score, index });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.item);
}
