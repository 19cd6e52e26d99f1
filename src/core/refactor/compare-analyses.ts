import { FINDING_TEXT } from "../analysis/finding-messages";
import type { Analysis, Severity } from "../analysis/types";
import { FINDING_CODES } from "../analysis/types";

export type SeverityCounts = Record<Severity, number>;

export interface AnalysisDelta {
  before: SeverityCounts;
  after: SeverityCounts;
  /** Finding codes whose count changes, in code order, with a short title. */
  findings: { code: string; title: string; before: number; after: number }[];
  /** Services whose split score changes, appears or goes. */
  scores: { service: string; before?: number; after?: number }[];
}

export function countSeverities(analysis: Analysis): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  return counts;
}

/**
 * What a change does to the analysis: counts by severity, findings by code,
 * split scores by service, before -> after. For the Fix… preview's table.
 * @example compareAnalyses(analyzeDesign(a), analyzeDesign(b)).before.error
 */
export function compareAnalyses(before: Analysis, after: Analysis): AnalysisDelta {
  const byCode = (a: Analysis) => {
    const m = new Map<string, number>();
    for (const f of a.findings) m.set(f.code, (m.get(f.code) ?? 0) + 1);
    return m;
  };
  const b = byCode(before);
  const a = byCode(after);
  const findings = FINDING_CODES.filter((c) => (b.get(c) ?? 0) !== (a.get(c) ?? 0)).map((code) => ({ code, title: FINDING_TEXT[code].title, before: b.get(code) ?? 0, after: a.get(code) ?? 0 }));
  const services = [...new Set([...Object.keys(before.scores), ...Object.keys(after.scores)])];
  const scores = services
    .filter((s) => before.scores[s]?.score !== after.scores[s]?.score)
    .map((service) => ({ service, ...(before.scores[service] ? { before: before.scores[service].score } : {}), ...(after.scores[service] ? { after: after.scores[service].score } : {}) }));
  return { before: countSeverities(before), after: countSeverities(after), findings, scores };
}
