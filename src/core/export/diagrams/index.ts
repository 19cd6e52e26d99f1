/** The diagram targets ("diagrams as code"), in the order the export dialog and `seams export --list` show them. */
import type { ExportTarget } from "../types";
import { generateD2 } from "./generate-d2";
import { generateDrawio } from "./generate-drawio";
import { generateLikec4 } from "./generate-likec4";
import { generateMermaid } from "./generate-mermaid";
import { generatePlantumlC4 } from "./generate-plantuml-c4";
import { generateStructurizr } from "./generate-structurizr";

export const DIAGRAM_TARGETS: readonly ExportTarget[] = [
  { id: "mermaid", title: "Mermaid", scope: "diagram", summary: "A Mermaid flowchart for issues, READMEs and wikis: contexts as subgraphs, sync flows solid, async flows dotted with event names.", generate: generateMermaid },
  { id: "plantuml-c4", title: "PlantUML C4", scope: "diagram", summary: "A C4-PlantUML container diagram: System_Boundary per context, Container, ContainerDb, ContainerQueue, Rel.", generate: generatePlantumlC4 },
  { id: "structurizr", title: "Structurizr DSL", scope: "diagram", summary: "A Structurizr workspace: one software system, containers grouped by context, relationships, a container view with auto layout.", generate: generateStructurizr },
  { id: "likec4", title: "LikeC4", scope: "diagram", summary: "A LikeC4 model: element kinds, contexts holding their members, relationships, one auto-laid-out view.", generate: generateLikec4 },
  { id: "d2", title: "D2", scope: "diagram", summary: "D2 source: a container per context, cylinders, queues and hexagons, dashed async flows.", generate: generateD2 },
  { id: "drawio", title: "draw.io", scope: "diagram", summary: "A diagrams.net file laid out as on the canvas: contexts as containers, databases as cylinders, brokers as queues.", generate: generateDrawio },
];
