/**
 * Where a flow leaves and enters its nodes: on the side of each node that
 * faces the other (React Flow's "floating edges" recipe), so a flow never
 * loops around a node because its handle sits on the far side.
 */
import { Position } from "@xyflow/react";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The point where the line between two rectangle centres crosses the first rectangle's border. */
function borderPoint(a: Rect, b: Rect): { x: number; y: number } {
  const w = a.width / 2;
  const h = a.height / 2;
  const cx = a.x + w;
  const cy = a.y + h;
  const dx = b.x + b.width / 2 - cx;
  const dy = b.y + b.height / 2 - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(dx !== 0 ? w / Math.abs(dx) : Infinity, dy !== 0 ? h / Math.abs(dy) : Infinity);
  return { x: cx + dx * scale, y: cy + dy * scale };
}

function sideOf(r: Rect, p: { x: number; y: number }): Position {
  const eps = 1;
  if (p.x <= r.x + eps) return Position.Left;
  if (p.x >= r.x + r.width - eps) return Position.Right;
  if (p.y <= r.y + eps) return Position.Top;
  return Position.Bottom;
}

export function floatingEdgeParams(source: Rect, target: Rect) {
  const s = borderPoint(source, target);
  const t = borderPoint(target, source);
  return { sx: s.x, sy: s.y, tx: t.x, ty: t.y, sourcePos: sideOf(source, s), targetPos: sideOf(target, t) };
}
