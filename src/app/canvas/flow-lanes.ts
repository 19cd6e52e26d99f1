/**
 * Flows between the same two elements, in either direction, each get a lane
 * of their own: A→B and B→A used to be drawn on one line with their labels on
 * top of each other, one of them unclickable, and a two-element cycle barely
 * showed. Each lane is a curve bowed to its own side, with its label on it.
 * Pure geometry, tested without a browser.
 */
import type { Rect } from "./floating-edge";

export interface Lane {
  /** 0-based position among the flows between the same two elements. */
  index: number;
  count: number;
}

/** Room between neighbouring lanes, in canvas pixels. */
export const LANE_GAP = 44;

/** The lane of every flow that shares its two ends with another flow (either direction); flows alone get none. */
export function assignLanes(flows: readonly { id: string; from: string; to: string }[]): Map<string, Lane> {
  const groups = new Map<string, string[]>();
  for (const f of flows) {
    const key = f.from < f.to ? `${f.from}\n${f.to}` : `${f.to}\n${f.from}`;
    const list = groups.get(key);
    if (list) list.push(f.id);
    else groups.set(key, [f.id]);
  }
  const lanes = new Map<string, Lane>();
  for (const ids of groups.values()) if (ids.length > 1) ids.forEach((id, index) => lanes.set(id, { index, count: ids.length }));
  return lanes;
}

/** Where a ray from `o` (inside `r`) along `d` leaves the rectangle. */
function exitPoint(r: Rect, o: { x: number; y: number }, d: { x: number; y: number }): { x: number; y: number } {
  let t = Infinity;
  if (d.x > 0) t = Math.min(t, (r.x + r.width - o.x) / d.x);
  if (d.x < 0) t = Math.min(t, (r.x - o.x) / d.x);
  if (d.y > 0) t = Math.min(t, (r.y + r.height - o.y) / d.y);
  if (d.y < 0) t = Math.min(t, (r.y - o.y) / d.y);
  return Number.isFinite(t) ? { x: o.x + d.x * Math.max(0, t), y: o.y + d.y * Math.max(0, t) } : o;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/**
 * The curve of a flow in a lane from `s` to `t`. Lanes are counted across the
 * pair in one fixed direction (from the end with the smaller id), so A→B and
 * B→A bow to opposite sides whichever way each runs.
 */
export function lanePath(s: Rect, t: Rect, lane: Lane, sourceId: string, targetId: string): { path: string; labelX: number; labelY: number } {
  const cs = { x: s.x + s.width / 2, y: s.y + s.height / 2 };
  const ct = { x: t.x + t.width / 2, y: t.y + t.height / 2 };
  const len = Math.hypot(ct.x - cs.x, ct.y - cs.y) || 1;
  const d = { x: (ct.x - cs.x) / len, y: (ct.y - cs.y) / len };
  // The normal of the pair's fixed direction.
  const sign = sourceId < targetId ? 1 : -1;
  const n = { x: -d.y * sign, y: d.x * sign };
  const offset = (lane.index - (lane.count - 1) / 2) * LANE_GAP;
  // Leave and enter each box on a line shifted by part of the offset, kept inside the box.
  const shiftIn = (r: Rect, c: { x: number; y: number }) => ({ x: clamp(c.x + n.x * offset * 0.5, r.x + 1, r.x + r.width - 1), y: clamp(c.y + n.y * offset * 0.5, r.y + 1, r.y + r.height - 1) });
  const sp = exitPoint(s, shiftIn(s, cs), d);
  const tp = exitPoint(t, shiftIn(t, ct), { x: -d.x, y: -d.y });
  // The control point bows the curve out so its middle sits `offset` away from the straight line.
  const c = { x: (sp.x + tp.x) / 2 + n.x * offset * 1.5, y: (sp.y + tp.y) / 2 + n.y * offset * 1.5 };
  const labelX = 0.25 * sp.x + 0.5 * c.x + 0.25 * tp.x;
  const labelY = 0.25 * sp.y + 0.5 * c.y + 0.25 * tp.y;
  const f = (v: number) => Math.round(v * 10) / 10;
  return { path: `M${f(sp.x)},${f(sp.y)} Q${f(c.x)},${f(c.y)} ${f(tp.x)},${f(tp.y)}`, labelX, labelY };
}
