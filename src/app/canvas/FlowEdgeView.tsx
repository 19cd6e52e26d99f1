import { lazy, memo, Suspense } from "react";
import { getBezierPath, type EdgeProps } from "@xyflow/react";
import { endRects, FlowLine } from "./FlowLine";
import { floatingEdgeParams, type Rect } from "./floating-edge";
import { lanePath } from "./flow-lanes";
import type { FlowEdge } from "./to-flow";

/** The flow's line and its label's place: a lane of its own beside other flows between the same two elements, else a floating bezier. */
function flowGeometry(s: Rect, t: Rect, props: EdgeProps<FlowEdge>): [string, number, number] {
  const lane = props.data?.lane;
  if (lane) {
    const l = lanePath(s, t, lane, props.source, props.target);
    return [l.path, l.labelX, l.labelY];
  }
  const p = floatingEdgeParams(s, t);
  const [path, labelX, labelY] = getBezierPath({ sourceX: p.sx, sourceY: p.sy, sourcePosition: p.sourcePos, targetX: p.tx, targetY: p.ty, targetPosition: p.targetPos });
  return [path, labelX, labelY];
}

/** Loaded with the first flow that has bends: most designs have none. */
const BentFlowEdge = lazy(() => import("./BentFlowEdge").then((m) => ({ default: m.BentFlowEdge })));

/**
 * A flow: sync solid, async dashed and moving, so the two read apart at a
 * glance; the label says the protocol and the route, event or label.
 */
function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  // A flow with bends is its own component: flows without any pay nothing for them.
  if (props.data?.flow.bends?.length)
    return (
      <Suspense fallback={null}>
        <BentFlowEdge {...props} />
      </Suspense>
    );
  const { s, t } = endRects(props);
  const [path, labelX, labelY] = flowGeometry(s, t, props);
  return <FlowLine {...props} path={path} labelX={labelX} labelY={labelY} />;
}

export const FlowEdgeView = memo(FlowEdgeComponent);
