/**
 * Undo history as a small pure value: the designs before and after the
 * present one. Only the design is history; selection and viewport are not.
 * Consecutive commits with the same coalesce key (the keystrokes of one
 * field) within a short window merge into one step.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The key and time of the last commit, for coalescing. */
  last?: { key: string; at: number };
}

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function commit<T>(h: History<T>, next: T, opts: { coalesce?: string; now?: number } = {}): History<T> {
  if (next === h.present) return h;
  const now = opts.now ?? Date.now();
  const merge = opts.coalesce !== undefined && h.last?.key === opts.coalesce && now - h.last.at < COALESCE_MS && h.past.length > 0;
  const past = merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], last: opts.coalesce !== undefined ? { key: opts.coalesce, at: now } : undefined };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1) };
}

/** Ends coalescing, so the next commit is a step of its own (e.g. when a field loses focus). */
export function seal<T>(h: History<T>): History<T> {
  return h.last ? { ...h, last: undefined } : h;
}
