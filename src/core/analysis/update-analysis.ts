import type { Design } from "../model/schema";
import { assignKeys, compareFindings } from "./analyze-design";
import { findOverSplitting } from "./find-over-splitting";
import { databaseUsers } from "./find-shared-databases";
import { gatherFacts } from "./gather-facts";
import { scoreSplit } from "./score-split";
import type { Analysis, SplitScore } from "./types";

/**
 * Fields no rule reads, per element list: an edit to them cannot change the
 * analysis. A rule that starts reading one must take it out of here (the
 * property test in `update-analysis.test.ts` compares against a full run).
 */
const INERT: Record<ElementList, ReadonlySet<string>> = {
  contexts: new Set(["description"]),
  services: new Set(["description", "technology", "port", "instances", "endpoints", "healthCheck", "tags", "version"]),
  databases: new Set(["description", "engine"]),
  brokers: new Set(["description", "engine"]),
  gateways: new Set(["description", "port", "rateLimit", "auth", "loadBalancing", "cors"]),
};
type ElementList = "contexts" | "services" | "databases" | "brokers" | "gateways";
const LISTS: readonly ElementList[] = ["contexts", "services", "databases", "brokers", "gateways"];
/** Top-level fields of a design that no rule reads. */
const INERT_TOP = new Set(["name", "description", "layout", ...LISTS]);
/** Past this many changed elements a full run is as cheap as sorting out what changed. */
const MAX_CHANGED = 16;

/**
 * The analysis of `after`, derived from `analysis` (the analysis of `before`)
 * when the edit between them can only reach a small part of it; undefined
 * when it needs a full `analyzeDesign(after)`. Same result as the full run,
 * in a fraction of the time on a large design, so the app can show it at once:
 * - edits to fields no rule reads (descriptions, technology, instances,
 *   endpoints, health checks, layout, ...): the same analysis, in O(changed
 *   elements) after one identity pass over the lists;
 * - a service's split sliders: that score again, and the over-splitting
 *   rule (the only rule that reads scores) again.
 * Anything else (flows, ids, names, contexts, teams, tables, the project)
 * reaches across the design and takes the full run.
 * @example updateAnalysis(before, updateElement(before, "svc-1", { description: "x" }), analysis) === analysis
 */
export function updateAnalysis(before: Design, after: Design, analysis: Analysis): Analysis | undefined {
  if (before === after) return analysis;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!INERT_TOP.has(key) && (before as Record<string, unknown>)[key] !== (after as Record<string, unknown>)[key]) return undefined;
  }
  const rescore: string[] = [];
  let changed = 0;
  for (const list of LISTS) {
    const a = (before[list] ?? []) as readonly Record<string, unknown>[];
    const b = (after[list] ?? []) as readonly Record<string, unknown>[];
    if (a === b) continue;
    if (a.length !== b.length) return undefined;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x === y) continue;
      if (++changed > MAX_CHANGED) return undefined;
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (x[key] === y[key] || INERT[list].has(key)) continue;
        if (list === "services" && key === "split") rescore.push(y.id as string);
        else return undefined;
      }
    }
  }
  if (rescore.length === 0) return analysis;

  const services = after.services ?? [];
  const again = new Set(rescore);
  let scores: Record<string, SplitScore> = { ...analysis.scores };
  if (rescore.some((id) => !(id in scores))) {
    // A service scored for the first time: rebuild in design order, as the full run does.
    scores = {};
    for (const s of services) if (s.split) scores[s.id] = again.has(s.id) ? scoreSplit(s.split) : analysis.scores[s.id]!;
  } else {
    for (const s of services) {
      if (!again.has(s.id)) continue;
      if (s.split) scores[s.id] = scoreSplit(s.split);
      else delete scores[s.id];
    }
  }
  // Scores feed one rule; rerun that rule on the whole design (linear, a few ms on 10,000 services) rather than guess which contexts it reaches.
  const facts = gatherFacts(after);
  const findings = [...analysis.findings.filter((f) => f.code !== "over-splitting"), ...findOverSplitting(facts, scores, databaseUsers(facts))].map((f) => ({ ...f })).sort(compareFindings);
  assignKeys(findings);
  return { ...analysis, findings, scores };
}
