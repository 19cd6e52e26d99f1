import type { ElementNode } from "./to-flow";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The absolute bounds of all nodes (members are parent-relative in React Flow). */
export function nodeBounds(nodes: readonly ElementNode[]): Rect | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const parents = new Map<string, { x: number; y: number }>();
  for (const n of nodes) if (n.type === "context") parents.set(n.id, n.position);
  for (const n of nodes) {
    const p = n.parentId ? parents.get(n.parentId) : undefined;
    const x = n.position.x + (p?.x ?? 0);
    const y = n.position.y + (p?.y ?? 0);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + (n.width ?? 0) > maxX) maxX = x + (n.width ?? 0);
    if (y + (n.height ?? 0) > maxY) maxY = y + (n.height ?? 0);
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
}
