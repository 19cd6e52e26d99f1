import { useContext, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { BaseEdge, type EdgeProps } from "@xyflow/react";
import { LabelLayerContext } from "./label-layer";
import { NODE_SIZE } from "./element-box";
import type { Rect } from "./floating-edge";
import type { FlowEdge } from "./to-flow";
import { effectiveProtocol } from "../../core/model/defaults";
import { useT } from "../i18n/i18n";

/** Half the handle's size: React Flow reports a right handle's outer edge and a left handle's outer edge. */
const HANDLE_HALF = 5;

/**
 * The node boxes, recovered from the handle positions React Flow already
 * gives every edge (right-middle of the source, left-middle of the target) and
 * the fixed node sizes: no store subscription per edge, which matters at
 * thousands of flows.
 */
export function endRects(p: EdgeProps<FlowEdge>): { s: Rect; t: Rect } {
  const ss = NODE_SIZE[p.data?.sourceKind ?? "service"];
  const ts = NODE_SIZE[p.data?.targetKind ?? "service"];
  return {
    s: { x: p.sourceX - HANDLE_HALF - ss.width, y: p.sourceY - ss.height / 2, width: ss.width, height: ss.height },
    t: { x: p.targetX + HANDLE_HALF, y: p.targetY - ts.height / 2, width: ts.width, height: ts.height },
  };
}

/** The line and its label, wherever the geometry came from. */
export function FlowLine({ id, data, selected, markerEnd, path, labelX, labelY, children }: EdgeProps<FlowEdge> & { path: string; labelX: number; labelY: number; children?: ReactNode }) {
  const layer = useContext(LabelLayerContext);
  const { t } = useT();
  const flow = data?.flow;
  if (!flow) return null;
  const sync = flow.kind === "sync";
  const toDatabase = data?.targetKind === "database";
  const raw = effectiveProtocol(flow);
  // HTTP and gRPC are names; data, event and message are words, in the reader's language.
  const protocol = toDatabase ? t("canvasUi.edge.data") : raw === "event" || raw === "message" ? t(`canvasUi.edge.${raw}`) : raw;
  const detail = flow.path ?? flow.event ?? flow.label;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`seams-edge ${sync ? "seams-edge-sync" : "seams-edge-async"} ${selected ? "is-selected" : ""}`} interactionWidth={16} />
      {layer &&
        createPortal(
          <>
            <div
              className={`nodrag nopan pointer-events-auto absolute flex max-w-[200px] items-center gap-1 rounded-md border px-1.5 py-px text-[10px] leading-4 shadow-sm ${selected ? "border-indigo-400 bg-indigo-50" : "border-slate-200 bg-white/95"}`}
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
              data-testid={`edge-label.${id}`}
              title={detail ? `${protocol.toUpperCase()} ${detail}` : undefined}
            >
              <span className={`font-semibold uppercase ${sync ? "text-slate-600" : "text-violet-600"}`}>{protocol}</span>
              {detail && <span className="truncate text-slate-600">{detail}</span>}
            </div>
            {children}
          </>,
          layer,
        )}
    </>
  );
}

