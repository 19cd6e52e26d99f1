import { makeFinding } from "./finding-messages";
import { splitReasonText, type SplitReason } from "./split-reasons";
import { nameOf, type Facts, type Link } from "./gather-facts";
import { stemOf } from "./name-stem";
import type { Finding } from "./types";
import { formatScore } from "./format-score";

/** Below this split score the mall-go guide says "keep it in the monolith". */
export const LOW_SPLIT_SCORE = 4;

/**
 * What the per-context pass reads, plus scratch marks: `flagged[i] === stamp`
 * means "flagged in the current context". One stamp per context instead of
 * fresh sets keeps a 1,000-context design from churning the garbage collector.
 */
export interface ContextScratch {
  facts: Facts;
  score: Float64Array;
  /** from * serviceCount + to, for every sync call */
  pairs: Set<number>;
  callsSibling: Uint8Array;
  tables: Int32Array;
  flagged: Int32Array;
  linked: Int32Array;
  stamp: number;
}

function nameAt(shared: ContextScratch, i: number): string {
  return shared.facts.services[i]!.name;
}

/** The services of a reason by name, and whether they are the whole group ("All 4" in words). */
function who(shared: ContextScratch, list: number[], members: number[]): { services: string[]; all: boolean } {
  return { services: list.map((i) => nameAt(shared, i)), all: list.length === members.length };
}

function flag(shared: ContextScratch, reasons: SplitReason[], list: number[], reason: SplitReason): void {
  for (const i of list) shared.flagged[i] = shared.stamp;
  reasons.push(reason);
}

/**
 * The over-splitting finding for one context's services, if any of the
 * per-context heuristics of `findOverSplitting` fires.
 * @example judgeContext(scratch, "users", [0, 1, 2, 3], callsInsideUsers)
 */
export function judgeContext(shared: ContextScratch, key: string, members: number[], inside: Link[]): Finding | undefined {
  const { facts, score, pairs, callsSibling, tables, flagged, linked } = shared;
  const n = facts.services.length;
  const low = members.filter((i) => score[i]! < LOW_SPLIT_SCORE);
  if (inside.length === 0 && low.length === 0) return undefined;
  const stamp = ++shared.stamp;
  const reasons: SplitReason[] = [];

  if (low.length) {
    flag(shared, reasons, low, { code: "low-score", ...who(shared, low, members), scores: low.map((i) => formatScore(score[i]!)), threshold: LOW_SPLIT_SCORE });
  }

  // Only services that call or are called inside the context can be in a calling family.
  const families = new Map<string, number>();
  const stemOfMember = new Map<number, string>();
  const note = (i: number) => {
    if (linked[i] === stamp) return;
    linked[i] = stamp;
    const stem = stemOf(nameAt(shared, i));
    if (stem === undefined) return;
    stemOfMember.set(i, stem);
    families.set(stem, (families.get(stem) ?? 0) + 1);
  };
  // Both ends of each call, without a two-item array per call.
  for (const c of inside) {
    note(c.from);
    note(c.to);
  }
  for (const [stem, size] of families) {
    if (size < 2) continue;
    const list: number[] = [];
    for (const c of inside) {
      if (stemOfMember.get(c.from) !== stem || stemOfMember.get(c.to) !== stem) continue;
      if (!list.includes(c.from)) list.push(c.from);
      if (!list.includes(c.to)) list.push(c.to);
    }
    list.sort((a, b) => a - b);
    if (list.length >= 2) flag(shared, reasons, list, { code: "name-stem", ...who(shared, list, members), stem });
  }

  const mutual = inside.filter((c) => c.from < c.to && pairs.has(c.to * n + c.from));
  if (mutual.length) {
    const seen = new Set<string>();
    const pairs: [string, string][] = [];
    for (const c of mutual) {
      const pair: [string, string] = [nameAt(shared, c.from), nameAt(shared, c.to)];
      if (seen.has(JSON.stringify(pair))) continue;
      seen.add(JSON.stringify(pair));
      pairs.push(pair);
    }
    flag(shared, reasons, [...new Set(mutual.flatMap((c) => [c.from, c.to]))], { code: "mutual", pairs });
  }

  const needy = members.filter((i) => tables[i] === 1 && callsSibling[i]);
  if (needy.length)
    flag(shared, reasons, needy, { code: "single-table", ...who(shared, needy, members) });

  if (reasons.length === 0) return undefined;
  const elements = members.filter((i) => flagged[i] === stamp);
  const flows = inside.filter((c) => flagged[c.from] === stamp && flagged[c.to] === stamp).map((c) => c.flow.id);
  const scope = key === "" ? "the services without a context" : nameOf(facts, key);
  return makeFinding(
    "over-splitting",
    "warning",
    { scope, services: elements.map((i) => nameAt(shared, i)), reasons, wholeDesign: false, ...(key === "" ? { contextless: true } : {}) },
    { elements: elements.map((i) => facts.services[i]!.id), reasons: reasons.map(splitReasonText), ...(flows.length ? { flows } : {}), ...(key ? { contexts: [key] } : {}) },
  );
}
