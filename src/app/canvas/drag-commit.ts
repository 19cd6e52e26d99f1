/**
 * What a finished drag or resize does to the design, as pure functions:
 * positions are written back in absolute coordinates (the file's convention),
 * a moved context takes its members along, and an element dropped with most
 * of its box inside a context joins it (dragged out, it leaves).
 */
import type { Box, Design } from "../../core/model/schema";
import { indexElements } from "../../core/model/elements";
import { setLayout, updateElement } from "../../core/edit/edit-design";
import { elementBoxes } from "./element-box";

export interface Move {
  id: string;
  /** Absolute top-left after the drag. */
  x: number;
  y: number;
}

function round(n: number): number {
  return Math.round(n);
}

/** The absolute box of every element, falling back like the canvas does. */
export function absoluteBoxes(design: Design): Map<string, Box> {
  return elementBoxes(design);
}

/** The context whose box holds a point, the innermost-drawn (last) first. */
export function contextAt(design: Design, boxes: Map<string, Box>, px: number, py: number, exclude: ReadonlySet<string> = new Set()): string | undefined {
  const contexts = design.contexts ?? [];
  for (let i = contexts.length - 1; i >= 0; i--) {
    const c = contexts[i]!;
    if (exclude.has(c.id)) continue;
    const b = boxes.get(c.id)!;
    if (px >= b.x && px <= b.x + (b.width ?? 0) && py >= b.y && py <= b.y + (b.height ?? 0)) return c.id;
  }
  return undefined;
}

export function commitMoves(design: Design, moves: Move[]): Design {
  if (moves.length === 0) return design;
  const index = indexElements(design);
  const boxes = absoluteBoxes(design);
  const moved = new Set(moves.map((m) => m.id));
  const layout: Record<string, Box> = {};
  const movedContexts = new Set<string>();
  for (const m of moves) {
    const old = boxes.get(m.id);
    const el = index.get(m.id);
    if (!old || !el) continue;
    const prev = design.layout?.[m.id];
    layout[m.id] = { ...(prev ?? {}), x: round(m.x), y: round(m.y), ...(el.kind === "context" ? { width: old.width, height: old.height } : {}) };
    if (el.kind === "context") {
      movedContexts.add(m.id);
      const dx = round(m.x) - old.x;
      const dy = round(m.y) - old.y;
      for (const [id, other] of index) {
        if (moved.has(id) || other.kind === "context" || other.kind === "gateway") continue;
        if (other.element.context !== m.id) continue;
        const b = boxes.get(id)!;
        layout[id] = { x: b.x + dx, y: b.y + dy };
      }
    }
  }
  let next = setLayout(design, layout);
  // Membership follows where most of each moved member's box is.
  const after = absoluteBoxes(next);
  for (const m of moves) {
    const el = index.get(m.id);
    if (!el || el.kind === "context" || el.kind === "gateway") continue;
    const target = contextHolding(next, after, after.get(m.id)!);
    if (target !== el.element.context) next = updateElement(next, m.id, { context: target });
  }
  return next;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + (a.width ?? 0), b.x + (b.width ?? 0)) - Math.max(a.x, b.x);
  const h = Math.min(a.y + (a.height ?? 0), b.y + (b.height ?? 0)) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The context holding most of a box (more than half of it), the innermost-drawn (last) on a tie; else none. */
export function contextHolding(design: Design, boxes: Map<string, Box>, box: Box): string | undefined {
  const area = (box.width ?? 0) * (box.height ?? 0);
  let best: string | undefined;
  let bestArea = area / 2;
  for (const c of design.contexts ?? []) {
    const a = overlapArea(box, boxes.get(c.id)!);
    if (a > bestArea || (best !== undefined && a === bestArea)) {
      best = c.id;
      bestArea = a;
    }
  }
  return best;
}


/** A resize of a context: its new absolute box (members stay where they are). */
export function resizeContext(design: Design, id: string, p: { x: number; y: number; width: number; height: number }): Design {
  return setLayout(design, { [id]: { x: round(p.x), y: round(p.y), width: round(p.width), height: round(p.height) } });
}

/** Where a new element of a kind goes when dropped at a point: joins the context under it. */
export function contextForDrop(design: Design, x: number, y: number): string | undefined {
  return contextAt(design, absoluteBoxes(design), x, y);
}
