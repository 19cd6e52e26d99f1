import type { ElementNode, FlowEdge } from "./to-flow";
import { absoluteRects, type Rect } from "./node-bounds";

/** Past this many flows, only flows with an end in (or near) the view are drawn. */
export const CULL_EDGES_ABOVE = 2000;

/**
 * The flows worth drawing for a view: those with both ends inside the view
 * grown by its own size on each side (so a pan reveals drawn flows), and all
 * flows of selected elements (so a hub's flows show when it is selected).
 * React Flow keeps any flow whose bounding box crosses the view; in a large
 * design the flows to a hub broker cross every view, and thousands of long
 * paths made each raster tile take seconds with software rendering.
 */
export function cullEdges(edges: readonly FlowEdge[], nodes: readonly ElementNode[], view: Rect): FlowEdge[] {
  const grow = { x: view.x - view.width, y: view.y - view.height, x2: view.x + 2 * view.width, y2: view.y + 2 * view.height };
  const rects = absoluteRects(nodes);
  const near = new Set<string>();
  const selected = new Set<string>();
  for (const n of nodes) {
    if (n.type === "context") continue;
    if (n.selected) selected.add(n.id);
    const r = rects.get(n.id)!;
    if (r.x + r.width >= grow.x && r.x <= grow.x2 && r.y + r.height >= grow.y && r.y <= grow.y2) near.add(n.id);
  }
  return edges.filter((e) => (near.has(e.source) && near.has(e.target)) || e.selected || e.className === "is-highlighted" || selected.has(e.source) || selected.has(e.target));
}
