/**
 * Bend points of flows as pure edits. A flow's `bends` are absolute canvas
 * points the line passes through, in order from `from` to `to`; they are
 * rounded to whole numbers (what a person can place by hand, and what a
 * share link packs smallest) and kept inside the format's coordinate range.
 */
import { MAX_BENDS, type Design, type Flow, type Point } from "../model/schema";
import { tidyPoint as tidy } from "./bend-points";

/** Squared distance from `p` to the segment a-b. */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  const ex = a.x + t * dx - p.x;
  const ey = a.y + t * dy - p.y;
  return ex * ex + ey * ey;
}

/**
 * Where a new bend at `p` goes among `bends`: into the segment of the line
 * start → bends → end nearest to it, so adding a bend never makes the line
 * double back.
 */
export function bendIndexFor(start: Point, bends: readonly Point[], end: Point, p: Point): number {
  const points = [start, ...bends, end];
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < points.length - 1; i++) {
    const d = segmentDistance2(p, points[i]!, points[i + 1]!);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

function withBends(design: Design, flowId: string, edit: (bends: Point[], flow: Flow) => Point[]): Design {
  let changed = false;
  const flows = (design.flows ?? []).map((f) => {
    if (f.id !== flowId) return f;
    const next = edit([...(f.bends ?? [])], f);
    changed = true;
    const { bends: _old, ...rest } = f;
    return next.length ? { ...rest, bends: next } : rest;
  });
  return changed ? { ...design, flows } : design;
}

/** Adds a bend at `p` to the flow, between the points it is nearest; `start` and `end` are where the line leaves and enters its elements. */
export function addBend(design: Design, flowId: string, p: Point, start: Point, end: Point): Design {
  return withBends(design, flowId, (bends) => {
    if (bends.length >= MAX_BENDS) return bends;
    bends.splice(bendIndexFor(start, bends, end, p), 0, tidy(p));
    return bends;
  });
}

/** Moves the flow's bend `index` to `p`. */
export function moveBend(design: Design, flowId: string, index: number, p: Point): Design {
  return withBends(design, flowId, (bends) => {
    if (index >= 0 && index < bends.length) bends[index] = tidy(p);
    return bends;
  });
}

/** Removes the flow's bend `index`; the last one removed drops the field. */
export function removeBend(design: Design, flowId: string, index: number): Design {
  return withBends(design, flowId, (bends) => bends.filter((_, i) => i !== index));
}
