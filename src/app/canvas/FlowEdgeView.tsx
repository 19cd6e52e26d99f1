import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import type { FlowEdge } from "./to-flow";
import { effectiveProtocol } from "../../core/model/defaults";

/**
 * A flow: sync solid, async dashed and moving, so the two read apart at a
 * glance; the label says the protocol and the route, event or label.
 */
function FlowEdgeComponent({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const flow = data?.flow;
  if (!flow) return null;
  const sync = flow.kind === "sync";
  const protocol = effectiveProtocol(flow);
  const detail = flow.path ?? flow.event ?? flow.label;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`seams-edge ${sync ? "seams-edge-sync" : "seams-edge-async"} ${selected ? "is-selected" : ""}`} interactionWidth={16} />
      <EdgeLabelRenderer>
        <div
          className={`nodrag nopan pointer-events-auto absolute flex max-w-[200px] items-center gap-1 rounded-md border px-1.5 py-px text-[10px] leading-4 shadow-sm ${selected ? "border-indigo-400 bg-indigo-50" : "border-slate-200 bg-white/95"}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid={`edge-label.${id}`}
        >
          <span className={`font-semibold uppercase ${sync ? "text-slate-600" : "text-violet-600"}`}>{protocol}</span>
          {detail && <span className="truncate text-slate-600">{detail}</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeComponent);
