/**
 * The baseline for `npm run bench`: plain React Flow, default nodes and
 * edges, culling on, controlled nodes so dragging works — the same graph
 * Seams draws, as a team would first build it. Reads the design from
 * the global `__BENCH_DESIGN__` (absolute layout; members not nested).
 */
import { createRoot } from "react-dom/client";
import { ReactFlow, useNodesState, useEdgesState, type Node, type Edge } from "@xyflow/react";
import "@xyflow/react/dist/style.css";

interface Box { x: number; y: number; width?: number; height?: number }
interface D { contexts?: { id: string; name: string }[]; services?: { id: string; name: string }[]; databases?: { id: string; name: string }[]; brokers?: { id: string; name: string }[]; gateways?: { id: string; name: string }[]; flows?: { id: string; from: string; to: string; kind: string }[]; layout?: Record<string, Box> }

const design = JSON.parse((window as unknown as { __BENCH_DESIGN__?: string }).__BENCH_DESIGN__ ?? "{}") as D;
const layout = design.layout ?? {};
const nodes: Node[] = [];
for (const c of design.contexts ?? []) {
  const b = layout[c.id] ?? { x: 0, y: 0 };
  nodes.push({ id: c.id, type: "group", position: { x: b.x, y: b.y }, style: { width: b.width ?? 400, height: b.height ?? 280 }, data: {} });
}
for (const list of [design.gateways, design.services, design.databases, design.brokers]) for (const el of list ?? []) {
  const b = layout[el.id] ?? { x: 0, y: 0 };
  nodes.push({ id: el.id, position: { x: b.x, y: b.y }, data: { label: el.name } });
}
const edges: Edge[] = (design.flows ?? []).map((f) => ({ id: f.id, source: f.from, target: f.to, label: f.kind, animated: f.kind === "async" }));

function App() {
  const [n, , onNodesChange] = useNodesState(nodes);
  const [e, , onEdgesChange] = useEdgesState(edges);
  // Large graphs open at 100% on their top-left corner, as Seams does; small ones fit the view.
  const fit = nodes.length <= 3000;
  return <ReactFlow nodes={n} edges={e} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onlyRenderVisibleElements fitView={fit} defaultViewport={{ x: 40, y: 40, zoom: 1 }} minZoom={0.02} />;
}

createRoot(document.getElementById("root")!).render(<App />);
