/**
 * `seams impact <file | -> <element-id> [--format text|json]`: what fails
 * and what degrades when one element (or a whole context) is down, per
 * gateway route and per element, with each route's availability.
 * Exit 2 on an invalid design, an unknown element or a bad command line.
 */
import { parseArgs } from "node:util";
import { assessImpact, indexElements, type Impact } from "../../core/index";
import { readDesign } from "../io";

const USAGE = "usage: seams impact <file | -> <element-id> [--format text|json]";

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    process.stderr.write(`seams impact: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, element, ...extra] = positionals;
  const why = !file ? "no design given" : !element ? "name the element that is down" : extra.length ? `unexpected ${extra[0]}` : values.format !== "text" && values.format !== "json" ? `--format must be text or json, not ${values.format}` : undefined;
  if (why) {
    process.stderr.write(`seams impact: ${why}\n${USAGE}\n`);
    return 2;
  }
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
