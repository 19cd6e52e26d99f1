/**
 * Undo history survives a reload: the steps before and after the saved
 * design are stored beside it (one entry per document), tagged with the
 * revision they belong to, so history written for another revision (another
 * tab saved since) is never applied to this one.
 *
 * Bounded: the nearest UNDO_SAVED_STEPS steps, and no more than
 * UNDO_BUDGET_CHARS characters in all (nearest steps first); a design too
 * large for that keeps its undo history in memory only. Every step read back
 * goes through the loader; a damaged record is simply not used.
 */
import type { Design } from "../../core/model/schema";
import { loadDesign } from "../../core/load/load-design";
import { undoKey } from "./storage-keys";

export const UNDO_SAVED_STEPS = 50;
export const UNDO_BUDGET_CHARS = 1_000_000;

/** Designs in history are immutable: each is turned into text once. */
const textOf = new WeakMap<Design, string>();
function jsonOf(design: Design): string {
  let text = textOf.get(design);
  if (text === undefined) {
    text = JSON.stringify(design);
    textOf.set(design, text);
  }
  return text;
}

/** Takes steps nearest first while they fit the budget. */
function take(steps: readonly Design[], budget: { chars: number }, max: number): string[] {
  const out: string[] = [];
  for (const step of steps) {
    if (out.length >= max) break;
    const text = jsonOf(step);
    if (text.length > budget.chars) break;
    budget.chars -= text.length;
    out.push(text);
  }
  return out;
}

/**
 * Stores the undo history of a document at revision `rev` (throws what the storage throws).
 * @example saveUndo(storage, "d1", 7, { past, present, future })
 */
export function saveUndo(storage: Storage, docId: string, rev: number, history: { past: readonly Design[]; present: Design; future: readonly Design[] }): void {
  if (history.past.length === 0 && history.future.length === 0) {
    if (storage.getItem(undoKey(docId)) !== null) storage.removeItem(undoKey(docId));
    return;
  }
  const budget = { chars: UNDO_BUDGET_CHARS };
  // Undo matters more than redo: the past takes its share first, nearest step first.
  const past = take([...history.past].reverse(), budget, UNDO_SAVED_STEPS).reverse();
  const future = take(history.future, budget, UNDO_SAVED_STEPS - past.length);
  if (past.length === 0 && future.length === 0) {
    storage.removeItem(undoKey(docId));
    return;
  }
  storage.setItem(undoKey(docId), `{"rev":${rev},"past":[${past.join(",")}],"future":[${future.join(",")}]}`);
}

/** The stored undo history of a document at revision `rev`, each step checked by the loader; undefined when there is none for that revision. */
export function loadUndo(storage: Storage, docId: string, rev: number): { past: Design[]; future: Design[] } | undefined {
  const raw = storage.getItem(undoKey(docId));
  if (raw === null) return undefined;
  try {
    const record = JSON.parse(raw) as { rev?: unknown; past?: unknown; future?: unknown };
    if (record.rev !== rev || !Array.isArray(record.past) || !Array.isArray(record.future)) return undefined;
    if (record.past.length + record.future.length > UNDO_SAVED_STEPS) return undefined;
    const check = (steps: unknown[]) => steps.map((s) => loadDesign(s)).flatMap((r) => (r.ok ? [r.design] : []));
    const past = check(record.past);
    const future = check(record.future);
    // A step that failed the loader would leave a gap that undo jumps over: all or nothing.
    if (past.length !== record.past.length || future.length !== record.future.length) return undefined;
    return { past, future };
  } catch {
    return undefined;
  }
}
