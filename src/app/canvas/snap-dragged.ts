/**
 * The snap for a dragged node, loaded with the first drag (it is not needed
 * to show a design, so it stays out of the first download).
 */
import type { ElementNode } from "./to-flow";
import { absoluteRects } from "./node-bounds";
import { snapToGuides, type Snap } from "./snap-guides";

const NO_SNAP: Snap = { dx: 0, dy: 0, guides: [] };
/** How close (in screen pixels) an edge or centre must come to snap. */
const SNAP_PX = 6;
/** Past this many nodes, dragging does not look for neighbours on every frame. */
const SNAP_MAX_NODES = 3000;

/**
 * The snap for one dragged node at its new (parent-relative) position:
 * elements line up with elements, contexts with contexts.
 */
export function snapDragged(nodes: readonly ElementNode[], id: string, position: { x: number; y: number }, zoom: number): Snap {
  if (nodes.length > SNAP_MAX_NODES) return NO_SNAP;
  const rects = absoluteRects(nodes);
  const node = nodes.find((n) => n.id === id);
  if (!node) return NO_SNAP;
  const parent = node.parentId ? rects.get(node.parentId) : undefined;
  const moving = { x: position.x + (parent?.x ?? 0), y: position.y + (parent?.y ?? 0), width: node.width ?? 0, height: node.height ?? 0 };
  const isContext = node.type === "context";
  const others = nodes.filter((n) => n.id !== id && (n.type === "context") === isContext && n.parentId !== id).map((n) => rects.get(n.id)!);
  return snapToGuides(moving, others, SNAP_PX / zoom);
}

