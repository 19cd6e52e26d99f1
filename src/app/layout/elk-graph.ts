/**
 * The design as an ELK graph (contexts as compound nodes holding their
 * members) and ELK's answer back as absolute layout boxes. Pure, so it is
 * tested without a worker.
 */
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import type { Box, Design } from "../../core/model/schema";
import { NODE_SIZE, CONTEXT_HEADER } from "../canvas/element-box";

/**
 * Room between elements. ELK reads spacing from each node's own options for
 * its children, so contexts carry them too (without, members sat 20 px
 * apart and flow labels between them were cut to "HTT"). Between layers
 * there is room for a flow's label (at most 200 px wide).
 */
const SPACING: Record<string, string> = {
  "elk.layered.spacing.nodeNodeBetweenLayers": "170",
  "elk.spacing.nodeNode": "50",
  "elk.layered.spacing.edgeNodeBetweenLayers": "30",
  "elk.spacing.componentComponent": "80",
};

export const LAYOUT_OPTIONS: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  ...SPACING,
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.edgeRouting": "SPLINES",
};

export function toElkGraph(design: Design): ElkNode {
  const contexts = new Map<string, ElkNode>();
  const root: ElkNode = { id: "__root", layoutOptions: LAYOUT_OPTIONS, children: [], edges: [] };
  for (const c of design.contexts ?? []) {
    const node: ElkNode = { id: c.id, children: [], layoutOptions: { ...SPACING, "elk.padding": `[top=${CONTEXT_HEADER + 16},left=24,bottom=24,right=24]` } };
    contexts.set(c.id, node);
    root.children!.push(node);
  }
  for (const [kind, list] of [["gateway", design.gateways], ["service", design.services], ["database", design.databases], ["broker", design.brokers]] as const) {
    for (const el of list ?? []) {
      const node: ElkNode = { id: el.id, width: NODE_SIZE[kind].width, height: NODE_SIZE[kind].height };
      const ctx = "context" in el && el.context ? contexts.get(el.context) : undefined;
      (ctx ?? root).children!.push(node);
    }
  }
  // An empty context still needs a size.
  for (const node of contexts.values()) if (node.children!.length === 0) Object.assign(node, { width: 240, height: 140 });
  root.edges = (design.flows ?? []).map((f): ElkExtendedEdge => ({ id: f.id, sources: [f.from], targets: [f.to] }));
  return root;
}

/** Absolute boxes from ELK's (parent-relative) result. */
export function fromElkGraph(result: ElkNode, design: Design): Record<string, Box> {
  const boxes: Record<string, Box> = {};
  const isContext = new Set((design.contexts ?? []).map((c) => c.id));
  const walk = (node: ElkNode, ox: number, oy: number) => {
    for (const child of node.children ?? []) {
      const x = Math.round(ox + (child.x ?? 0));
      const y = Math.round(oy + (child.y ?? 0));
      boxes[child.id] = isContext.has(child.id) ? { x, y, width: Math.round(child.width ?? 240), height: Math.round(child.height ?? 140) } : { x, y };
      walk(child, x, y);
    }
  };
  walk(result, 0, 0);
  return boxes;
}
