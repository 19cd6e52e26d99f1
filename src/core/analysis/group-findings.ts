import type { Finding, Severity } from "./types";
import { SEVERITIES } from "./types";

export interface ElementFindings {
  /** The most pressing severity among the element's findings. */
  severity: Severity;
  /** Distinct codes, in the findings' order (most pressing first). */
  codes: Finding["code"][];
  findings: Finding[];
}

/**
 * Findings per element id, for canvas badges: each element's findings in
 * list order, its distinct codes and its worst severity. Flows are keyed too
 * (by flow id), so an edge on a cycle or chain can be marked.
 * @example groupFindings(analyzeDesign(design).findings).get("order-db")?.codes // ["shared-database"]
 */
export function groupFindings(findings: readonly Finding[]): Map<string, ElementFindings> {
  const badges = new Map<string, ElementFindings>();
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  for (const f of findings) {
    for (const id of new Set([...f.elements, ...(f.flows ?? [])])) {
      let b = badges.get(id);
      if (!b) badges.set(id, (b = { severity: f.severity, codes: [], findings: [] }));
      if (rank(f.severity) < rank(b.severity)) b.severity = f.severity;
      if (!b.codes.includes(f.code)) b.codes.push(f.code);
      b.findings.push(f);
    }
  }
  return badges;
}
