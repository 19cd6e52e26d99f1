/**
 * `plantuml-c4`: a C4 container diagram in PlantUML with the C4-PlantUML
 * standard library (`!include <C4/C4_Container>`, shipped inside PlantUML):
 * a System_Boundary per context, Container for services and gateways,
 * ContainerDb for databases, ContainerQueue for brokers, Rel for flows with
 * the protocol as technology. Aliases are ids mapped to PlantUML names; every
 * text argument is quoted by quotePlantuml, so no name reaches the preprocessor.
 */
import type { Design } from "../../model/schema";
import { quotePlantuml } from "../escape/diagram-text";
import type { ExportOutput } from "../types";
import { diagramIds, planDiagram, type DiagramNode } from "./plan-diagram";

const MACRO: Record<DiagramNode["kind"], string> = { service: "Container", gateway: "Container", database: "ContainerDb", broker: "ContainerQueue" };

function element(n: DiagramNode, alias: string): string {
  const technology = n.kind === "gateway" ? "API gateway" : (n.technology ?? "");
  const args = [alias, quotePlantuml(n.name), quotePlantuml(technology), ...(n.description ? [quotePlantuml(n.description, 300)] : [])];
  return `${MACRO[n.kind]}(${args.join(", ")})`;
}

/**
 * The design as a C4-PlantUML container diagram.
 * @example generatePlantumlC4(mallGo).content.includes("ContainerQueue(events")
 */
export function generatePlantumlC4(design: Design): ExportOutput {
  const plan = planDiagram(design);
  const ids = diagramIds([...plan.contexts.map((c) => c.id), ...plan.nodes.map((n) => n.id)], []);
  const out = ["@startuml", "!include <C4/C4_Container>", "", `title ${quotePlantuml(plan.name).slice(1, -1)}`, ""];
  for (const c of plan.contexts) {
    out.push(`System_Boundary(${ids.get(c.id)!}, ${quotePlantuml(c.name)}) {`);
    for (const n of c.members) out.push(`  ${element(n, ids.get(n.id)!)}`);
    out.push("}");
  }
  for (const n of plan.loose) out.push(element(n, ids.get(n.id)!));
  out.push("");
  for (const f of plan.flows) {
    const technology = f.kind === "async" ? `async ${f.protocol}` : f.protocol;
    out.push(`Rel(${ids.get(f.from)!}, ${ids.get(f.to)!}, ${quotePlantuml(f.label || (f.kind === "async" ? "publishes" : "calls"), 100)}, ${quotePlantuml(technology)})`);
  }
  out.push("@enduml");
  return { fileName: "architecture.c4.puml", mediaType: "text/x-plantuml", content: out.join("\n") + "\n", caveats: [] };
}
