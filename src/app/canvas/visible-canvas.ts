import type { Rect } from "./floating-edge";

/** The part of the canvas the screen shows, in canvas coordinates (what is under the minimap and controls included). */
export function visibleCanvas(flow: { screenToFlowPosition(p: { x: number; y: number }): { x: number; y: number } }): Rect {
  const pane = document.querySelector(".react-flow")?.getBoundingClientRect() ?? new DOMRect(0, 0, window.innerWidth, window.innerHeight);
  const a = flow.screenToFlowPosition({ x: pane.left, y: pane.top });
  const b = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}
