/**
 * Alignment guides while dragging: when a dragged element's left, centre or
 * right (top, middle or bottom) comes within a few pixels of another
 * element's, it snaps there and a guide line shows what it lines up with, as
 * in draw.io or Figma. Pure: rectangles in, the snapped shift and the lines
 * to draw out.
 */
import type { Rect } from "./floating-edge";

/** A guide line in canvas coordinates: vertical (`x` fixed, from `from` to `to` in y) or horizontal. */
export interface Guide {
  axis: "x" | "y";
  at: number;
  from: number;
  to: number;
}

export interface Snap {
  dx: number;
  dy: number;
  guides: Guide[];
}

const xs = (r: Rect) => [r.x, r.x + r.width / 2, r.x + r.width];
const ys = (r: Rect) => [r.y, r.y + r.height / 2, r.y + r.height];

/** The smallest shift on one axis that lines one of `mine` up with one of `theirs`, if within `threshold`. */
function bestShift(moving: Rect, others: readonly Rect[], axis: "x" | "y", threshold: number): number | undefined {
  const lines = axis === "x" ? xs : ys;
  const mine = lines(moving);
  let best: number | undefined;
  for (const o of others)
    for (const t of lines(o))
      for (const m of mine) {
        const d = t - m;
        if (Math.abs(d) <= threshold && (best === undefined || Math.abs(d) < Math.abs(best))) best = d;
      }
  return best;
}

/** The guides a rectangle (already snapped) lies on, each spanning the rectangle and everything aligned with it. */
function guidesOf(r: Rect, others: readonly Rect[], axis: "x" | "y"): Guide[] {
  const lines = axis === "x" ? xs : ys;
  const out: Guide[] = [];
  for (const at of new Set(lines(r))) {
    const on = others.filter((o) => lines(o).some((v) => Math.abs(v - at) < 0.5));
    if (on.length === 0) continue;
    const span = [r, ...on].flatMap((o) => (axis === "x" ? [o.y, o.y + o.height] : [o.x, o.x + o.width]));
    out.push({ axis, at, from: Math.min(...span), to: Math.max(...span) });
  }
  return out;
}

/**
 * How far to shift a dragged rectangle so it lines up with its neighbours,
 * and the guides to show. `threshold` is in canvas units (a few screen pixels
 * divided by the zoom). Only neighbours within `reach` count.
 */
export function snapToGuides(moving: Rect, others: readonly Rect[], threshold: number, reach = 1200): Snap {
  const near = others.filter((o) => Math.abs(o.x - moving.x) < reach && Math.abs(o.y - moving.y) < reach);
  const dx = bestShift(moving, near, "x", threshold) ?? 0;
  const dy = bestShift(moving, near, "y", threshold) ?? 0;
  const snapped = { ...moving, x: moving.x + dx, y: moving.y + dy };
  return { dx, dy, guides: [...guidesOf(snapped, near, "x"), ...guidesOf(snapped, near, "y")] };
}
