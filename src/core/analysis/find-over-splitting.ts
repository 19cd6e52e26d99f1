import { listNames, makeFinding } from "./finding-messages";
import { nameOf, type Facts } from "./gather-facts";
import { stemOf } from "./name-stem";
import type { Finding, SplitScore } from "./types";

/** Below this split score the seed says "keep it in the monolith". */
export const LOW_SPLIT_SCORE = 4;
/** People it takes to build, run and be on call for one service; more services than teamSize / this is over-split. */
export const PEOPLE_PER_SERVICE = 2;

/**
 * `over-splitting` (warning), the seed's first pitfall: one service per table.
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
 * @example findOverSplitting(facts, scores, databaseUsers(facts))
 */
export function findOverSplitting(facts: Facts, scores: Record<string, SplitScore>, users: ReadonlyMap<string, { services: number[] }>): Finding[] {
  const { services } = facts;
  const name = (i: number) => nameOf(facts, services[i]!.id);
  const groups = new Map<string, number[]>();
  services.forEach((s, i) => {
    const key = s.context ?? "";
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  });

  const callsIn = new Map<string, { from: number; to: number; id: string }[]>();
  const pairs = new Set<string>();
  for (const c of facts.calls) {
    pairs.add(`${c.from} ${c.to}`);
    const key = services[c.from]!.context ?? "";
    if (key === (services[c.to]!.context ?? "")) (callsIn.get(key) ?? callsIn.set(key, []).get(key)!).push({ from: c.from, to: c.to, id: c.flow.id });
  }

  // Tables a service holds alone; undefined when it shares data or a database lists no tables.
  const tables = new Map<number, number | undefined>();
  const tableCount = new Map((facts.design.databases ?? []).map((d) => [d.id, d.tables?.length]));
  for (const a of facts.dataAccess) {
    const alone = (users.get(a.flow.to)?.services.length ?? 0) === 1;
    const count = tableCount.get(a.flow.to);
    const prior = tables.has(a.from) ? tables.get(a.from) : 0;
    tables.set(a.from, alone && count !== undefined && prior !== undefined ? prior + count : undefined);
  }

  const findings: Finding[] = [];
  for (const [key, members] of groups) {
    const inside = callsIn.get(key) ?? [];
    const reasons: string[] = [];
    const flagged = new Set<number>();
    // "All 4" reads better than naming the same four services in every reason.
    const who = (list: number[]) => (list.length === members.length && list.length > 1 ? (list.length === 2 ? "Both" : `All ${list.length}`) : listNames(list.map(name)));
    const flag = (list: number[], reason: string) => {
      if (list.length === 0) return;
      for (const i of list) flagged.add(i);
      reasons.push(reason);
    };

    const low = members.filter((i) => (scores[services[i]!.id]?.score ?? Infinity) < LOW_SPLIT_SCORE);
    const figures = low.map((i) => scores[services[i]!.id]!.score.toFixed(2));
    flag(low, `${who(low)} ${low.length === 1 ? "scores" : "score"} below ${LOW_SPLIT_SCORE} on the split criteria (${new Set(figures).size === 1 && figures.length > 1 ? `${figures[0]} each` : listNames(figures)}), where the seed says "keep it in the monolith".`);

    const families = new Map<string, Set<number>>();
    for (const i of members) {
      const stem = stemOf(services[i]!.name);
      if (stem !== undefined) (families.get(stem) ?? families.set(stem, new Set()).get(stem)!).add(i);
    }
    for (const [stem, family] of families) {
      if (family.size < 2) continue;
      const linked = new Set<number>();
      for (const c of inside) if (family.has(c.from) && family.has(c.to)) linked.add(c.from).add(c.to);
      const list = [...linked].sort((a, b) => a - b);
      if (list.length >= 2) flag(list, `${who(list)} share the name stem "${stem}" and call each other synchronously.`);
    }

    const mutual = inside.filter((c) => c.from < c.to && pairs.has(`${c.to} ${c.from}`));
    const pairNames = [...new Set(mutual.map((c) => `${name(c.from)} and ${name(c.to)}`))];
    flag([...new Set(mutual.flatMap((c) => [c.from, c.to]))], `${listNames(pairNames)} call each other both ways.`);

    const needy = members.filter((i) => tables.get(i) === 1 && inside.some((c) => c.from === i));
    flag(needy, `${who(needy)} ${needy.length === 1 ? "owns" : "each own"} a single table and cannot do ${needy.length === 1 ? "its" : "their"} work without calling a sibling.`);

    if (reasons.length === 0) continue;
    const elements = [...flagged].sort((a, b) => a - b);
    const flows = inside.filter((c) => flagged.has(c.from) && flagged.has(c.to)).map((c) => c.id);
    const scope = key === "" ? "the services without a context" : nameOf(facts, key);
    findings.push(
      makeFinding(
        "over-splitting",
        "warning",
        { scope, services: elements.map(name), reasons, wholeDesign: false },
        { elements: elements.map((i) => services[i]!.id), reasons, ...(flows.length ? { flows } : {}), ...(key ? { contexts: [key] } : {}) },
      ),
    );
  }

  const team = facts.design.project?.teamSize;
  if (team !== undefined && services.length >= 2) {
    const capacity = Math.max(1, Math.floor(team / PEOPLE_PER_SERVICE));
    if (services.length > capacity) {
      const seed = team < 10 ? " The seed advises a team under 10 people to stay with a monolith." : "";
      const reason = `${services.length} services for a team of ${team}: at about ${PEOPLE_PER_SERVICE} people per service to build, run and be on call for it, ${team} ${team === 1 ? "person carries" : "people carry"} ${capacity}.${seed}`;
      findings.push(
        makeFinding("over-splitting", "warning", { scope: "the design", services: services.map((s) => s.name), reasons: [reason], wholeDesign: true }, { elements: services.map((s) => s.id), reasons: [reason] }),
      );
    }
  }
  return findings;
}
