import type { ElementNode } from "./to-flow";
import type { Rect } from "./floating-edge";

export type { Rect };

/**
 * Every node's absolute box (React Flow keeps members relative to their
 * context), in one pass. Everything drawn outside React Flow — minimap, paper,
 * overview and flow layers, flow culling — reads positions from here.
 */
export function absoluteRects(nodes: readonly ElementNode[]): Map<string, Rect> {
  const parents = new Map<string, { x: number; y: number }>();
  for (const n of nodes) if (n.type === "context") parents.set(n.id, n.position);
  const rects = new Map<string, Rect>();
  for (const n of nodes) {
    const p = n.parentId ? parents.get(n.parentId) : undefined;
    rects.set(n.id, { x: n.position.x + (p?.x ?? 0), y: n.position.y + (p?.y ?? 0), width: n.width ?? 0, height: n.height ?? 0 });
  }
  return rects;
}

/** The absolute bounds of all nodes. */
export function nodeBounds(nodes: readonly ElementNode[]): Rect | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of absoluteRects(nodes).values()) {
    if (r.x < minX) minX = r.x;
    if (r.y < minY) minY = r.y;
    if (r.x + r.width > maxX) maxX = r.x + r.width;
    if (r.y + r.height > maxY) maxY = r.y + r.height;
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
}
