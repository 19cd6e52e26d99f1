/**
 * A flow with bend points: straight segments from the source's border through
 * each bend to the target's border, the label halfway along the line. Pure
 * geometry, tested without a browser; flows without bends never get here.
 */
import type { Point } from "../../core/model/schema";
import { floatingEdgeParams, type Rect } from "./floating-edge";

const at = (p: Point): Rect => ({ x: p.x, y: p.y, width: 0, height: 0 });

export interface BentPath {
  path: string;
  labelX: number;
  labelY: number;
  /** Where the line leaves the source and enters the target (for placing a new bend between the right neighbours). */
  start: Point;
  end: Point;
}

export function bentPath(s: Rect, t: Rect, bends: readonly Point[]): BentPath {
  const first = floatingEdgeParams(s, at(bends[0]!));
  const last = floatingEdgeParams(t, at(bends[bends.length - 1]!));
  const start = { x: first.sx, y: first.sy };
  const end = { x: last.sx, y: last.sy };
  const points = [start, ...bends, end];
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let half = lengths.reduce((a, b) => a + b, 0) / 2;
  let labelX = start.x;
  let labelY = start.y;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i]!;
    const a = points[i]!;
    const b = points[i + 1]!;
    if (half <= len || i === lengths.length - 1) {
      const k = len === 0 ? 0 : Math.min(1, half / len);
      labelX = a.x + (b.x - a.x) * k;
      labelY = a.y + (b.y - a.y) * k;
      break;
    }
    half -= len;
  }
  return { path: points.map((p, i) => `${i ? "L" : "M"} ${p.x} ${p.y}`).join(" "), labelX, labelY, start, end };
}
