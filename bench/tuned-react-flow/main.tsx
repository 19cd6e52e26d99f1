/**
 * The second baseline for `npm run bench`: React Flow as its docs advise for
 * large graphs (https://reactflow.dev/learn/advanced-use/performance), the
 * same graph as the plain baseline and Seams:
 * - nodes carry `width`, `height` and `handles`, so React Flow places and
 *   culls them without mounting every node to measure it;
 * - `onlyRenderVisibleElements`;
 * - custom nodes and edges wrapped in `memo`, with stable `nodeTypes` and
 *   `edgeTypes`, and no hooks into the store;
 * - edge labels are plain SVG text drawn only by edges that are drawn (no
 *   `EdgeLabelRenderer` portal per edge);
 * - animation only on designs up to a few hundred flows;
 * - members nested in their context (`parentId`, positions relative to it),
 *   so dragging a context carries them.
 * Reads the design from the global `__BENCH_DESIGN__` (absolute layout).
 */
import { memo } from "react";
import { createRoot } from "react-dom/client";
import { BaseEdge, getBezierPath, Handle, Position, ReactFlow, useEdgesState, useNodesState, type Edge, type EdgeProps, type Node, type NodeProps } from "@xyflow/react";
import "@xyflow/react/dist/style.css";

interface Box { x: number; y: number; width?: number; height?: number }
interface El { id: string; name: string; context?: string }
interface D { contexts?: El[]; services?: El[]; databases?: El[]; brokers?: El[]; gateways?: El[]; flows?: { id: string; from: string; to: string; kind: string }[]; layout?: Record<string, Box> }

const W = 200;
const H = 60;
const ANIMATE_UP_TO = 300;
const HANDLES: Node["handles"] = [
  { type: "target", position: Position.Left, x: -4, y: H / 2 - 4, width: 8, height: 8 },
  { type: "source", position: Position.Right, x: W - 4, y: H / 2 - 4, width: 8, height: 8 },
];

const design = JSON.parse((window as unknown as { __BENCH_DESIGN__?: string }).__BENCH_DESIGN__ ?? "{}") as D;
const layout = design.layout ?? {};
const nodes: Node[] = [];
const contextAt = new Map<string, Box>();
for (const c of design.contexts ?? []) {
  const b = layout[c.id] ?? { x: 0, y: 0 };
  const width = b.width ?? 400;
  const height = b.height ?? 280;
  contextAt.set(c.id, b);
  nodes.push({ id: c.id, type: "context", position: { x: b.x, y: b.y }, width, height, handles: [], data: { label: c.name } });
}
for (const list of [design.gateways, design.services, design.databases, design.brokers]) for (const el of list ?? []) {
  const b = layout[el.id] ?? { x: 0, y: 0 };
  const parent = el.context ? contextAt.get(el.context) : undefined;
  const position = parent ? { x: b.x - parent.x, y: b.y - parent.y } : { x: b.x, y: b.y };
  nodes.push({ id: el.id, type: "element", position, width: W, height: H, handles: HANDLES, ...(parent ? { parentId: el.context } : {}), data: { label: el.name } });
}
const flows = design.flows ?? [];
const animate = flows.length <= ANIMATE_UP_TO;
const edges: Edge[] = flows.map((f) => ({ id: f.id, source: f.from, target: f.to, type: "flow", animated: animate && f.kind === "async", data: { label: f.kind } }));

const ElementNode = memo(function ElementNode({ data }: NodeProps) {
  return (
    <div style={{ width: W, height: H, boxSizing: "border-box", border: "1px solid #94a3b8", borderRadius: 6, background: "#fff", fontSize: 12, display: "flex", alignItems: "center", justifyContent: "center" }}>
      <Handle type="target" position={Position.Left} />
      {String(data.label)}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
const ContextNode = memo(function ContextNode({ data, width, height }: NodeProps) {
  return <div style={{ width, height, boxSizing: "border-box", border: "1px dashed #64748b", borderRadius: 8, background: "rgba(241,245,249,0.6)", fontSize: 13, padding: 6 }}>{String(data.label)}</div>;
});
const FlowEdge = memo(function FlowEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} />
      <text x={labelX} y={labelY} fontSize={10} textAnchor="middle" fill="#475569">{String(data?.label ?? "")}</text>
    </>
  );
});
const nodeTypes = { element: ElementNode, context: ContextNode };
const edgeTypes = { flow: FlowEdge };

/**
 * Large graphs open at 100% on their top-left corner, as Seams does; small
 * ones fit the window. Computed here from the layout: `fitView` waits for
 * nodes to be measured, and with culling only the visible ones ever are.
 */
function initialViewport(): { x: number; y: number; zoom: number } {
  if (nodes.length > 3000) return { x: 40, y: 40, zoom: 1 };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const b of Object.values(layout)) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + (b.width ?? W));
    y1 = Math.max(y1, b.y + (b.height ?? H));
  }
  const zoom = Math.min(1, (0.9 * innerWidth) / (x1 - x0), (0.9 * innerHeight) / (y1 - y0));
  return { x: (innerWidth - (x1 - x0) * zoom) / 2 - x0 * zoom, y: (innerHeight - (y1 - y0) * zoom) / 2 - y0 * zoom, zoom };
}

function App() {
  const [n, , onNodesChange] = useNodesState(nodes);
  const [e, , onEdgesChange] = useEdgesState(edges);
  return <ReactFlow nodes={n} edges={e} nodeTypes={nodeTypes} edgeTypes={edgeTypes} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onlyRenderVisibleElements defaultViewport={initialViewport()} minZoom={0.02} />;
}

createRoot(document.getElementById("root")!).render(<App />);
