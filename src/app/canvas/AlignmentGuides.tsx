import { memo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { ElementNode } from "./to-flow";
import { absoluteRects } from "./node-bounds";
import { snapToGuides, type Guide, type Snap } from "./snap-guides";

export const NO_GUIDES: Guide[] = [];
/** How close (in screen pixels) an edge or centre must come to snap. */
const SNAP_PX = 6;
/** Past this many nodes, dragging does not look for neighbours on every frame. */
const SNAP_MAX_NODES = 3000;
const NO_SNAP: Snap = { dx: 0, dy: 0, guides: NO_GUIDES };

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

/** The guide lines of the current snap, drawn in canvas coordinates above the flows. */
function AlignmentGuidesView({ guides }: { guides: readonly Guide[] }) {
  return (
    <ViewportPortal>
      <svg className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1} style={{ zIndex: 20 }} data-testid="alignment-guides">
        {guides.map((g, i) =>
          g.axis === "x" ? (
            <line key={i} x1={g.at} x2={g.at} y1={g.from - 12} y2={g.to + 12} stroke="#ec4899" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="4 3" data-testid="alignment-guide" />
          ) : (
            <line key={i} x1={g.from - 12} x2={g.to + 12} y1={g.at} y2={g.at} stroke="#ec4899" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="4 3" data-testid="alignment-guide" />
          ),
        )}
      </svg>
    </ViewportPortal>
  );
}

export const AlignmentGuides = memo(AlignmentGuidesView);
