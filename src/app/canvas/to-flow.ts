/**
 * The design as React Flow nodes and edges: a pure mapping. The file keeps
 * absolute coordinates; React Flow wants members relative to their parent
 * context, so members are shifted here and shifted back when a drag ends.
 * Unchanged elements keep their previous node object, so React Flow does not
 * re-render them.
 *
 * Every node carries its `measured` size: sizes are fixed (contexts take
 * theirs from the layout), and a node object without it counts as "not
 * initialized" to React Flow. A changed element gets a new object, so without
 * it React Flow forgot the size: dragging warned (error 015) and fit view
 * waited for a measurement that never came, until a reload.
 */
import { Position, type Edge, type Node } from "@xyflow/react";
import type { Box, Design, ElementKind, Flow } from "../../core/model/schema";
import { COLLECTION_OF, forEachElement } from "../../core/model/elements";
import { NODE_SIZE, elementBox } from "./element-box";
import { assignLanes, type Lane } from "./flow-lanes";

export { fallbackBox } from "./element-box";

export interface ElementNodeData extends Record<string, unknown> {
  kind: ElementKind;
  element: { id: string; name: string } & Record<string, unknown>;
}
export type ElementNode = Node<ElementNodeData>;
export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
  /** The end kinds: node sizes for the edge's geometry; flows into a database are labelled as data access. */
  sourceKind?: Exclude<ElementKind, "context">;
  targetKind?: Exclude<ElementKind, "context">;
  /** Set when other flows join the same two elements: each is drawn in a lane of its own. */
  lane?: Lane;
}
export type FlowEdge = Edge<FlowEdgeData>;

const HANDLES = {
  service: handlesFor(NODE_SIZE.service.width, NODE_SIZE.service.height),
  database: handlesFor(NODE_SIZE.database.width, NODE_SIZE.database.height),
  broker: handlesFor(NODE_SIZE.broker.width, NODE_SIZE.broker.height),
  gateway: handlesFor(NODE_SIZE.gateway.width, NODE_SIZE.gateway.height),
};

/** Handles as the DOM will measure them (10 px squares centred on the left and right borders). */
function handlesFor(width: number, height: number): NonNullable<ElementNode["handles"]> {
  return [
    { type: "target", position: Position.Left, x: -5, y: height / 2 - 5, width: 10, height: 10 },
    { type: "source", position: Position.Right, x: width - 5, y: height / 2 - 5, width: 10, height: 10 },
  ];
}
const NO_HANDLES: NonNullable<ElementNode["handles"]> = [];

/**
 * Stacking, bottom to top (React Flow runs with `zIndexMode="manual"`, so
 * these are exact): contexts, flows, highlighted flows, elements. Elements and
 * their handles are always above flows, so a flow passing over a node never
 * takes its clicks or hides a handle.
 */
export const Z = { context: 0, flow: 1, flowHighlighted: 2, bendHandle: 5, element: 10 } as const;

/**
 * Nodes carry their handles up front: React Flow otherwise renders every node
 * once to measure them, culling or not (20,000 DOM nodes for a 10,000-service
 * design, several seconds before the first frame).
 */
/** A tint (the failure impact view) wins over a finding's highlight. */
const classOf = (id: string, highlighted: ReadonlySet<string>, tint: ReadonlyMap<string, string>): string | undefined => {
  const t = tint.get(id);
  return t ? `is-${t}` : highlighted.has(id) ? "is-highlighted" : undefined;
};
const NO_TINT: ReadonlyMap<string, string> = new Map();

export function toNodes(design: Design, selected: ReadonlySet<string>, highlighted: ReadonlySet<string>, prev: ReadonlyMap<string, ElementNode>, tint = NO_TINT): ElementNode[] {
  const layout = design.layout ?? {};
  const nodes: ElementNode[] = [];
  const contextBox = new Map<string, Box>();
  const reuse = (next: ElementNode): ElementNode => {
    const old = prev.get(next.id);
    if (!old) return next;
    if (old.data.element === next.data.element && old.parentId === next.parentId && old.selected === next.selected && old.className === next.className && old.position.x === next.position.x && old.position.y === next.position.y && old.width === next.width && old.height === next.height) return old;
    return next;
  };
  (design.contexts ?? []).forEach((ctx, i) => {
    const box = elementBox("context", layout[ctx.id], i);
    const { width, height } = box;
    contextBox.set(ctx.id, box);
    nodes.push(reuse({ id: ctx.id, type: "context", position: { x: box.x, y: box.y }, width, height, measured: { width, height }, handles: NO_HANDLES, zIndex: Z.context, selected: selected.has(ctx.id), className: classOf(ctx.id, highlighted, tint), data: { kind: "context", element: ctx }, dragHandle: undefined }));
  });
  for (const kind of ["gateway", "service", "database", "broker"] as const) {
    const list = design[COLLECTION_OF[kind]] ?? [];
    list.forEach((el, i) => {
      const box = elementBox(kind, layout[el.id], i);
      const ctxId = "context" in el ? (el.context as string | undefined) : undefined;
      const parent = ctxId ? contextBox.get(ctxId) : undefined;
      nodes.push(
        reuse({
          id: el.id,
          type: kind,
          position: parent ? { x: box.x - parent.x, y: box.y - parent.y } : { x: box.x, y: box.y },
          parentId: parent ? ctxId : undefined,
          width: box.width,
          height: box.height,
          measured: { width: box.width, height: box.height },
          zIndex: Z.element,
          handles: HANDLES[kind],
          selected: selected.has(el.id),
          className: classOf(el.id, highlighted, tint),
          data: { kind, element: el as ElementNodeData["element"] },
        }),
      );
    });
  }
  return nodes;
}

export function toEdges(design: Design, selected: ReadonlySet<string>, highlighted: ReadonlySet<string>, prev: ReadonlyMap<string, FlowEdge>, tint = NO_TINT): FlowEdge[] {
  const kinds = new Map<string, Exclude<ElementKind, "context">>();
  forEachElement(design, (kind, el) => {
    if (kind !== "context") kinds.set(el.id, kind);
  });
  const lanes = assignLanes(design.flows ?? []);
  return (design.flows ?? []).map((flow) => {
    const isSelected = selected.has(flow.id);
    const className = classOf(flow.id, highlighted, tint);
    const isHighlighted = className !== undefined && className !== "is-impact-ok";
    const old = prev.get(flow.id);
    const lane = lanes.get(flow.id);
    if (old && old.data?.flow === flow && old.selected === isSelected && old.className === className && old.data.lane?.index === lane?.index && old.data.lane?.count === lane?.count) return old;
    return {
      id: flow.id,
      source: flow.from,
      target: flow.to,
      type: "flow",
      selected: isSelected,
      className,
      zIndex: isHighlighted ? Z.flowHighlighted : Z.flow,
      data: { flow, sourceKind: kinds.get(flow.from), targetKind: kinds.get(flow.to), ...(lane ? { lane } : {}) },
    };
  });
}
