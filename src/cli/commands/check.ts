/**
 * `seams check <file | -> [--format text|json] [--summary] [--evidence]`: the
 * analysis the app shows, for CI. Exit 0 without error findings, 1 with, 2 on
 * an invalid design or a bad command line. `--summary` prints only the counts
 * (by severity and by code); the per-service evidence, most of the JSON on a
 * large design, is in the JSON only with `--evidence`.
 */
import { analyzeDesign, CRITERION_LABEL, formatSplitArithmetic, SEVERITIES, SPLIT_CRITERIA, type Analysis, type Design, type Finding, type Severity } from "../../core/index";
import { parseArgs, readDesign } from "../io";

const USAGE = "usage: seams check <file | -> [--format text|json] [--summary] [--evidence]";
const FLAGS = ["--summary", "--evidence"];
const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

export async function run(args: string[]): Promise<number> {
  const { positional, options } = parseArgs(args, ["--format"]);
  const format = options.get("--format") ?? "text";
  const unknown = [...options.keys()].filter((k) => k !== "--format" && !(FLAGS.includes(k) && options.get(k) === true));
  const summary = options.has("--summary");
  const evidence = options.has("--evidence");
  if (unknown.length || positional.length !== 1 || !FORMATS.includes(format as Format) || (evidence && (summary || format !== "json"))) {
    const why = unknown.length
      ? `unknown option ${unknown[0]}`
      : positional.length !== 1
        ? positional.length
          ? "give one design"
          : "no design given"
        : evidence
          ? "--evidence goes with --format json, without --summary"
          : `--format must be text or json, not ${String(format)}`;
    process.stderr.write(`seams check: ${why}\n${USAGE}\n`);
    return 2;
  }
  const design = readDesign(positional[0]);
  if (!design) return 2;
  const analysis = analyzeDesign(design);
  const json = () => JSON.stringify(summary ? toSummaryJson(analysis) : toJson(analysis, { evidence }), null, 2);
  process.stdout.write(format === "json" ? `${json()}\n` : summary ? formatSummary(design, analysis) : formatReport(design, analysis));
  return analysis.findings.some((f) => f.severity === "error") ? 1 : 0;
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The JSON the issue specifies, plus the counts, and the per-service evidence when asked for. */
export function toJson(analysis: Analysis, { evidence = false } = {}) {
  return {
    summary: countBySeverity(analysis.findings),
    findings: analysis.findings,
    scores: analysis.scores,
    ...(evidence ? { evidence: analysis.evidence } : {}),
    advice: analysis.advice ?? null,
  };
}

/** Findings counted by code, each code's counts by severity, in the listing order. */
function countByCode(findings: Finding[]): Map<string, Record<Severity, number>> {
  const byCode = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    let c = byCode.get(f.code);
    if (!c) byCode.set(f.code, (c = { error: 0, warning: 0, info: 0 }));
    c[f.severity]++;
  }
  return byCode;
}

/** `--summary --format json`: a size that does not grow with the design. */
export function toSummaryJson(analysis: Analysis) {
  return { summary: countBySeverity(analysis.findings), codes: Object.fromEntries(countByCode(analysis.findings)), advice: analysis.advice ?? null };
}

/** `--summary`: the counts line, then one line per finding code. */
export function formatSummary(design: Design, analysis: Analysis): string {
  const counts = countBySeverity(analysis.findings);
  const out = [`${design.name}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info", "info")}`];
  for (const [code, c] of countByCode(analysis.findings)) {
    for (const severity of SEVERITIES) if (c[severity]) out.push(`  ${String(c[severity]).padStart(6)}  ${severity.padEnd(7)}  ${code}`);
  }
  if (analysis.advice) out.push(`Project advice: ${analysis.advice.recommendation} (decided at: ${analysis.advice.step})`);
  return out.join("\n") + "\n";
}

const HEADING: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The readable report: findings by severity with counts, the score arithmetic, the advice. */
export function formatReport(design: Design, analysis: Analysis): string {
  const out: string[] = [];
  const counts = countBySeverity(analysis.findings);
  out.push(`${design.name}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info", "info")}`);

  for (const severity of SEVERITIES) {
    const list = analysis.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push("", `${HEADING[severity]} (${list.length})`);
    for (const f of list) {
      out.push(`  ${severity}  ${f.code}`, `    ${f.message}`);
      if (f.cycle) out.push(`    cycle: ${f.cycle.join(" -> ")}`);
      if (f.path) out.push(`    path: ${f.path.join(" -> ")}`);
      out.push(`    elements: ${f.elements.slice(0, 12).join(", ")}${f.elements.length > 12 ? `, ... (${f.elements.length})` : ""}`);
    }
  }

  const scored = Object.entries(analysis.scores);
  if (scored.length) {
    const width = Math.max(7, ...scored.map(([id]) => id.length));
    out.push("", "Split scores (the seed's weighted sum; ? = not set, counted as 5)", `  terms in order: ${SPLIT_CRITERIA.map((k) => CRITERION_LABEL[k]).join(", ")}`);
    out.push(`  ${"service".padEnd(width)}  score  verdict`);
    for (const [id, s] of scored) {
      out.push(`  ${id.padEnd(width)}  ${s.score.toFixed(2).padStart(5)}  ${s.verdict}: ${s.verdictText}`);
      out.push(`  ${"".padEnd(width)}         ${formatSplitArithmetic(s)}`);
    }
  }

  if (analysis.advice) {
    const a = analysis.advice;
    out.push("", "Project advice", `  ${a.recommendation} (decided at: ${a.step})`, `  ${a.reason}`);
  }
  return out.join("\n") + "\n";
}
