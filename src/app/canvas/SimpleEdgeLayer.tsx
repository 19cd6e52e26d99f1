import { memo, useMemo } from "react";
import { ViewportPortal } from "@xyflow/react";
import type { ElementNode, FlowEdge } from "./to-flow";
import { floatingEdgeParams, type Rect } from "./floating-edge";

/**
 * Far out, with many flows, every flow is drawn into three SVG paths (sync,
 * async, highlighted) instead of one React Flow edge component each: no
 * per-edge store subscriptions and no per-edge hit-testing, which is what
 * made a pan of 1,000 services crawl. Flows are not clickable at that zoom;
 * zoom in to select one.
 */
function SimpleEdgeLayerView({ nodes, edges }: { nodes: readonly ElementNode[]; edges: readonly FlowEdge[] }) {
  const paths = useMemo(() => {
    const parents = new Map<string, { x: number; y: number }>();
    for (const n of nodes) if (n.type === "context") parents.set(n.id, n.position);
    const rects = new Map<string, Rect>();
    for (const n of nodes) {
      if (n.type === "context") continue;
      const p = n.parentId ? parents.get(n.parentId) : undefined;
      rects.set(n.id, { x: n.position.x + (p?.x ?? 0), y: n.position.y + (p?.y ?? 0), width: n.width ?? 0, height: n.height ?? 0 });
    }
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
  }, [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className="pointer-events-none absolute left-0 top-0 overflow-visible" width={1} height={1} data-testid="simple-edges">
        <path d={paths.sync} fill="none" stroke="#94a3b8" strokeWidth={2} />
        <path d={paths.async} fill="none" stroke="#a78bfa" strokeWidth={2} strokeDasharray="8 6" />
        <path d={paths.hot} fill="none" stroke="#e11d48" strokeWidth={5} />
      </svg>
    </ViewportPortal>
  );
}

export const SimpleEdgeLayer = memo(SimpleEdgeLayerView);
