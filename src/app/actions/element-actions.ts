/**
 * Editor commands that people trigger from the palette, the canvas, menus and
 * the keyboard. Each is one undo step and leaves the design valid.
 */
import type { Design, ElementKind, Point } from "../../core/model/schema";
import { addElement, addFlow, removeIds, usedIds } from "../../core/edit/edit-design";
import { deriveId } from "../../core/edit/derive-id";
import { copySelection, pasteClip, type Clip } from "../../core/edit/clipboard";
import { shiftBends } from "../../core/edit/bend-points";
import { newFlowBetween } from "../../core/edit/new-flow";
import { COLLECTION_OF, ELEMENT_KINDS, indexElements } from "../../core/model/elements";
import { loadDesign } from "../../core/load/load-design";
import { useEditor } from "../store/editor-store";
import { absoluteBoxes, contextForDrop } from "../canvas/drag-commit";
import type { Rect } from "../canvas/floating-edge";
import { DEFAULT_CONTEXT_SIZE, sizeOf } from "../canvas/element-box";
import { t } from "../i18n/i18n";

export const PALETTE_MIME = "application/x-seams-kind";


export function isElementKind(s: string): s is ElementKind {
  return (ELEMENT_KINDS as readonly string[]).includes(s);
}

/**
 * Placement rules, fetched right after start rather than with the first
 * download (nothing is placed before a person clicks or drops).
 */
let place: typeof import("../canvas/place-element") | undefined;
export function preloadPlacement(): Promise<void> {
  return import("../canvas/place-element").then((m) => void (place = m));
}

export interface Placement {
  /** The visible part of the canvas, in canvas coordinates: the new element lands wholly inside it. */
  view?: Rect;
  /** Look for free space near the point instead of taking the point itself (a palette click, not a drop). */
  free?: boolean;
}

/**
 * Adds an element of a kind centred on a canvas point (or in free space near
 * it), inside the view; inside a context it joins it. Returns the new id.
 */
export function addElementAt(kind: string, at: { x: number; y: number }, placement: Placement = {}): string | undefined {
  if (!isElementKind(kind)) return undefined;
  let newId: string | undefined;
  useEditor.getState().change((d) => {
    const { id, name } = newIdentity(kind, usedIds(d));
    newId = id;
    const size = sizeOf(kind);
    const centred = { x: at.x - size.width / 2, y: at.y - size.height / 2 };
    const corner = !place ? centred : placement.free ? place.freeSpot(obstacles(d, kind), size, at, placement.view) : placement.view ? place.clampIntoView(centred, size, placement.view) : centred;
    const box = { x: Math.round(corner.x), y: Math.round(corner.y), ...(kind === "context" ? { ...DEFAULT_CONTEXT_SIZE } : {}) };
    const context = kind === "context" || kind === "gateway" ? undefined : contextForDrop(d, box.x + size.width / 2, box.y + size.height / 2);
    switch (kind) {
      case "context":
        return addElement(d, "context", { id, name }, box);
      case "service":
        return addElement(d, "service", { id, name, ...(context ? { context } : {}) }, box);
      case "database":
        return addElement(d, "database", { id, name, engine: "postgresql", ...(context ? { context } : {}) }, box);
      case "broker":
        return addElement(d, "broker", { id, name, engine: "kafka", ...(context ? { context } : {}) }, box);
      case "gateway":
        return addElement(d, "gateway", { id, name }, box);
    }
  });
  if (newId) useEditor.getState().select([newId]);
  return newId;
}

/** What a new element must keep clear of: every element, and for a new context the other contexts too (an element may sit inside one). */
function obstacles(design: Design, kind: ElementKind): Rect[] {
  const index = indexElements(design);
  const out: Rect[] = [];
  for (const [id, box] of absoluteBoxes(design)) if (kind === "context" || index.get(id)?.kind !== "context") out.push(box as Rect);
  return out;
}

/**
 * One naming rule for every kind, in the reader's language: "New service",
 * "New service 2", ... ("新服务", "新服务 2", ...) with the id the name gives
 * (`new-service-2`; `service-2` for a name with no ASCII letters), so
 * renaming it later carries the id along.
 */
export function newIdentity(kind: ElementKind, taken: ReadonlySet<string>, nameOf: (kind: ElementKind, n: number) => string = (k, n) => t(`palette.newName.${k}`, { n })): { id: string; name: string } {
  const id = deriveId(nameOf(kind, 1), kind, taken);
  const n = Number(id.match(/-(\d+)$/)?.[1] ?? 1);
  return { id, name: nameOf(kind, n) };
}

/** Connects two elements with the defaults their kinds call for, or tells the person why not. */
export function addFlowBetween(from: string, to: string): void {
  const state = useEditor.getState();
  const result = newFlowBetween(state.history.present, from, to);
  if (!result.ok) {
    // The refusals' wording lives with the inspector's chunk, not the first page.
    void import("../inspector/problem-text").then(({ problemText }) => state.notify({ tone: "warning", title: t("notices.connect.refused"), details: [problemText(result.reason, t)] }));
    return;
  }
  state.change((d) => addFlow(d, result.flow));
  state.select([result.flow.id]);
}

export function deleteSelection(): void {
  const { selection, change, select } = useEditor.getState();
  if (selection.size === 0) return;
  change((d) => removeIds(d, selection));
  select([]);
}

export function selectAll(): void {
  const d = useEditor.getState().history.present;
  const ids: string[] = [];
  for (const kind of ELEMENT_KINDS) for (const el of d[COLLECTION_OF[kind]] ?? []) ids.push(el.id);
  for (const f of d.flows ?? []) ids.push(f.id);
  useEditor.getState().select(ids);
}

let clipboard: Clip | undefined;

export function copy(): boolean {
  const { selection, history } = useEditor.getState();
  if (selection.size === 0) return false;
  clipboard = copySelection(history.present, selection);
  return clipboard.elements.length > 0;
}

/** Pastes the last copy with fresh ids, offset so it does not hide the original. */
export function paste(offset = { x: 40, y: 40 }): void {
  if (!clipboard || clipboard.elements.length === 0) return;
  const clip = clipboard;
  let ids: string[] = [];
  useEditor.getState().change((d) => {
    const result = pasteClip(d, clip, offset);
    ids = result.ids;
    return stillValid(d, result.design);
  });
  useEditor.getState().select(ids);
  // The next paste lands one step further, as in every drawing tool.
  clipboard = {
    ...clip,
    layout: Object.fromEntries(Object.entries(clip.layout).map(([k, b]) => [k, { ...b, x: b.x + offset.x, y: b.y + offset.y }])),
    flows: clip.flows.map((f) => (Array.isArray(f.bends) ? { ...f, bends: shiftBends(f.bends as Point[], offset) } : f)),
  };
}

export function duplicate(): void {
  if (copy()) paste();
}

/** The edit if it keeps the design valid, else the design unchanged (a guard for compound edits). */
function stillValid(before: Design, after: Design): Design {
  return loadDesign(after).ok ? after : before;
}
