import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from "react";
import {
  ConnectionLineType,
  Controls,
  MarkerType,
  ReactFlow,
  SelectionMode,
  applyNodeChanges,
  getViewportForBounds,
  useReactFlow,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type Connection,
} from "@xyflow/react";
import { useEditor, selectDesign } from "../store/editor-store";
import { useTheme } from "../theme/theme";
import { t } from "../i18n/i18n";
import { toEdges, toNodes, type ElementNode as ElementNodeT, type FlowEdge } from "./to-flow";
import { ElementNode } from "./nodes/ElementNode";
import { ContextNode } from "./nodes/ContextNode";
import { FlowEdgeView } from "./FlowEdgeView";
import { absoluteBoxes, commitMoves, type Move } from "./drag-commit";
import { addFlowBetween, addElementAt, PALETTE_MIME } from "../actions/element-actions";
import { filesFromDrop } from "../import/files-from-drop";
import { openLazily } from "../files/file-actions";
import { EmptyCanvas } from "./EmptyCanvas";
import { LevelOfDetail, useOverview, useSimpleEdges } from "./LevelOfDetail";
import { OverviewLayer } from "./OverviewLayer";
import { SimpleEdgeLayer } from "./SimpleEdgeLayer";
import { CanvasMiniMap } from "./CanvasMiniMap";
import { DotGrid } from "./DotGrid";
import { nodeBounds } from "./node-bounds";
import { elementBoxes } from "./element-box";
import { frameRect, unionRect } from "./frame-rect";
import { LabelLayerContext } from "./label-layer";
import { cullEdges, CULL_EDGES_ABOVE } from "./cull-edges";
import { visibleCanvas } from "./visible-canvas";
import { AlignmentGuides, NO_GUIDES } from "./AlignmentGuides";
import type { Guide } from "./snap-guides";
import { useFixes } from "../fixes/fix-store";
import { useBendEditing } from "./use-bend-editing";

const nodeTypes = { context: ContextNode, service: ElementNode, database: ElementNode, broker: ElementNode, gateway: ElementNode };
const edgeTypes = { flow: FlowEdgeView };
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } };
// React Flow asks that its attribution stay visible unless one subscribes to its Pro plan.
const proOptions = { hideAttribution: false };
/**
 * React Flow's own warnings (a node dragged before it is measured, an unknown
 * edge type...) are printed only in development builds; they point at real
 * defects, so every build reports them, and the e2e suite fails on them.
 */
const reportFlowWarning = (code: string, message: string) => console.warn(`[React Flow] ${code}: ${message}`);
const NO_EDGES: FlowEdge[] = [];
/** Never zoom in past 100% to fit: a lone new element should not fill the screen. */
const FIT_OPTIONS = { padding: 0.12, maxZoom: 1 };
const MIN_ZOOM = 0.05;
/**
 * Past this many nodes, opening a design shows its top-left corner at 100%
 * instead of everything at a zoom where nothing is readable (and where
 * culling cannot help, because everything is in view).
 */
export const LARGE_DESIGN_NODES = 3000;

/** Alignment snapping, loaded on the first drag. */
let snapDragged: typeof import("./snap-dragged").snapDragged | undefined;

/** The canvas: React Flow as a view of the design. Changes go back through store actions; React Flow never owns the design. */
export function Canvas() {
  const present = useEditor(selectDesign);
  // A Fix… preview draws the refactored design until it is applied or cancelled; it cannot be edited.
  const preview = useFixes((s) => s.preview);
  const design = preview ?? present;
  const tint = useFixes((s) => s.tint);
  const selection = useEditor((s) => s.selection);
  const highlight = useEditor((s) => s.highlight);
  const colorMode = useTheme((s) => s.theme);
  const flow = useReactFlow<ElementNodeT, FlowEdge>();
  const prevNodes = useRef(new Map<string, ElementNodeT>());
  const [nodes, setNodes] = useState<ElementNodeT[]>(() => {
    const first = toNodes(design, selection, highlight, prevNodes.current, tint);
    prevNodes.current = new Map(first.map((n) => [n.id, n]));
    return first;
  });
  // A restored design is framed once on start; a person's first element on a blank canvas never moves the view.
  const fitted = useRef(nodes.length === 0);
  const prevEdges = useRef(new Map<string, FlowEdge>());

  // Rebuild from the design; unchanged elements keep their node objects.
  useEffect(() => {
    const next = toNodes(design, selection, highlight, prevNodes.current, tint);
    prevNodes.current = new Map(next.map((n) => [n.id, n]));
    setNodes(next);
  }, [design, selection, highlight, tint]);

  // Frame the design once its first nodes are on the canvas.
  useEffect(() => {
    if (fitted.current || nodes.length === 0) return;
    fitted.current = true;
    requestAnimationFrame(() => fitDesign(flow, containerRef.current));
  }, [nodes.length, flow]);

  const edges = useMemo(() => {
    const next = toEdges(design, selection, highlight, prevEdges.current, tint);
    prevEdges.current = new Map(next.map((e) => [e.id, e]));
    return next;
  }, [design, selection, highlight, tint]);

  useEffect(() => {
    const fit = () => requestAnimationFrame(() => fitDesign(flow, containerRef.current));
    const fitNodes = (e: Event) => {
      const ids = (e as CustomEvent<string[]>).detail;
      // From the design's own boxes: framing must not wait for React Flow to have measured the nodes.
      const boxes = elementBoxes(useEditor.getState().history.present);
      const rect = unionRect(ids.flatMap((id) => boxes.get(id) ?? []));
      const el = containerRef.current;
      if (!rect || !el) return;
      const view = frameRect(rect, { width: el.clientWidth, height: el.clientHeight }, { padding: FIT_OPTIONS.padding, maxZoom: FIT_OPTIONS.maxZoom, minZoom: 0.05 });
      requestAnimationFrame(() => void flow.setViewport(view, { duration: 250 }));
    };
    window.addEventListener("seams:fit-view", fit);
    window.addEventListener("seams:fit-nodes", fitNodes);
    return () => {
      window.removeEventListener("seams:fit-view", fit);
      window.removeEventListener("seams:fit-nodes", fitNodes);
    };
  }, [flow]);

  const onNodesChange = useCallback((changes: NodeChange<ElementNodeT>[]) => {
    const selectChanges = changes.filter((c) => c.type === "select");
    if (selectChanges.length) {
      const sel = new Set(useEditor.getState().selection);
      for (const c of selectChanges) if (c.type === "select") (c.selected ? sel.add(c.id) : sel.delete(c.id));
      useEditor.getState().select(sel);
    }
    let view = changes.filter((c) => c.type === "position" || c.type === "dimensions");
    // One element dragged: line it up with its neighbours when it comes close, and show the guides.
    const moves = view.filter((c) => c.type === "position" && c.position);

    if (moves.length === 1 && draggingRef.current && snapDragged) {
      const c = moves[0] as Extract<NodeChange<ElementNodeT>, { type: "position" }>;
      const snap = snapDragged(nodesRef.current, c.id, c.position!, flow.getViewport().zoom);
      setGuides(snap.guides);
      if (snap.dx || snap.dy) view = view.map((v) => (v === c ? { ...c, position: { x: c.position!.x + snap.dx, y: c.position!.y + snap.dy } } : v));
    } else if (moves.length > 1) setGuides(NO_GUIDES);
    if (view.length) setNodes((nds) => applyNodeChanges(view, nds));
  }, [flow]);

  const [guides, setGuides] = useState<Guide[]>(NO_GUIDES);
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;
  const draggingRef = useRef(false);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    const selectChanges = changes.filter((c) => c.type === "select");
    if (!selectChanges.length) return;
    const sel = new Set(useEditor.getState().selection);
    for (const c of selectChanges) if (c.type === "select") (c.selected ? sel.add(c.id) : sel.delete(c.id));
    useEditor.getState().select(sel);
  }, []);

  const onNodeDragStop = useCallback(
    (_e: unknown, _node: ElementNodeT, dragged: ElementNodeT[]) => {
      const moves: Move[] = [];
      for (const n of dragged) {
        const internal = flow.getInternalNode(n.id);
        if (!internal) continue;
        moves.push({ id: n.id, x: internal.internals.positionAbsolute.x, y: internal.internals.positionAbsolute.y });
      }
      const before = useEditor.getState().history.present;
      useEditor.getState().change((d) => commitMoves(d, moves));
      const after = useEditor.getState().history.present;
      // Loaded on the first drag: not needed to show a design.
      void import("./describe-membership").then(({ describeMembership }) => {
        const changes = describeMembership(before, after, t);
        if (changes.length > 0) useEditor.getState().notify({ tone: "info", title: changes.length === 1 ? changes[0]! : t("notices.membership.many", { count: changes.length }), details: changes.length === 1 ? undefined : changes.slice(0, 8), action: { label: t("notices.undo"), run: () => useEditor.getState().undo() } });
      });
    },
    [flow],
  );

  const onConnect = useCallback((c: Connection) => addFlowBetween(c.source, c.target), []);

  // A drop that is not on a handle: connect to the element under the pointer, or say why not.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode) return;
    const point = "changedTouches" in event ? event.changedTouches[0]! : event;
    const target = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>(".react-flow__node");
    const toId = state.toNode?.id ?? target?.dataset.id;
    if (!toId) return;
    if (toId === state.fromNode.id && !state.toNode) return; // let go on itself: treat as a cancelled drag
    addFlowBetween(state.fromNode.id, toId);
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(PALETTE_MIME) || e.dataTransfer.types.includes("Files")) {
      e.preventDefault();
      e.dataTransfer.dropEffect = e.dataTransfer.types.includes("Files") ? "copy" : "move";
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (kind) {
        e.preventDefault();
        const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        addElementAt(kind, p, { view: visibleCanvas(flow) });
        return;
      }
      if (e.dataTransfer.files.length) {
        e.preventDefault();
        void filesFromDrop(e.dataTransfer).then(openLazily);
      }
    },
    [flow],
  );

  const isEmpty = nodes.length === 0;
  const simpleEdges = useSimpleEdges(edges.length);
  const memberCount = useMemo(() => nodes.reduce((n, node) => (node.parentId ? n + 1 : n), 0), [nodes]);
  const overview = useOverview(memberCount);
  // In overview, React Flow keeps only contexts and elements outside them; members are drawn by OverviewLayer.
  const flowNodes = useMemo(() => (overview ? nodes.filter((n) => !n.parentId) : nodes), [overview, nodes]);
  // Large designs: draw the flows near the view, re-chosen when a pan or zoom ends.
  const [view, setView] = useState<{ x: number; y: number; width: number; height: number } | undefined>();
  const readView = useCallback(() => {
    const { x, y, zoom } = flow.getViewport();
    const el = containerRef.current;
    if (el) setView({ x: -x / zoom, y: -y / zoom, width: el.clientWidth / zoom, height: el.clientHeight / zoom });
  }, [flow]);
  const shownEdges = useMemo(() => {
    if (simpleEdges) return NO_EDGES;
    if (edges.length <= CULL_EDGES_ABOVE) return edges;
    if (!view) return NO_EDGES; // until the view is known: never draw all of them once

    return cullEdges(edges, nodes, view);
  }, [simpleEdges, edges, nodes, view]);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  useBendEditing(containerRef, flow, !preview);
  // React Flow learns its size only after it mounts, and until then culls nothing: a 10,000-service
  // design would mount 20,000 nodes once and throw them away. Mount it with the size already known.
  const [size, setSize] = useState<{ width: number; height: number } | undefined>();
  useLayoutEffect(() => {
    const r = containerRef.current?.getBoundingClientRect();
    if (r) setSize({ width: Math.round(r.width), height: Math.round(r.height) });
  }, []);
  useEffect(() => setLabelLayer(containerRef.current?.querySelector<HTMLElement>(".react-flow__edgelabel-renderer") ?? null), [size]);
  // The paper reaches well past the design so panning never shows its edge.
  // The minimap and the paper follow the nodes once a drag ends, not on every frame of it.
  const [dragging, setDragging] = useState(false);
  const settledRef = useRef(nodes);
  if (!dragging) settledRef.current = nodes;
  const settled = settledRef.current;
  // While the view moves, or a node is dragged, the canvas carries a class that CSS reads (index.css:
  // dashes hold still, nothing takes the pointer during a pan). Set here rather than matched with
  // `:has()` in CSS: a `:has()` rule re-checked the canvas for every node React Flow mounted mid-pan.
  const markMoving = useCallback((cls: string, on: boolean) => containerRef.current?.classList.toggle(cls, on), []);
  // Only a person's pan or zoom (a framing animation has no source event): a click during one must still land.
  const startMove = useCallback((event: MouseEvent | TouchEvent | null) => void (event && markMoving("seams-panning", true)), [markMoving]);
  const endMove = useCallback(() => {
    markMoving("seams-panning", false);
    if (edges.length > CULL_EDGES_ABOVE) readView();
  }, [markMoving, edges.length, readView]);
  const startDrag = useCallback(() => {
    markMoving("seams-dragging", true);
    draggingRef.current = true;
    if (!snapDragged) void import("./snap-dragged").then((m) => (snapDragged = m.snapDragged));
    setDragging(true);
  }, [markMoving]);
  const grid = useMemo(() => {
    const b = nodeBounds(settled) ?? { x: 0, y: 0, width: 0, height: 0 };
    const margin = 6000;
    const snap = (v: number) => Math.floor(v / 20) * 20;
    return { x: snap(b.x - margin), y: snap(b.y - margin), width: b.width + 2 * margin, height: b.height + 2 * margin };
  }, [settled]);
  return (
    <div ref={containerRef} className="relative h-full w-full" onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <LabelLayerContext.Provider value={labelLayer}>
      {size && (
      <ReactFlow<ElementNodeT, FlowEdge>
        width={size.width}
        height={size.height}
        nodes={flowNodes}
        edges={shownEdges}
        onMoveStart={startMove}
        onMoveEnd={endMove}
        onInit={edges.length > CULL_EDGES_ABOVE ? () => setTimeout(readView, 50) : undefined}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        nodesDraggable={!preview}
        nodesConnectable={!preview}
        elementsSelectable={!preview}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={startDrag}
        onNodeDragStop={(e, n, ns) => {
          markMoving("seams-dragging", false);
          draggingRef.current = false;
          setDragging(false);
          setGuides(NO_GUIDES);
          onNodeDragStop(e, n, ns);
        }}
        onConnect={onConnect}
        onPaneClick={clearHighlight}
        onConnectEnd={onConnectEnd}
        isValidConnection={(c) => c.source !== c.target}
        connectionLineType={ConnectionLineType.Bezier}
        selectionMode={SelectionMode.Partial}
        selectionOnDrag={false}
        multiSelectionKeyCode={["Shift", "Meta", "Control"]}
        selectionKeyCode="Shift"
        deleteKeyCode={null}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        onlyRenderVisibleElements={nodes.length > 3000}
        proOptions={proOptions}
        colorMode={colorMode}
        onError={reportFlowWarning}
        zIndexMode="manual"
      >
        <DotGrid {...grid} />
        {overview && <OverviewLayer nodes={nodes} />}
        {guides.length > 0 && <AlignmentGuides guides={guides} />}
        {simpleEdges && <SimpleEdgeLayer nodes={nodes} settled={settled} edges={edges} />}
        <Controls position="bottom-left" showInteractive={false} />
        <LevelOfDetail />
      </ReactFlow>
      )}
      </LabelLayerContext.Provider>
      {!isEmpty && <CanvasMiniMap nodes={settled} />}
      {isEmpty && <EmptyCanvas />}
    </div>
  );
}

/**
 * Frames the design: all of it, or for a large one its top-left corner at
 * 100%. The bounds come from the design itself, not from React Flow's nodes:
 * right after an auto-layout those still hold the old positions for a frame
 * or two, and framing them left parts of the new layout off-screen.
 */
function fitDesign(flow: { setViewport(v: { x: number; y: number; zoom: number }, o?: { duration?: number }): Promise<boolean> }, el: HTMLElement | null) {
  const boxes = absoluteBoxes(useEditor.getState().history.present);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of boxes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + (b.width ?? 0));
    maxY = Math.max(maxY, b.y + (b.height ?? 0));
  }
  if (!Number.isFinite(minX) || !el) return;
  if (boxes.size > LARGE_DESIGN_NODES) {
    void flow.setViewport({ x: 40 - minX, y: 40 - minY, zoom: 1 });
    return;
  }
  const view = getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, el.clientWidth, el.clientHeight, MIN_ZOOM, FIT_OPTIONS.maxZoom, FIT_OPTIONS.padding);
  void flow.setViewport(view);
}

function clearHighlight() {
  if (useEditor.getState().highlight.size) useEditor.getState().setHighlight([]);
}

