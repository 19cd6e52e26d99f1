/**
 * `seams check <file | ->... [--format text|json|sarif] [--fail-on error|warning|never] [--summary] [--evidence] [--lang en|zh-CN]`:
 * the analysis the app shows, for CI. Exit 0 when no finding reaches
 * `--fail-on` (default error), 1 when one does, 2 on an invalid design or a
 * bad command line. SARIF (for GitHub code scanning) takes several designs
 * into one log; text reports each in turn; JSON takes one. `--summary` prints
 * only the counts (by severity and by code); the per-service evidence, most of
 * the JSON on a large design, is in the JSON only with `--evidence`.
 */
import { relative, sep } from "node:path";
import { analyzeDesign, CRITERION_LABEL, DEFAULT_SHARE_BASE, formatSplitArithmetic, SEVERITIES, SPLIT_CRITERIA, type Analysis, type Design, type Finding, type Severity } from "../../core/index";
import { parseCommandLine, usageError, type CommandSpec } from "../command-line";
import { readDesignText } from "../io";
import { readRuleDoc } from "../read-rule-doc";
import { toSarif, type CheckedDesign } from "../sarif";
import { cliVersion } from "../version";
import { translateFor } from "../../i18n/catalog-source";
import { findingMessage } from "../../i18n/render-finding";
import type { Locale } from "../../i18n/locales";
import type { Translate } from "../../i18n/translate";
import { formatScore } from "../../core/analysis/format-score";

export const SPEC = {
  name: "check",
  args: "<file | ->...",
  positionals: [1, Infinity],
  options: {
    format: { type: "string", value: "text|json|sarif", choices: ["text", "json", "sarif"], default: "text" },
    "fail-on": { type: "string", value: "error|warning|never", choices: ["error", "warning", "never"], default: "error" },
    base: { type: "string", value: "<url>", default: DEFAULT_SHARE_BASE },
    summary: { type: "boolean" },
    evidence: { type: "boolean" },
  },
} as const satisfies CommandSpec;

const FAIL_AT: Record<string, readonly Severity[]> = { error: ["error"], warning: ["error", "warning"], never: [] };

/** A path as SARIF wants it: relative to the working folder (the repository root in CI), forward slashes. */
function artifactUri(source: string): string | undefined {
  if (source === "-") return undefined;
  return relative(process.cwd(), source).split(sep).join("/");
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandLine(SPEC, args);
  if ("exit" in parsed) return parsed.exit;
  const { format, "fail-on": failOn, base, summary, evidence } = parsed.values;
  const locale = parsed.locale;
  const t = translateFor(locale);
  if (format === "json" && parsed.positionals.length > 1) return usageError(SPEC, t("commandLine.check.error.jsonOne")).exit;
  if (evidence && (summary || format !== "json")) return usageError(SPEC, t("commandLine.check.error.evidence")).exit;
  if (summary && format === "sarif") return usageError(SPEC, t("commandLine.check.error.summarySarif")).exit;
  if (parsed.positionals.filter((p) => p === "-").length > 1) return usageError(SPEC, t("commandLine.check.error.stdinOnce")).exit;
  try {
    new URL(base);
  } catch {
    return usageError(SPEC, t("commandLine.check.error.base", { base })).exit;
  }

  const checked: (CheckedDesign & { design: Design })[] = [];
  const problems: { uri: string | undefined; message: string }[] = [];
  for (const source of parsed.positionals) {
    const found: string[] = [];
    const read = readDesignText(source, found);
    if (!read) {
      // SARIF still gets written, saying why, so a CI upload shows the broken design; other formats stop here.
      if (format !== "sarif") return 2;
      problems.push(...found.map((message) => ({ uri: artifactUri(source), message })));
      continue;
    }
    checked.push({ uri: artifactUri(source), text: read.text, design: read.design, analysis: analyzeDesign(read.design, { evidence: Boolean(evidence) }) });
  }

  if (format === "sarif") process.stdout.write(`${JSON.stringify(toSarif(checked, { version: cliVersion(), base, ruleDoc: readRuleDoc, problems, locale }), null, 2)}\n`);
  else if (format === "json") process.stdout.write(`${JSON.stringify(summary ? toSummaryJson(checked[0]!.analysis) : toJson(checked[0]!.analysis, { evidence }), null, 2)}\n`);
  else process.stdout.write(checked.map((c) => (summary ? formatSummary(c.design, c.analysis, locale) : formatReport(c.design, c.analysis, locale))).join("\n"));
  if (problems.length) return 2;
  const failing = FAIL_AT[failOn] ?? [];
  return checked.some((c) => c.analysis.findings.some((f) => failing.includes(f.severity))) ? 1 : 0;
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
export function formatSummary(design: Design, analysis: Analysis, locale: Locale = "en"): string {
  const t = translateFor(locale);
  const counts = countBySeverity(analysis.findings);
  const out = [t("cli.check.summary", { name: design.name, errors: counts.error, warnings: counts.warning, infos: counts.info })];
  for (const [code, c] of countByCode(analysis.findings)) {
    for (const severity of SEVERITIES) if (c[severity]) out.push(`  ${String(c[severity]).padStart(6)}  ${padCells(t(`commandLine.severity.${severity}`), 7)}  ${code}`);
  }
  if (analysis.advice) out.push(`${label(t, "cli.check.advice")}${analysis.advice.recommendation} (${label(t, "cli.check.decidedAt")}${analysis.advice.step})`);
  return out.join("\n") + "\n";
}

/** The readable report in the locale's words: findings by severity with counts, the score arithmetic, the advice. */
export function formatReport(design: Design, analysis: Analysis, locale: Locale = "en"): string {
  const t = translateFor(locale);
  const out: string[] = [];
  const counts = countBySeverity(analysis.findings);
  out.push(t("cli.check.summary", { name: design.name, errors: counts.error, warnings: counts.warning, infos: counts.info }));

  for (const severity of SEVERITIES) {
    const list = analysis.findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    out.push("", t(`cli.check.heading.${severity}`, { count: list.length }));
    for (const f of list) {
      out.push(`  ${t(`commandLine.severity.${severity}`)}  ${f.code}`, `    ${findingMessage(t, f, locale)}`);
      if (f.cycle) out.push(`    ${label(t, "cli.check.cycle")}${f.cycle.join(" -> ")}`);
      if (f.path) out.push(`    ${label(t, "cli.check.path")}${f.path.join(" -> ")}`);
      out.push(`    ${label(t, "cli.check.elements")}${f.elements.slice(0, 12).join(", ")}${f.elements.length > 12 ? `, ... (${f.elements.length})` : ""}`);
    }
  }

  const scored = Object.entries(analysis.scores);
  if (scored.length) {
    const width = Math.max(7, ...scored.map(([id]) => id.length));
    out.push("", t("cli.check.scores"), `  ${label(t, "cli.check.terms")}${SPLIT_CRITERIA.map((k) => CRITERION_LABEL[k]).join(", ")}`);
    out.push(`  ${t("cli.check.service").padEnd(width)}  ${t("cli.check.score")}  ${t("cli.check.verdict")}`);
    for (const [id, s] of scored) {
      out.push(`  ${id.padEnd(width)}  ${formatScore(s.score).padStart(5)}  ${s.verdict}: ${s.verdictText}`);
      out.push(`  ${"".padEnd(width)}         ${formatSplitArithmetic(s)}`);
    }
  }

  if (analysis.advice) {
    const a = analysis.advice;
    out.push("", t("cli.check.advice"), `  ${a.recommendation} (${label(t, "cli.check.decidedAt")}${a.step})`, `  ${a.reason}`);
  }
  return out.join("\n") + "\n";
}

/** Pads to a width in terminal cells: a CJK character takes two. */
function padCells(text: string, width: number): string {
  let cells = 0;
  for (const ch of text) cells += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return text + " ".repeat(Math.max(0, width - cells));
}

/** "cycle: " in English, "循环：" in Chinese: a label and the punctuation its language puts after it. */
function label(t: Translate, key: string): string {
  return t("commandLine.label", { label: t(key) });
}
