/**
 * `likec4`: a LikeC4 model (likec4.dev): a specification with an element kind
 * per design kind (databases drawn as storage, brokers as queues), the model
 * with contexts holding their members, relationships for flows (async ones
 * dotted, with the event name), and one view of everything with auto layout. Names are ids
 * mapped to LikeC4 names; text goes through quoteDsl.
 */
import type { Design } from "../../model/schema";
import { quoteDsl as q } from "../escape/diagram-text";
import type { ExportOutput } from "../types";
import { diagramIds, planDiagram, type DiagramNode } from "./plan-diagram";

/** LikeC4 keywords that cannot name an element. */
const RESERVED = ["specification", "model", "views", "view", "element", "relationship", "tag", "extend", "include", "exclude", "this", "it", "style", "title", "description", "technology", "link", "metadata", "global", "dynamic", "deployment", "context", "service", "database", "broker", "gateway", "group"];

function element(n: DiagramNode, id: string, indent: string): string[] {
  const body = [...(n.technology ? [`technology ${q(n.technology)}`] : n.kind === "gateway" ? [`technology "API gateway"`] : []), ...(n.description ? [`description ${q(n.description, 300)}`] : [])];
  if (body.length === 0) return [`${indent}${id} = ${n.kind} ${q(n.name)}`];
  return [`${indent}${id} = ${n.kind} ${q(n.name)} {`, ...body.map((b) => `${indent}  ${b}`), `${indent}}`];
}

/**
 * The design as a LikeC4 source file.
 * @example generateLikec4(mallGo).content.includes("events = broker")
 */
export function generateLikec4(design: Design): ExportOutput {
  const plan = planDiagram(design);
  const ids = diagramIds([...plan.contexts.map((c) => c.id), ...plan.nodes.map((n) => n.id)], RESERVED, "e_");
  const fqn = new Map(plan.nodes.map((n) => [n.id, n.context ? `${ids.get(n.context)!}.${ids.get(n.id)!}` : ids.get(n.id)!]));
  const out = [
    "specification {",
    "  element context {",
    "    style {",
    "      opacity 10%",
    "    }",
    "  }",
    "  element service",
    "  element gateway {",
    "    style {",
    "      color sky",
    "    }",
    "  }",
    "  element database {",
    "    style {",
    "      shape storage",
    "      color green",
    "    }",
    "  }",
    "  element broker {",
    "    style {",
    "      shape queue",
    "      color amber",
    "    }",
    "  }",
    "}",
    "",
    "model {",
  ];
  for (const c of plan.contexts) {
    out.push(`  ${ids.get(c.id)!} = context ${q(c.name)} {`);
    if (c.description) out.push(`    description ${q(c.description, 300)}`);
    for (const n of c.members) out.push(...element(n, ids.get(n.id)!, "    "));
    out.push("  }");
  }
  for (const n of plan.loose) out.push(...element(n, ids.get(n.id)!, "  "));
  out.push("");
  for (const f of plan.flows) {
    const title = f.label ? ` ${q(f.label, 100)}` : "";
    if (f.kind === "async") out.push(`  ${fqn.get(f.from)!} -> ${fqn.get(f.to)!}${title} {`, `    technology ${q(f.protocol)}`, "    style {", "      line dotted", "    }", "  }");
    else out.push(`  ${fqn.get(f.from)!} -> ${fqn.get(f.to)!}${title} {`, `    technology ${q(f.protocol)}`, "  }");
  }
  // `include *` shows the top level only; each context's members are included so contexts open up as containers.
  const members = plan.contexts.filter((c) => c.members.length > 0).map((c) => `    include ${ids.get(c.id)!}.*`);
  out.push("}", "", "views {", "  view index {", `    title ${q(plan.name)}`, "    include *", ...members, "    autoLayout LeftRight", "  }", "}");
  return { fileName: "architecture.c4", mediaType: "text/x-likec4", content: out.join("\n") + "\n", caveats: [] };
}
