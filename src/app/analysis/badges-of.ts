/** The badges a node shows, from the findings: one per kind of problem, the worst severity winning. */
import type { Analysis, Finding } from "../../core/analysis/types";
import type { Badge } from "./analysis-view";

/** The findings that badge a node; each badge's label is `canvasUi.badge.<code>` in the catalogs. */
const BADGED = new Set<Finding["code"]>(["circular-dependency", "over-splitting", "shared-database", "deep-sync-chain", "cross-context-data-access", "orphan-service"]);
const RANK = { error: 0, warning: 1, info: 2 } as const;

export function badgesOf(analysis: Analysis): Map<string, Badge[]> {
  const out = new Map<string, Badge[]>();
  for (const f of analysis.findings) {
    if (!BADGED.has(f.code)) continue;
    // Over-splitting and deep chains name many elements; badge the services they are about.
    for (const id of f.elements) {
      const list = out.get(id) ?? [];
      const existing = list.find((b) => b.code === f.code);
      if (existing) {
        if (RANK[f.severity] < RANK[existing.severity]) existing.severity = f.severity;
        continue;
      }
      list.push({ code: f.code, severity: f.severity, finding: f });
      out.set(id, list);
    }
  }
  return out;
}

export function scoresOf(analysis: Analysis): Map<string, number> {
  return new Map(Object.entries(analysis.scores).map(([id, s]) => [id, s.score]));
}
