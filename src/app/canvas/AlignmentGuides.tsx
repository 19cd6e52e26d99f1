import { memo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { Guide } from "./snap-guides";

export const NO_GUIDES: Guide[] = [];
/** The guide lines of the current snap, drawn in canvas coordinates above the flows. */
function AlignmentGuidesView({ guides }: { guides: readonly Guide[] }) {
  return (
    <ViewportPortal>
      <svg className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1} style={{ zIndex: 20 }} data-testid="alignment-guides">
        {guides.map((g, i) =>
          g.axis === "x" ? (
            <line key={i} x1={g.at} x2={g.at} y1={g.from - 12} y2={g.to + 12} stroke="#ec4899" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="4 3" data-testid="alignment-guide" />
          ) : (
            <line key={i} x1={g.from - 12} x2={g.to + 12} y1={g.at} y2={g.at} stroke="#ec4899" strokeWidth={1} vectorEffect="non-scaling-stroke" strokeDasharray="4 3" data-testid="alignment-guide" />
          ),
        )}
      </svg>
    </ViewportPortal>
  );
}

export const AlignmentGuides = memo(AlignmentGuidesView);
