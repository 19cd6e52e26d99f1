/**
 * `seams impact <file | -> <element-id> [--format text|json]`: what fails
 * and what degrades when one element (or a whole context) is down, per
 * gateway route and per element, with each route's availability.
 * Exit 2 on an invalid design, an unknown element or a bad command line.
 */
import { assessImpact, indexElements, type Impact } from "../../core/index";
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readDesign } from "../io";

export const SPEC = {
  name: "impact",
  args: "<file | -> <element-id>",
  summary: "What fails and what degrades while one element (or every element of a context) is down: each gateway route and each element, with the routes' availability.",
  positionals: [2, 2],
  options: {
    format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text", help: "how to print it" },
  },
  details: ["outcomes: fails (a sync path without a circuit breaker), degraded (only through a breaker, or work behind an async hop waits), ok", "exit status: 0 printed, 2 an invalid design, an unknown element or a bad command line"],
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const values = parsed.values;
  const [file, element] = parsed.positionals;
  const design = readDesign(file);
  if (!design) return 2;
  if (!indexElements(design).has(element!)) {
    process.stderr.write(`seams impact: no element "${element}" in ${design.name}\n`);
    return 2;
  }
  const impact = assessImpact(design, element!);
  process.stdout.write(values.format === "json" ? `${JSON.stringify(impact, null, 2)}\n` : formatImpact(impact));
  return 0;
}

/** Routes worst first, then the elements that are not ok. */
export function formatImpact(impact: Impact): string {
  const rank = { fails: 0, degraded: 1, ok: 2 } as const;
  const routes = [...impact.routes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const out = [`If ${impact.down} is down:`, "", "Routes"];
  for (const r of routes)
    out.push(`  ${r.outcome.padEnd(8)}  ${r.flow}  ${r.path.join(" -> ")}${r.via ? `  (via ${r.via})` : ""}  availability ${Number((r.availability * 100).toFixed(3))}%`);
  if (!routes.length) out.push("  (no gateway routes)");
  const hit = impact.elements.filter((e) => e.outcome !== "ok");
  out.push("", "Elements");
  for (const e of hit) out.push(`  ${e.outcome.padEnd(8)}  ${e.id}${e.via ? `  (via ${e.via})` : ""}`);
  out.push(`  ${impact.elements.length - hit.length} other elements ok`);
  return out.join("\n") + "\n";
}
