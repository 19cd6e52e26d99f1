import { useEffect, type RefObject } from "react";
import type { ReactFlowInstance } from "@xyflow/react";
import { useEditor } from "../store/editor-store";
import type { ElementNode, FlowEdge } from "./to-flow";

/**
 * Double-click a flow to add a bend there; double-click a bend to remove it.
 * One listener for the whole canvas, in the capture phase: React Flow zooms
 * on a double-click anywhere in the pane (d3 listens on the pane itself, so
 * React's own handlers would run too late to stop it).
 */
export function useBendEditing(container: RefObject<HTMLElement | null>, flow: ReactFlowInstance<ElementNode, FlowEdge>, enabled: boolean): void {
  useEffect(() => {
    const el = container.current;
    if (!el || !enabled) return;
    const onDoubleClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const bend = target?.closest<HTMLElement>("[data-bend-index]");
      const edge = bend ? null : target?.closest<HTMLElement>(".react-flow__edge");
      if (!bend && !edge) return;
      e.stopPropagation();
      e.preventDefault();
      const { change, select } = useEditor.getState();
      if (bend) {
        const flowId = bend.dataset.bendFlow!;
        // A bend exists, so BentFlowEdge has loaded the module already.
        void import("../../core/edit/flow-bends").then(({ removeBend }) => change((d) => removeBend(d, flowId, Number(bend.dataset.bendIndex))));
        return;
      }
      const flowId = edge!.dataset.id;
      const f = flowId ? useEditor.getState().history.present.flows?.find((x) => x.id === flowId) : undefined;
      const from = f && centreOf(flow, f.from);
      const to = f && centreOf(flow, f.to);
      if (!f || !from || !to) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Loaded on the first double-click: not needed to show a design.
      void import("../../core/edit/flow-bends").then(({ addBend }) => {
        change((d) => addBend(d, f.id, p, from, to));
        // Selected, the flow shows its bend handles: the new bend can be dragged right away.
        select([f.id]);
      });
    };
    el.addEventListener("dblclick", onDoubleClick, true);
    return () => el.removeEventListener("dblclick", onDoubleClick, true);
  }, [container, flow, enabled]);
}

function centreOf(flow: ReactFlowInstance<ElementNode, FlowEdge>, id: string): { x: number; y: number } | undefined {
  const n = flow.getInternalNode(id);
  if (!n) return undefined;
  const { x, y } = n.internals.positionAbsolute;
  return { x: x + (n.measured.width ?? 0) / 2, y: y + (n.measured.height ?? 0) / 2 };
}
