import { makeFinding } from "./finding-messages";
import type { Facts, Link } from "./gather-facts";
import { judgeContext, type ContextScratch } from "./judge-context";
import type { Finding, SplitScore } from "./types";
import { splitReasonText, type SplitReason } from "./split-reasons";

export { LOW_SPLIT_SCORE } from "./judge-context";
/** People it takes to build, run and be on call for one service; more services than teamSize / this is over-split. */
export const PEOPLE_PER_SERVICE = 2;

/**
 * `over-splitting` (warning), the mall-go guide's first pitfall: one service per table.
 * One finding per bounded context (services without a context form one group)
 * listing each heuristic that fired for it:
 * - a split score below 4 (only services with `split` criteria are scored);
 * - a family of two or more services whose names share a stem (`user-`,
 *   `user-profile-`) and that call each other synchronously;
 * - two services that call each other both ways (within one context: across
 *   contexts that is a boundary problem, reported as a circular dependency);
 * - a service whose only data is one table (in databases no one else uses)
 *   and that calls a sibling synchronously to do its work.
 * Plus one finding for the whole design when there are more services than
 * the team can carry: more than one per two people (`project.teamSize`).
 * Tuned on the templates: all four rules fire on over-split, none on mall-go.
 * `only` limits the judging to those contexts (context ids, "" for the
 * services without one, which also stands for the whole-design finding):
 * an edit in the app re-judges the contexts it touches.
 * @example findOverSplitting(facts, scores, databaseUsers(facts))
 */
export function findOverSplitting(facts: Facts, scores: Record<string, SplitScore>, users: ReadonlyMap<string, { services: number[] }>, only?: ReadonlySet<string>): Finding[] {
  const { services } = facts;
  const n = services.length;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = services[i]!.context ?? "";
    if (only && !only.has(key)) continue;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }

  // Calls inside one context, by context; numeric pair keys keep the set cheap on big designs.
  const callsIn = new Map<string, Link[]>();
  const pairs = new Set<number>();
  const callsSibling = new Uint8Array(n);
  for (const c of facts.calls) {
    const key = services[c.from]!.context ?? "";
    if (only && !only.has(key)) continue; // a call both ways inside a context starts in it both ways
    pairs.add(c.from * n + c.to);
    if (key !== (services[c.to]!.context ?? "")) continue;
    callsSibling[c.from] = 1;
    const list = callsIn.get(key);
    if (list) list.push(c);
    else callsIn.set(key, [c]);
  }

  // Tables a service holds alone; -1 when it shares data or a database lists no tables.
  const tables = new Int32Array(n);
  const tableCount = new Map<string, number>();
  for (const d of facts.design.databases ?? []) tableCount.set(d.id, d.tables?.length ?? -1);
  for (const a of facts.dataAccess) {
    if (only && !only.has(services[a.from]!.context ?? "")) continue;
    const alone = (users.get(a.flow.to)?.services.length ?? 0) === 1;
    const count = tableCount.get(a.flow.to) ?? -1;
    tables[a.from] = alone && count >= 0 && tables[a.from]! >= 0 ? tables[a.from]! + count : -1;
  }

  const score = new Float64Array(n).fill(Infinity);
  for (const members of groups.values()) for (const i of members) score[i] = scores[services[i]!.id]?.score ?? Infinity;

  const shared: ContextScratch = { facts, score, pairs, callsSibling, tables, flagged: new Int32Array(n), linked: new Int32Array(n), stamp: 0 };
  const findings: Finding[] = [];
  for (const [key, members] of groups) {
    const finding = judgeContext(shared, key, members, callsIn.get(key) ?? []);
    if (finding) findings.push(finding);
  }

  const team = facts.design.project?.teamSize;
  if (team !== undefined && n >= 2 && (!only || only.has(""))) {
    const capacity = Math.max(1, Math.floor(team / PEOPLE_PER_SERVICE));
    if (n > capacity) {
      const reason: SplitReason = { code: "team", services: n, team, capacity, perService: PEOPLE_PER_SERVICE };
      findings.push(
        makeFinding("over-splitting", "warning", { scope: "the design", services: services.map((s) => s.name), reasons: [reason], wholeDesign: true }, { elements: services.map((s) => s.id), reasons: [splitReasonText(reason)] }),
      );
    }
  }
  return findings;
}
