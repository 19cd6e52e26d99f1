import { memo, useMemo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { ElementNode } from "./to-flow";
import { absoluteRects } from "./node-bounds";

const FILL: Record<string, string> = { service: "#e0f2fe", database: "#d1fae5", broker: "#ede9fe", gateway: "#fef3c7" };
const STROKE: Record<string, string> = { service: "#38bdf8", database: "#34d399", broker: "#a78bfa", gateway: "#fbbf24" };

/**
 * Far out on a large design, the members of contexts are drawn as boxes in
 * one SVG layer (one path per kind) instead of a React Flow node each: at that
 * zoom their text cannot be read, and thousands of node components cost every
 * pan frame. Contexts stay real nodes (drag one and its members follow);
 * zoom in to work on a single member.
 */
function OverviewLayerView({ nodes }: { nodes: readonly ElementNode[] }) {
  const paths = useMemo(() => {
    const rects = absoluteRects(nodes);
    const d: Record<string, string[]> = { service: [], database: [], broker: [], gateway: [] };
    const selected: string[] = [];
    for (const n of nodes) {
      if (!n.parentId || n.type === "context") continue;
      const r = rects.get(n.id)!;
      const x = Math.round(r.x);
      const y = Math.round(r.y);
      const rect = `M${x} ${y}h${n.width ?? 0}v${n.height ?? 0}h${-(n.width ?? 0)}z`;
      (d[n.type ?? "service"] ?? d.service!).push(rect);
      if (n.selected || n.className === "is-highlighted") selected.push(rect);
    }
    return { kinds: Object.entries(d).map(([kind, list]) => [kind, list.join("")] as const), selected: selected.join("") };
  }, [nodes]);
  return (
    <ViewportPortal>
      <svg className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1} style={{ willChange: "transform" }} data-testid="overview-layer">
        {paths.kinds.map(([kind, d]) => (d ? <path key={kind} d={d} fill={FILL[kind]} stroke={STROKE[kind]} strokeWidth={3} /> : null))}
        {paths.selected && <path d={paths.selected} fill="none" stroke="#e11d48" strokeWidth={8} />}
      </svg>
    </ViewportPortal>
  );
}

export const OverviewLayer = memo(OverviewLayerView);
