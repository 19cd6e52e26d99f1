/**
 * What every diagram target draws, worked out once: the contexts with their
 * members, every element with the words a diagram shows for it, every flow
 * with its label, and where each sits on the canvas. Diagram targets differ
 * only in syntax; this keeps them drawing the same picture.
 */
import { effectiveProtocol } from "../../model/defaults";
import type { Box, Design, ElementKind, Flow } from "../../model/schema";
import { commentText } from "../escape/comment-text";

export type NodeKind = Exclude<ElementKind, "context">;

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** Undefined when the element sits outside every context (or names one that does not exist). */
  context: string | undefined;
  /** Technology for services, engine for stores and brokers, "gateway" for gateways. */
  technology: string | undefined;
  description: string | undefined;
}

export interface DiagramContext {
  id: string;
  name: string;
  description: string | undefined;
  members: DiagramNode[];
}

export interface DiagramFlow {
  id: string;
  from: string;
  to: string;
  kind: Flow["kind"];
  protocol: NonNullable<Flow["protocol"]>;
  /** What the arrow says: the event name for async flows, else the label, else the route path. */
  label: string;
}

export interface DiagramPlan {
  name: string;
  description: string | undefined;
  contexts: DiagramContext[];
  /** Every node, contexts' members included, in the design's order (gateways, services, databases, brokers). */
  nodes: DiagramNode[];
  /** Nodes outside any context. */
  loose: DiagramNode[];
  /** Flows whose both ends are nodes (a flow never touches a context, but a stray reference is skipped, not drawn). */
  flows: DiagramFlow[];
}

/** A name that shows nothing once line breaks and control characters are flattened is drawn as its id. */
const shown = (name: string, id: string) => (commentText(name, 1000) === "" ? id : name);

/** A label that shows nothing once flattened counts as no label, so no target writes an empty one (Mermaid refuses `|""|`). */
function label(flow: Flow): string {
  const text = flow.kind === "async" ? (flow.event ?? flow.label ?? effectiveProtocol(flow)) : (flow.label ?? flow.path ?? "");
  return commentText(text, 1000) === "" ? "" : text;
}

/**
 * The diagram of a design.
 * @example planDiagram(mallGo).contexts.map((c) => c.id) // ["identity", "catalog", ...]
 */
export function planDiagram(design: Design): DiagramPlan {
  const nodes: DiagramNode[] = [];
  const contextIds = new Set((design.contexts ?? []).map((c) => c.id));
  const inContext = (c: string | undefined) => (c !== undefined && contextIds.has(c) ? c : undefined);
  for (const g of design.gateways ?? []) nodes.push({ id: g.id, kind: "gateway", name: shown(g.name, g.id), context: undefined, technology: undefined, description: g.description });
  for (const s of design.services ?? []) nodes.push({ id: s.id, kind: "service", name: shown(s.name, s.id), context: inContext(s.context), technology: s.technology, description: s.description });
  for (const d of design.databases ?? []) nodes.push({ id: d.id, kind: "database", name: shown(d.name, d.id), context: inContext(d.context), technology: d.engine, description: d.description });
  for (const b of design.brokers ?? []) nodes.push({ id: b.id, kind: "broker", name: shown(b.name, b.id), context: inContext(b.context), technology: b.engine, description: b.description });
  const byId = new Set(nodes.map((n) => n.id));
  const contexts = (design.contexts ?? []).map((c) => ({ id: c.id, name: shown(c.name, c.id), description: c.description, members: nodes.filter((n) => n.context === c.id) }));
  const flows = (design.flows ?? [])
    .filter((f) => byId.has(f.from) && byId.has(f.to))
    .map((f) => ({ id: f.id, from: f.from, to: f.to, kind: f.kind, protocol: effectiveProtocol(f), label: label(f) }));
  return { name: shown(design.name, "design"), description: design.description, contexts, nodes, loose: nodes.filter((n) => n.context === undefined), flows };
}

/** Node sizes as the canvas draws them, for targets that place shapes (draw.io). */
export const DIAGRAM_NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  service: { width: 208, height: 64 },
  database: { width: 184, height: 60 },
  broker: { width: 184, height: 60 },
  gateway: { width: 192, height: 64 },
};
const CONTEXT_SIZE = { width: 420, height: 280 };

/**
 * Every element's box: the design's layout where it has one, else a grid
 * (contexts in rows of three, their members inside them, the rest below),
 * so a design never laid out still opens readable.
 */
export function placeDiagram(plan: DiagramPlan, layout: Readonly<Record<string, Box>> = {}): Map<string, Required<Box>> {
  const boxes = new Map<string, Required<Box>>();
  const size = (id: string, fallback: { width: number; height: number }) => ({ width: layout[id]?.width ?? fallback.width, height: layout[id]?.height ?? fallback.height });
  let looseIndex = 0;
  plan.contexts.forEach((c, i) => {
    const own = layout[c.id];
    const cols = Math.max(1, Math.min(4, Math.ceil(Math.sqrt(c.members.length))));
    const grid = { width: Math.max(CONTEXT_SIZE.width, cols * 240 + 40), height: Math.max(CONTEXT_SIZE.height, Math.ceil(c.members.length / cols) * 100 + 80) };
    const box = own ? { x: own.x, y: own.y, ...size(c.id, grid) } : { x: (i % 3) * 1100, y: Math.floor(i / 3) * 1000, ...grid };
    boxes.set(c.id, box);
    c.members.forEach((n, k) => {
      const at = layout[n.id];
      boxes.set(n.id, at ? { x: at.x, y: at.y, ...size(n.id, DIAGRAM_NODE_SIZE[n.kind]) } : { x: box.x + 20 + (k % cols) * 240, y: box.y + 56 + Math.floor(k / cols) * 100, ...DIAGRAM_NODE_SIZE[n.kind] });
    });
  });
  const below = Math.max(0, ...[...boxes.values()].map((b) => b.y + b.height)) + 120;
  for (const n of plan.loose) {
    const at = layout[n.id];
    boxes.set(n.id, at ? { x: at.x, y: at.y, ...size(n.id, DIAGRAM_NODE_SIZE[n.kind]) } : { x: (looseIndex % 8) * 240, y: below + Math.floor(looseIndex / 8) * 100, ...DIAGRAM_NODE_SIZE[n.kind] });
    looseIndex++;
  }
  return boxes;
}

/**
 * Identifiers for a diagram language whose names are narrower than design ids:
 * every character outside [A-Za-z0-9_] becomes `_`, a name that starts with a
 * digit or is one of the language's keywords gets a prefix, and two ids that
 * land on the same name are told apart with a number. Same ids, same names.
 * @example diagramIds(["user-service", "user_service"], []).get("user_service") === "user_service_2"
 */
export function diagramIds(ids: readonly string[], reserved: readonly string[], prefix = "n_"): Map<string, string> {
  const words = new Set(reserved.map((w) => w.toLowerCase()));
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of ids) {
    let base = id.replace(/[^A-Za-z0-9_]/g, "_");
    if (/^[0-9]/.test(base) || words.has(base.toLowerCase())) base = `${prefix}${base}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}
