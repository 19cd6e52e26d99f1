import { useEffect } from "react";
import { useStore, type ReactFlowState } from "@xyflow/react";

/** Below this zoom, text and icons are too small to read: nodes draw as plain labelled boxes and flows lose labels. */
export const LOW_DETAIL_ZOOM = 0.45;
/** Above this many flows, far out, flows are drawn as one layer instead of one component each. */
export const SIMPLE_EDGES_MIN = 300;

/** True when the canvas should draw flows as one plain layer (far out, many flows). */
export function useSimpleEdges(edgeCount: number): boolean {
  const low = useStore(selectLow);
  return low && edgeCount > SIMPLE_EDGES_MIN;
}

/** Below this zoom, a design with more than OVERVIEW_MIN_NODES element nodes draws context members in one layer. */
export const OVERVIEW_ZOOM = 0.3;
export const OVERVIEW_MIN_NODES = 1000;
const selectOverviewZoom = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

/** True when context members should be drawn as one overview layer instead of React Flow nodes. */
export function useOverview(memberCount: number): boolean {
  const far = useStore(selectOverviewZoom);
  return far && memberCount > OVERVIEW_MIN_NODES;
}

/** Above this many flows, async dashes stop moving: a constant repaint of thousands of paths starves the frame budget. */
export const ANIMATE_MAX_EDGES = 150;

const selectLow = (s: ReactFlowState) => s.transform[2] < LOW_DETAIL_ZOOM;
const selectMany = (s: ReactFlowState) => s.edges.length > ANIMATE_MAX_EDGES;

/**
 * Sets level-of-detail classes on the canvas root. Done with classes and CSS,
 * not props, so changing the level re-renders no node.
 */
export function LevelOfDetail() {
  const low = useStore(selectLow);
  const many = useStore(selectMany);
  const domNode = useStore((s) => s.domNode);
  useEffect(() => {
    domNode?.classList.toggle("seams-lod-low", low);
    domNode?.classList.toggle("seams-still", many || low);
  }, [domNode, low, many]);
  return null;
}
