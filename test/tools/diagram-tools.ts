/**
 * The diagram languages' own parsers, for tests: Mermaid's parser (in a
 * happy-dom environment, as Mermaid needs a DOM), D2's WASM compiler, LikeC4's
 * language services, Debian's PlantUML (`-syntax`) and an XML parser for
 * draw.io. Each returns what it understood (counts and labels), so a test can
 * tell that the diagram is not only valid but the same diagram.
 */
import { spawnSync } from "node:child_process";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface MermaidParse {
  vertices: Map<string, string>;
  edges: { start: string; end: string; text: string; stroke: string }[];
  subgraphs: { id: string; title: string; nodes: string[] }[];
}

/** Parses flowchart source with Mermaid's own parser; throws on a syntax error (and past maxEdges arrows, Mermaid's default 500). */
export async function parseMermaid(text: string, maxEdges = 500): Promise<MermaidParse> {
  const { default: mermaid } = await import("mermaid");
  mermaid.initialize({ maxEdges });
  await mermaid.parse(text);
  const diagram = (await mermaid.mermaidAPI.getDiagramFromText(text)) as unknown as {
    db: { getVertices(): Map<string, { text: string }>; getEdges(): { start: string; end: string; text: string; stroke: string }[]; getSubGraphs(): { id: string; title: string; nodes: string[] }[] };
  };
  const vertices = new Map([...diagram.db.getVertices()].map(([id, v]) => [id, v.text]));
  return { vertices, edges: diagram.db.getEdges().map((e) => ({ start: e.start, end: e.end, text: e.text, stroke: e.stroke })), subgraphs: diagram.db.getSubGraphs().map((s) => ({ id: s.id, title: s.title, nodes: [...s.nodes] })) };
}

export interface D2Compiled {
  shapes: { id: string; label: string; type: string }[];
  connections: { src: string; dst: string; label: string }[];
}

let d2: Promise<{ compile(text: string): Promise<{ diagram: unknown }> }> | undefined;

/** Compiles D2 source with D2's WASM build; throws with D2's messages on an error. */
export async function compileD2(text: string): Promise<D2Compiled> {
  d2 ??= import("@terrastruct/d2").then(({ D2 }) => new D2() as unknown as { compile(text: string): Promise<{ diagram: unknown }> });
  const { diagram } = await (await d2).compile(text);
  const dg = diagram as { shapes: { id: string; label: string; type: string }[]; connections: { src: string; dst: string; label: string }[] };
  return { shapes: dg.shapes.map((s) => ({ id: s.id, label: s.label, type: s.type })), connections: dg.connections.map((c) => ({ src: c.src, dst: c.dst, label: c.label })) };
}

export interface LikeC4Parsed {
  errors: string[];
  elements: { id: string; title: string; kind: string }[];
  relationships: number;
  /** Nodes of the view `index`, as LikeC4 computes it. */
  viewNodes: number;
}

/** Parses a LikeC4 source with LikeC4's own language services. */
export async function parseLikec4(text: string): Promise<LikeC4Parsed> {
  const { LikeC4 } = await import("likec4");
  const l = await LikeC4.fromSource(text, { printErrors: false });
  const errors = l.getErrors().map((e) => `${e.line}: ${e.message}`);
  if (errors.length > 0) return { errors, elements: [], relationships: 0, viewNodes: 0 };
  const model = l.computedModel();
  const view = model.findView("index");
  return { errors, elements: [...model.elements()].map((e) => ({ id: e.id, title: e.title, kind: e.kind })), relationships: [...model.relationships()].length, viewNodes: view ? [...view.nodes()].length : 0 };
}

/**
 * C4-PlantUML's ContainerQueue arrived in C4-PlantUML 2.x; Debian's PlantUML
 * (1.2020.2) ships the older library, so the test run defines it there as
 * a ContainerDb. A current PlantUML has it and needs nothing.
 */
export const OLD_C4_SHIM = [
  "!define ContainerQueue(e_alias, e_label, e_techn) ContainerDb(e_alias, e_label, e_techn)",
  "!define ContainerQueue(e_alias, e_label, e_techn, e_descr) ContainerDb(e_alias, e_label, e_techn, e_descr)",
].join("\n");

/** `plantuml -syntax` on the source (with OLD_C4_SHIM after the C4 include): ok and the entity count it reports. */
export function checkPlantuml(plantuml: string, text: string): { ok: boolean; entities: number; output: string } {
  const source = text.replace("!include <C4/C4_Container>\n", `!include <C4/C4_Container>\n${OLD_C4_SHIM}\n`);
  const r = spawnSync(plantuml, ["-syntax"], { input: source, encoding: "utf8", timeout: 60_000, env: { ...process.env, JAVA_TOOL_OPTIONS: "-Djava.awt.headless=true" } });
  const output = `${r.stdout}${r.stderr}`;
  const entities = Number(/\((\d+) entities\)/.exec(r.stdout)?.[1] ?? -1);
  return { ok: r.status === 0 && !/^ERROR$/m.test(r.stdout), entities, output };
}

export interface DrawioCell {
  id: string;
  value?: string;
  parent?: string;
  source?: string;
  target?: string;
  vertex?: string;
  edge?: string;
  style?: string;
  tooltip?: string;
  geometry?: { x?: string; y?: string; width?: string; height?: string };
}

/** A draw.io file through a validating XML parser: its cells, attributes decoded. Throws on malformed XML. */
export function parseDrawio(text: string): { name: string; cells: DrawioCell[] } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "mxCell", processEntities: true, htmlEntities: true });
  const doc = parser.parse(text) as { mxfile: { diagram: { name: string; mxGraphModel: { root: { mxCell: (DrawioCell & { mxGeometry?: DrawioCell["geometry"] })[] } } } } };
  const cells = doc.mxfile.diagram.mxGraphModel.root.mxCell.map(({ mxGeometry, ...c }) => ({ ...c, geometry: mxGeometry }));
  return { name: doc.mxfile.diagram.name, cells };
}
