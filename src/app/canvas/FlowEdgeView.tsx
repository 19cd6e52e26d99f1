import { memo } from "react";
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps, type InternalNode } from "@xyflow/react";
import { floatingEdgeParams, type Rect } from "./floating-edge";
import type { FlowEdge } from "./to-flow";
import { effectiveProtocol } from "../../core/model/defaults";

/**
 * A flow: sync solid, async dashed and moving, so the two read apart at a
 * glance; the label says the protocol and the route, event or label.
 */
function rectOf(n: InternalNode | undefined): Rect | undefined {
  if (!n) return undefined;
  const width = n.measured.width ?? n.width ?? 0;
  const height = n.measured.height ?? n.height ?? 0;
  return { x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y, width, height };
}

function FlowEdgeComponent({ id, source, target, data, selected, markerEnd }: EdgeProps<FlowEdge>) {
  const s = rectOf(useInternalNode(source));
  const t = rectOf(useInternalNode(target));
  if (!s || !t) return null;
  const p = floatingEdgeParams(s, t);
  const [path, labelX, labelY] = getBezierPath({ sourceX: p.sx, sourceY: p.sy, sourcePosition: p.sourcePos, targetX: p.tx, targetY: p.ty, targetPosition: p.targetPos });
  const flow = data?.flow;
  if (!flow) return null;
  const sync = flow.kind === "sync";
  const toDatabase = (data?.targetKind ?? "") === "database";
  const protocol = toDatabase ? "data" : effectiveProtocol(flow);
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
