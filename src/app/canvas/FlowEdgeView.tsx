import { memo, useContext } from "react";
import { createPortal } from "react-dom";
import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { LabelLayerContext } from "./label-layer";
import { NODE_SIZE } from "./element-box";
import { floatingEdgeParams, type Rect } from "./floating-edge";
import { lanePath } from "./flow-lanes";
import type { FlowEdge } from "./to-flow";
import { effectiveProtocol } from "../../core/model/defaults";

/**
 * A flow: sync solid, async dashed and moving, so the two read apart at a
 * glance; the label says the protocol and the route, event or label.
 */
/** Half the handle's size: React Flow reports a right handle's outer edge and a left handle's outer edge. */
const HANDLE_HALF = 5;

/**
 * The node boxes, recovered from the handle positions React Flow already
 * gives every edge (right-middle of the source, left-middle of the target) and
 * the fixed node sizes: no store subscription per edge, which matters at
 * thousands of flows.
 */
function endRects(p: EdgeProps<FlowEdge>): { s: Rect; t: Rect } {
  const ss = NODE_SIZE[p.data?.sourceKind ?? "service"];
  const ts = NODE_SIZE[p.data?.targetKind ?? "service"];
  return {
    s: { x: p.sourceX - HANDLE_HALF - ss.width, y: p.sourceY - ss.height / 2, width: ss.width, height: ss.height },
    t: { x: p.targetX + HANDLE_HALF, y: p.targetY - ts.height / 2, width: ts.width, height: ts.height },
  };
}

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

function FlowEdgeComponent(props: EdgeProps<FlowEdge>) {
  const { id, data, selected, markerEnd } = props;
  const layer = useContext(LabelLayerContext);
  const { s, t } = endRects(props);
  const [path, labelX, labelY] = flowGeometry(s, t, props);
  const flow = data?.flow;
  if (!flow) return null;
  const sync = flow.kind === "sync";
  const toDatabase = data?.targetKind === "database";
  const protocol = toDatabase ? "data" : effectiveProtocol(flow);
  const detail = flow.path ?? flow.event ?? flow.label;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`seams-edge ${sync ? "seams-edge-sync" : "seams-edge-async"} ${selected ? "is-selected" : ""}`} interactionWidth={16} />
      {layer &&
        createPortal(
        <div
          className={`nodrag nopan pointer-events-auto absolute flex max-w-[200px] items-center gap-1 rounded-md border px-1.5 py-px text-[10px] leading-4 shadow-sm ${selected ? "border-indigo-400 bg-indigo-50" : "border-slate-200 bg-white/95"}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-label.${id}`}
          title={detail ? `${protocol.toUpperCase()} ${detail}` : undefined}
        >
          <span className={`font-semibold uppercase ${sync ? "text-slate-600" : "text-violet-600"}`}>{protocol}</span>
          {detail && <span className="truncate text-slate-600">{detail}</span>}
        </div>,
          layer,
        )}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
