/**
 * The editor's one store. Document state (the design and its history) is
 * kept apart from view state (selection, highlight, notices): only the design
 * is undone, autosaved, shared and exported.
 */
import { create } from "zustand";
import type { Design } from "../../core/model/schema";
import { emptyDesign, forEachElement } from "../../core/model/elements";
import { commit, createHistory, redo, seal, undo, type History } from "./history";

export interface Notice {
  id: number;
  tone: "error" | "info" | "warning";
  title: string;
  details?: string[];
  /** Shown until dismissed (errors), or for a few seconds (info). */
  sticky?: boolean;
  action?: { label: string; run: () => void };
}

export interface EditorState {
  history: History<Design>;
  /** Bumped on every design change that did not come from undo/redo-neutral sources; the autosaver watches it. */
  revision: number;
  selection: ReadonlySet<string>;
  /** Elements and flows a finding points at: drawn highlighted, not selected. */
  highlight: ReadonlySet<string>;
  notices: Notice[];

  /** Replaces the design as one undo step. `coalesce` merges keystrokes of one field. */
  change(recipe: (d: Design) => Design, opts?: { coalesce?: string }): void;
  /** Starts over with another design (new, template, file, link): history is reset. */
  replaceDesign(design: Design): void;
  /** Gives the present design back its undo and redo steps (restored from storage after a reload); the design itself does not change. */
  resumeHistory(past: Design[], future: Design[]): void;
  undo(): void;
  redo(): void;
  sealHistory(): void;
  select(ids: Iterable<string>): void;
  setHighlight(ids: Iterable<string>): void;
  notify(notice: Omit<Notice, "id">): number;
  dismiss(id: number): void;
}

let noticeSeq = 0;

export const useEditor = create<EditorState>()((set, get) => ({
  history: createHistory(emptyDesign()),
  revision: 0,
  selection: new Set(),
  highlight: new Set(),
  notices: [],

  change(recipe, opts) {
    const h = get().history;
    const next = recipe(h.present);
    if (next === h.present) return;
    set({ history: commit(h, next, opts), revision: get().revision + 1 });
  },
  replaceDesign(design) {
    set({ history: createHistory(design), revision: get().revision + 1, selection: new Set(), highlight: new Set() });
  },
  resumeHistory(past, future) {
    set({ history: { past, present: get().history.present, future } });
  },
  undo() {
    const h = get().history;
    const next = undo(h);
    if (next !== h) set({ history: next, revision: get().revision + 1, selection: pruneSelection(get().selection, next.present, h.present) });
  },
  redo() {
    const h = get().history;
    const next = redo(h);
    if (next !== h) set({ history: next, revision: get().revision + 1, selection: pruneSelection(get().selection, next.present, h.present) });
  },
  sealHistory() {
    set({ history: seal(get().history) });
  },
  select(ids) {
    const next = new Set(ids);
    const cur = get().selection;
    if (next.size === cur.size && [...next].every((id) => cur.has(id))) return;
    set({ selection: next });
  },
  setHighlight(ids) {
    set({ highlight: new Set(ids) });
  },
  notify(notice) {
    const id = ++noticeSeq;
    set({ notices: [...get().notices.filter((n) => n.title !== notice.title), { ...notice, id }] });
    if (!notice.sticky && notice.tone !== "error") setTimeout(() => get().dismiss(id), 5000);
    return id;
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));

/**
 * The selection after undo or redo: ids that are gone drop out, except that
 * a selected element whose rename was undone (or redone) stays selected under
 * its other id, so the inspector keeps showing it.
 */
function pruneSelection(selection: ReadonlySet<string>, design: Design, before: Design): ReadonlySet<string> {
  if (selection.size === 0) return selection;
  const ids = new Set<string>();
  const keep = (el: { id: string }) => {
    if (selection.has(el.id)) ids.add(el.id);
  };
  forEachElement(design, (_kind, el) => keep(el));
  (design.flows ?? []).forEach(keep);
  if (ids.size === selection.size || selection.size !== 1) return ids;
  const had = new Set<string>();
  forEachElement(before, (_kind, el) => had.add(el.id));
  const appeared: string[] = [];
  forEachElement(design, (_kind, el) => {
    if (!had.has(el.id)) appeared.push(el.id);
  });
  return appeared.length === 1 ? new Set(appeared) : ids;
}

/** The current design (a stable selector). */
export const selectDesign = (s: EditorState) => s.history.present;
