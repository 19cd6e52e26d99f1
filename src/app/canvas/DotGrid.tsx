import { memo } from "react";
import { ViewportPortal } from "@xyflow/react";

/**
 * The dotted paper, drawn inside the viewport so it moves with the nodes as
 * one composited layer: a pan repaints nothing (React Flow's Background
 * redraws a full-screen pattern on every frame of a pan).
 */
function DotGridView({ x, y, width, height }: { x: number; y: number; width: number; height: number }) {
  return (
    <ViewportPortal>
      <div
        className="seams-dot-grid pointer-events-none absolute"
        style={{ transform: `translate(${x}px, ${y}px)`, width, height, backgroundImage: "radial-gradient(var(--seams-dot, #cbd5e1) 1.2px, transparent 1.3px)", backgroundSize: "20px 20px", zIndex: -1 }}
      />
    </ViewportPortal>
  );
}

export const DotGrid = memo(DotGridView);
