/**
 * `seams check <file | ->... [--format text|json|sarif] [--fail-on error|warning|never] [--lang en|zh-CN]`:
 * the analysis the app shows, for CI. Exit 0 when no finding reaches
 * `--fail-on` (default error), 1 when one does, 2 on an invalid design or a
 * bad command line. SARIF (for GitHub code scanning) takes several designs
 * into one log; text reports each in turn; JSON takes one.
 */
import { relative, sep } from "node:path";
import { analyzeDesign, CRITERION_LABEL, DEFAULT_SHARE_BASE, formatSplitArithmetic, SEVERITIES, SPLIT_CRITERIA, type Analysis, type Design, type Finding, type Severity } from "../../core/index";
import { parseCommandLine, usageError, type CommandSpec } from "../command-line";
import { readDesignText } from "../io";
import { readRuleDoc } from "../read-rule-doc";
import { toSarif, type CheckedDesign } from "../sarif";
import { cliVersion } from "../version";
import { cliLocale, LANG_OPTION } from "../cli-locale";
import { translateFor } from "../../i18n/catalog-source";
import { findingMessage } from "../../i18n/render-finding";
import type { Locale } from "../../i18n/locales";

export const SPEC = {
  name: "check",
  args: "<file | ->...",
  summary: "Analyse designs the way the app does: cycles, over-splitting, shared databases, deep chains, loose ends, split scores.",
  positionals: [1, Infinity],
  options: {
    format: { type: "string", value: "text|json|sarif", choices: ["text", "json", "sarif"], default: "text", help: "the report: readable text, the JSON the app's analysis gives (one design), or SARIF 2.1.0 for code scanning" },
    "fail-on": { type: "string", value: "error|warning|never", choices: ["error", "warning", "never"], default: "error", help: "exit 1 when a finding is at least this severe" },
    lang: LANG_OPTION,
    base: { type: "string", value: "<url>", default: DEFAULT_SHARE_BASE, help: "the address the app is served from; SARIF links each rule's page under it (rules/<code>.html)" },
  },
  details: ["exit status: 0 no finding reaches --fail-on, 1 one does, 2 an invalid design or a bad command line", "rules: docs/rules/<code>.md, one page per finding code"],
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
  const { format, "fail-on": failOn, base, lang } = parsed.values;
  const locale = cliLocale(lang);
  if (format === "json" && parsed.positionals.length > 1) return usageError(SPEC, "--format json takes one design").exit;
  if (parsed.positionals.filter((p) => p === "-").length > 1) return usageError(SPEC, "standard input (-) can be read once").exit;
  try {
    new URL(base);
  } catch {
    return usageError(SPEC, `--base must be an absolute URL, not "${base}"`).exit;
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
    checked.push({ uri: artifactUri(source), text: read.text, design: read.design, analysis: analyzeDesign(read.design) });
  }

  if (format === "sarif") process.stdout.write(`${JSON.stringify(toSarif(checked, { version: cliVersion(), base, ruleDoc: readRuleDoc, problems }), null, 2)}\n`);
  else if (format === "json") process.stdout.write(`${JSON.stringify(toJson(checked[0]!.analysis), null, 2)}\n`);
  else process.stdout.write(checked.map((c) => formatReport(c.design, c.analysis, locale)).join("\n"));
  if (problems.length) return 2;
  const failing = FAIL_AT[failOn] ?? [];
  return checked.some((c) => c.analysis.findings.some((f) => failing.includes(f.severity))) ? 1 : 0;
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The JSON the issue specifies, plus the counts and the per-service evidence. */
export function toJson(analysis: Analysis) {
  return {
    summary: countBySeverity(analysis.findings),
    findings: analysis.findings,
    scores: analysis.scores,
    evidence: analysis.evidence,
    advice: analysis.advice ?? null,
  };
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
      out.push(`  ${severity}  ${f.code}`, `    ${findingMessage(t, f, locale)}`);
      if (f.cycle) out.push(`    ${t("cli.check.cycle")}: ${f.cycle.join(" -> ")}`);
      if (f.path) out.push(`    ${t("cli.check.path")}: ${f.path.join(" -> ")}`);
      out.push(`    ${t("cli.check.elements")}: ${f.elements.slice(0, 12).join(", ")}${f.elements.length > 12 ? `, ... (${f.elements.length})` : ""}`);
    }
  }

  const scored = Object.entries(analysis.scores);
  if (scored.length) {
    const width = Math.max(7, ...scored.map(([id]) => id.length));
    out.push("", t("cli.check.scores"), `  ${t("cli.check.terms")}: ${SPLIT_CRITERIA.map((k) => CRITERION_LABEL[k]).join(", ")}`);
    out.push(`  ${t("cli.check.service").padEnd(width)}  ${t("cli.check.score")}  ${t("cli.check.verdict")}`);
    for (const [id, s] of scored) {
      out.push(`  ${id.padEnd(width)}  ${s.score.toFixed(2).padStart(5)}  ${s.verdict}: ${s.verdictText}`);
      out.push(`  ${"".padEnd(width)}         ${formatSplitArithmetic(s)}`);
    }
  }

  if (analysis.advice) {
    const a = analysis.advice;
    out.push("", t("cli.check.advice"), `  ${a.recommendation} (${t("cli.check.decidedAt")}: ${a.step})`, `  ${a.reason}`);
  }
  return out.join("\n") + "\n";
}
