import { listNames, makeFinding } from "./finding-messages";
import { nameOf, type Facts, type Link } from "./gather-facts";
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
  const n = services.length;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const key = services[i]!.context ?? "";
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }

  // Calls inside one context, by context; numeric pair keys keep the set cheap on big designs.
  const callsIn = new Map<string, Link[]>();
  const pairs = new Set<number>();
  const callsSibling = new Uint8Array(n);
  for (const c of facts.calls) {
    pairs.add(c.from * n + c.to);
    const key = services[c.from]!.context ?? "";
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
    const alone = (users.get(a.flow.to)?.services.length ?? 0) === 1;
    const count = tableCount.get(a.flow.to) ?? -1;
    tables[a.from] = alone && count >= 0 && tables[a.from]! >= 0 ? tables[a.from]! + count : -1;
  }

  const score = new Float64Array(n).fill(Infinity);
  for (let i = 0; i < n; i++) score[i] = scores[services[i]!.id]?.score ?? Infinity;

  const shared: Shared = { facts, score, pairs, callsSibling, tables, flagged: new Int32Array(n), linked: new Int32Array(n), stamp: 0 };
  const findings: Finding[] = [];
  for (const [key, members] of groups) {
    const finding = judgeContext(shared, key, members, callsIn.get(key) ?? []);
    if (finding) findings.push(finding);
  }

  const team = facts.design.project?.teamSize;
  if (team !== undefined && n >= 2) {
    const capacity = Math.max(1, Math.floor(team / PEOPLE_PER_SERVICE));
    if (n > capacity) {
      const seed = team < 10 ? " The seed advises a team under 10 people to stay with a monolith." : "";
      const reason = `${n} services for a team of ${team}: at about ${PEOPLE_PER_SERVICE} people per service to build, run and be on call for it, ${team} ${team === 1 ? "person carries" : "people carry"} ${capacity}.${seed}`;
      findings.push(
        makeFinding("over-splitting", "warning", { scope: "the design", services: services.map((s) => s.name), reasons: [reason], wholeDesign: true }, { elements: services.map((s) => s.id), reasons: [reason] }),
      );
    }
  }
  return findings;
}

/**
 * What the per-context pass reads, plus scratch marks: `flagged[i] === stamp`
 * means "flagged in the current context". One stamp per context instead of
 * fresh sets keeps a 1,000-context design from churning the garbage collector.
 */
interface Shared {
  facts: Facts;
  score: Float64Array;
  /** from * serviceCount + to, for every sync call */
  pairs: Set<number>;
  callsSibling: Uint8Array;
  tables: Int32Array;
  flagged: Int32Array;
  linked: Int32Array;
  stamp: number;
}

function nameAt(shared: Shared, i: number): string {
  return shared.facts.services[i]!.name;
}

/** "All 4" reads better than naming the same four services in every reason. */
function who(shared: Shared, list: number[], members: number[]): string {
  if (list.length === members.length && list.length > 1) return list.length === 2 ? "Both" : `All ${list.length}`;
  return listNames(list.map((i) => nameAt(shared, i)));
}

function flag(shared: Shared, reasons: string[], list: number[], reason: string): void {
  for (const i of list) shared.flagged[i] = shared.stamp;
  reasons.push(reason);
}

/** The over-splitting finding for one context's services, if any heuristic fires. */
function judgeContext(shared: Shared, key: string, members: number[], inside: Link[]): Finding | undefined {
  const { facts, score, pairs, callsSibling, tables, flagged, linked } = shared;
  const n = facts.services.length;
  const low = members.filter((i) => score[i]! < LOW_SPLIT_SCORE);
  if (inside.length === 0 && low.length === 0) return undefined;
  const stamp = ++shared.stamp;
  const reasons: string[] = [];

  if (low.length) {
    const figures = low.map((i) => score[i]!.toFixed(2));
    const shown = figures.length > 1 && figures.every((f) => f === figures[0]) ? `${figures[0]} each` : listNames(figures);
    flag(shared, reasons, low, `${who(shared, low, members)} ${low.length === 1 ? "scores" : "score"} below ${LOW_SPLIT_SCORE} on the split criteria (${shown}), where the seed says "keep it in the monolith".`);
  }

  // Only services that call or are called inside the context can be in a calling family.
  const families = new Map<string, number>();
  const stemOfMember = new Map<number, string>();
  for (const c of inside)
    for (const i of [c.from, c.to]) {
      if (linked[i] === stamp) continue;
      linked[i] = stamp;
      const stem = stemOf(nameAt(shared, i));
      if (stem === undefined) continue;
      stemOfMember.set(i, stem);
      families.set(stem, (families.get(stem) ?? 0) + 1);
    }
  for (const [stem, size] of families) {
    if (size < 2) continue;
    const list: number[] = [];
    for (const c of inside) {
      if (stemOfMember.get(c.from) !== stem || stemOfMember.get(c.to) !== stem) continue;
      if (!list.includes(c.from)) list.push(c.from);
      if (!list.includes(c.to)) list.push(c.to);
    }
    list.sort((a, b) => a - b);
    if (list.length >= 2) flag(shared, reasons, list, `${who(shared, list, members)} share the name stem "${stem}" and call each other synchronously.`);
  }

  const mutual = inside.filter((c) => c.from < c.to && pairs.has(c.to * n + c.from));
  if (mutual.length) {
    const pairNames = [...new Set(mutual.map((c) => `${nameAt(shared, c.from)} and ${nameAt(shared, c.to)}`))];
    flag(shared, reasons, [...new Set(mutual.flatMap((c) => [c.from, c.to]))], `${listNames(pairNames)} call each other both ways.`);
  }

  const needy = members.filter((i) => tables[i] === 1 && callsSibling[i]);
  if (needy.length)
    flag(shared, reasons, needy, `${who(shared, needy, members)} ${needy.length === 1 ? "owns" : "each own"} a single table and cannot do ${needy.length === 1 ? "its" : "their"} work without calling a sibling.`);

  if (reasons.length === 0) return undefined;
  const elements = members.filter((i) => flagged[i] === stamp);
  const flows = inside.filter((c) => flagged[c.from] === stamp && flagged[c.to] === stamp).map((c) => c.flow.id);
  const scope = key === "" ? "the services without a context" : nameOf(facts, key);
  return makeFinding(
    "over-splitting",
    "warning",
    { scope, services: elements.map((i) => nameAt(shared, i)), reasons, wholeDesign: false },
    { elements: elements.map((i) => facts.services[i]!.id), reasons, ...(flows.length ? { flows } : {}), ...(key ? { contexts: [key] } : {}) },
  );
}
