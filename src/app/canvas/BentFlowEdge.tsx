import { useT } from "../i18n/i18n";
import { useState, type PointerEvent } from "react";
import { useReactFlow, type EdgeProps } from "@xyflow/react";
import { endRects, FlowLine } from "./FlowLine";
import { bentPath } from "./bent-path";
import { Z, type FlowEdge } from "./to-flow";
import type { Point } from "../../core/model/schema";
import { moveBend, removeBend } from "../../core/edit/flow-bends";
import { useEditor } from "../store/editor-store";

/**
 * A flow drawn through its bend points. Selected, it shows a handle on each
 * bend: drag one to move it (one undo step when let go), double-click it to
 * remove it (handled with adding in Canvas, which owns double-clicks), or
 * click it and press Delete.
 */
export function BentFlowEdge(props: EdgeProps<FlowEdge>) {
  const flow = props.data!.flow;
  // While a handle is dragged the line follows it here; the design changes once, on release.
  const [drag, setDrag] = useState<{ index: number; at: Point } | null>(null);
  const bends = drag ? flow.bends!.map((b, i) => (i === drag.index ? drag.at : b)) : flow.bends!;
  const { s, t } = endRects(props);
  const geometry = bentPath(s, t, bends);
  return (
    <FlowLine {...props} path={geometry.path} labelX={geometry.labelX} labelY={geometry.labelY}>
      {props.selected && bends.map((b, i) => <BendHandle key={i} flowId={props.id} index={i} at={b} stored={flow.bends![i]!} onDrag={setDrag} />)}
    </FlowLine>
  );
}

function BendHandle({ flowId, index, at, stored, onDrag }: { flowId: string; index: number; at: Point; stored: Point; onDrag: (d: { index: number; at: Point } | null) => void }) {
  const flow = useReactFlow();
  const { t } = useT();
  const [grab, setGrab] = useState<{ dx: number; dy: number } | null>(null);
  const pointAt = (e: PointerEvent, g: { dx: number; dy: number }) => {
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    return { x: Math.round(p.x - g.dx), y: Math.round(p.y - g.dy) };
  };
  return (
    <div
      className="nodrag nopan pointer-events-auto absolute h-3 w-3 cursor-move rounded-full border-2 border-indigo-500 bg-white shadow-sm hover:bg-indigo-100 focus:bg-indigo-500 focus:outline-none"
      // Above every flow's line (whose wide click area would take the press), below the elements.
      style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)`, zIndex: Z.bendHandle }}
      data-testid={`bend.${flowId}.${index}`}
      data-bend-flow={flowId}
      data-bend-index={index}
      title={t("bend.title")}
      aria-label={t("bend.aria", { n: index + 1, flow: flowId })}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => {
        // The bend's own Delete: the editor's would remove the whole flow.
        if (e.key !== "Delete" && e.key !== "Backspace") return;
        e.preventDefault();
        e.stopPropagation();
        useEditor.getState().change((d) => removeBend(d, flowId, index));
      }}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.stopPropagation();
        e.currentTarget.setPointerCapture(e.pointerId);
        // Keep the offset between the pointer and the bend's centre, so the bend does not jump to the pointer.
        const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        setGrab({ dx: p.x - at.x, dy: p.y - at.y });
      }}
      onPointerMove={(e) => {
        if (grab) onDrag({ index, at: pointAt(e, grab) });
      }}
      onPointerUp={(e) => {
        if (!grab) return;
        const to = pointAt(e, grab);
        setGrab(null);
        onDrag(null);
        if (to.x !== stored.x || to.y !== stored.y) useEditor.getState().change((d) => moveBend(d, flowId, index, to));
      }}
      // React Flow's pane would take the click as a click on empty canvas and clear the selection.
      onClick={(e) => e.stopPropagation()}
      onPointerCancel={() => {
        setGrab(null);
        onDrag(null);
      }}
    />
  );
}
