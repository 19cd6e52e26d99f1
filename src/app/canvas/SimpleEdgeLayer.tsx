import { memo, useMemo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { ElementNode, FlowEdge } from "./to-flow";
import { floatingEdgeParams } from "./floating-edge";
import { absoluteRects } from "./node-bounds";

/**
 * Far out, with many flows, every flow is drawn into three SVG paths (sync,
 * async, highlighted) instead of one React Flow edge component each: no
 * per-edge store subscriptions and no per-edge hit-testing, which is what
 * made a pan of 1,000 services crawl. Flows are not clickable at that zoom;
 * zoom in to select one.
 */
function pathsOf(nodes: readonly ElementNode[], edges: readonly FlowEdge[]) {
    const rects = absoluteRects(nodes);
    const out = { sync: [] as string[], async: [] as string[], hot: [] as string[] };
    for (const e of edges) {
      const s = rects.get(e.source);
      const t = rects.get(e.target);
      if (!s || !t) continue;
      const p = floatingEdgeParams(s, t);
      const d = `M${p.sx.toFixed(0)} ${p.sy.toFixed(0)}L${p.tx.toFixed(0)} ${p.ty.toFixed(0)}`;
      if (e.className === "is-highlighted" || e.selected) out.hot.push(d);
      else if (e.data?.flow.kind === "async") out.async.push(d);
      else out.sync.push(d);
    }
    return { sync: out.sync.join(""), async: out.async.join(""), hot: out.hot.join("") };
}

function Paths({ paths }: { paths: ReturnType<typeof pathsOf> }) {
  // Its own compositing layer: redrawing these paths never repaints the nodes.
  return (
    <svg className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1} style={{ willChange: "transform" }}>
      <path d={paths.sync} fill="none" stroke="#94a3b8" strokeWidth={2} />
      <path d={paths.async} fill="none" stroke="#a78bfa" strokeWidth={2} strokeDasharray="8 6" />
      <path d={paths.hot} fill="none" stroke="#e11d48" strokeWidth={5} />
    </svg>
  );
}

/**
 * While nodes are dragged, the flows that do not touch them stay one
 * unchanged layer (no repaint); only the dragged nodes' flows are redrawn.
 */
function SimpleEdgeLayerView({ nodes, settled, edges }: { nodes: readonly ElementNode[]; settled: readonly ElementNode[]; edges: readonly FlowEdge[] }) {
  const moving = useMemo(() => {
    const ids = new Set<string>();
    if (nodes !== settled) for (const n of nodes) if (n.dragging) ids.add(n.id);
    // A dragged context carries its members, and so their flows.
    if (ids.size) for (const n of nodes) if (n.parentId && ids.has(n.parentId)) ids.add(n.id);
    return ids;
  }, [nodes, settled]);
  const movingKey = [...moving].join(" ");
  const still = useMemo(() => pathsOf(settled, moving.size ? edges.filter((e) => !moving.has(e.source) && !moving.has(e.target)) : edges), [settled, edges, movingKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const live = useMemo(() => (moving.size ? pathsOf(nodes, edges.filter((e) => moving.has(e.source) || moving.has(e.target))) : undefined), [nodes, edges, moving]);
  return (
    <ViewportPortal>
      <div data-testid="simple-edges">
        <Paths paths={still} />
        {live && <Paths paths={live} />}
      </div>
    </ViewportPortal>
  );
}

export const SimpleEdgeLayer = memo(SimpleEdgeLayerView);
