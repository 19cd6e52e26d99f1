/**
 * `seams impact <file | -> <element-id> [--format text|json]`: what fails
 * and what degrades when one element (or a whole context) is down, per
 * gateway route and per element, with each route's availability.
 * Exit 2 on an invalid design, an unknown element or a bad command line.
 */
import { assessImpact, indexElements, type Impact } from "../../core/index";
import type { Translate } from "../../i18n/translate";
import { parseCommandLine, type CommandSpec } from "../command-line";
import { readDesign } from "../io";
import { cliT } from "../cli-locale";

export const SPEC = {
  name: "impact",
  args: "<file | -> <element-id>",
  positionals: [2, 2],
  options: {
    format: { type: "string", value: "text|json", choices: ["text", "json"], default: "text" },
  },
} as const satisfies CommandSpec;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const values = parsed.values;
  const [file, element] = parsed.positionals;
  const design = readDesign(file);
  if (!design) return 2;
  if (!indexElements(design).has(element!)) {
    process.stderr.write(`seams impact: ${cliT()("commandLine.impact.noElement", { element: element!, design: design.name })}\n`);
    return 2;
  }
  const impact = assessImpact(design, element!);
  process.stdout.write(values.format === "json" ? `${JSON.stringify(impact, null, 2)}\n` : formatImpact(impact));
  return 0;
}

/** Routes worst first, then the elements that are not ok. */
export function formatImpact(impact: Impact, t: Translate = cliT()): string {
  const rank = { fails: 0, degraded: 1, ok: 2 } as const;
  const routes = [...impact.routes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const outcome = (o: keyof typeof rank) => t(`commandLine.impact.outcome.${o}`);
  const width = Math.max(...Object.keys(rank).map((o) => outcome(o as keyof typeof rank).length)) + 1;
  const via = (v: string | undefined) => (v ? `  ${t("commandLine.impact.via", { via: v })}` : "");
  const out = [t("commandLine.impact.title", { element: impact.down }), "", t("commandLine.impact.routes")];
  for (const r of routes)
    out.push(`  ${outcome(r.outcome).padEnd(width)}  ${r.flow}  ${r.path.join(" -> ")}${via(r.via)}  ${t("commandLine.impact.availability", { percent: String(Number((r.availability * 100).toFixed(3))) })}`);
  if (!routes.length) out.push(`  ${t("commandLine.impact.noRoutes")}`);
  const hit = impact.elements.filter((e) => e.outcome !== "ok");
  out.push("", t("commandLine.impact.elements"));
  for (const e of hit) out.push(`  ${outcome(e.outcome).padEnd(width)}  ${e.id}${via(e.via)}`);
  out.push(`  ${t("commandLine.impact.othersOk", { count: impact.elements.length - hit.length })}`);
  return out.join("\n") + "\n";
}
