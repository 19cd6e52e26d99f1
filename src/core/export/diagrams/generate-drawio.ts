/**
 * `drawio`: a diagrams.net (draw.io) file: every context, element and flow
 * placed as on the canvas (a grid where the design has no layout), with
 * draw.io's own shapes: contexts as containers holding their members,
 * databases as cylinders, brokers as queues (horizontal cylinders), gateways
 * as hexagons; async flows dashed. Labels are plain text (html=0), so
 * draw.io shows a name exactly and never reads it as markup; every attribute
 * goes through escapeXml.
 */
import type { Design } from "../../model/schema";
import { escapeXml as x } from "../escape/diagram-text";
import type { ExportOutput } from "../types";
import { placeDiagram, planDiagram, type DiagramNode } from "./plan-diagram";

const SHAPE: Record<DiagramNode["kind"], string> = {
  service: "rounded=1;arcSize=12;fillColor=#eef2ff;strokeColor=#6366f1;",
  database: "shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=12;fillColor=#ecfdf5;strokeColor=#10b981;",
  broker: "shape=cylinder3;direction=south;boundedLbl=1;backgroundOutline=1;size=12;fillColor=#fffbeb;strokeColor=#f59e0b;",
  gateway: "shape=hexagon;perimeter=hexagonPerimeter2;size=0.12;fillColor=#f0f9ff;strokeColor=#0ea5e9;",
};
const TEXT = "whiteSpace=wrap;html=0;fontSize=12;";
const CONTEXT = "swimlane;rounded=1;startSize=28;fillColor=#f8fafc;strokeColor=#94a3b8;fontStyle=1;html=0;container=1;collapsible=0;";

/** Cell ids: `c:` contexts, `e:` elements, `f:` flows, apart from draw.io's own root cells 0 and 1. */
export const drawioCellId = (kind: "context" | "element" | "flow", id: string) => `${kind[0]}:${id}`;

/**
 * The design as a draw.io file.
 * @example generateDrawio(mallGo).content.includes('id="e:order-db"')
 */
export function generateDrawio(design: Design): ExportOutput {
  const plan = planDiagram(design);
  const boxes = placeDiagram(plan, design.layout);
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const geometry = (id: string, origin = { x: 0, y: 0 }) => {
    const b = boxes.get(id)!;
    return `<mxGeometry x="${Math.round(b.x - origin.x)}" y="${Math.round(b.y - origin.y)}" width="${Math.round(b.width)}" height="${Math.round(b.height)}" as="geometry"/>`;
  };
  const vertex = (n: DiagramNode, parent: string, origin?: { x: number; y: number }) => {
    const value = x(n.name) + (n.technology ? `&#10;${x(n.technology)}` : "");
    const tooltip = n.description ? ` tooltip="${x(n.description, 1000)}"` : "";
    cells.push(`<mxCell id="${x(drawioCellId("element", n.id))}" value="${value}"${tooltip} style="${SHAPE[n.kind]}${TEXT}" vertex="1" parent="${x(parent)}">${geometry(n.id, origin)}</mxCell>`);
  };
  for (const c of plan.contexts) {
    const cell = drawioCellId("context", c.id);
    cells.push(`<mxCell id="${x(cell)}" value="${x(c.name)}" style="${CONTEXT}" vertex="1" parent="1">${geometry(c.id)}</mxCell>`);
    const origin = boxes.get(c.id)!;
    for (const n of c.members) vertex(n, cell, origin);
  }
  for (const n of plan.loose) vertex(n, "1");
  for (const f of plan.flows) {
    const style = `endArrow=block;endFill=1;html=0;rounded=1;edgeStyle=orthogonalEdgeStyle;${f.kind === "async" ? "dashed=1;strokeColor=#d97706;" : "strokeColor=#475569;"}`;
    cells.push(`<mxCell id="${x(drawioCellId("flow", f.id))}" value="${x(f.label, 100)}" style="${style}" edge="1" parent="1" source="${x(drawioCellId("element", f.from))}" target="${x(drawioCellId("element", f.to))}"><mxGeometry relative="1" as="geometry"/></mxCell>`);
  }
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<mxfile host="Seams" type="device">',
    `  <diagram id="seams-design" name="${x(plan.name, 100)}">`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    "      <root>",
    ...cells.map((c) => `        ${c}`),
    "      </root>",
    "    </mxGraphModel>",
    "  </diagram>",
    "</mxfile>",
  ];
  return { fileName: "architecture.drawio", mediaType: "application/vnd.jgraph.mxfile", content: content.join("\n") + "\n", caveats: [] };
}
