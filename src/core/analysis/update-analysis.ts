import type { Design, ElementKind, Flow } from "../model/schema";
import { adviseProject } from "./advise-project";
import { assignKeys, compareFindings } from "./analyze-design";
import { buildSyncGraph } from "./build-dependency-graph";
import { findBoundaryLeaks } from "./find-boundary-leaks";
import { analyzeDependencies, findCycles, type DependencyAnalysis } from "./find-cycles";
import { findDeepChains } from "./find-deep-chains";
import { findLooseEnds } from "./find-loose-ends";
import { findOverSplitting } from "./find-over-splitting";
import { findRetryAmplification } from "./find-retry-amplification";
import { databaseUsers, findSharedDatabases } from "./find-shared-databases";
import { findStrongComponents } from "./find-strong-components";
import { findTimeoutBudget } from "./find-timeout-budget";
import { gatherEvidence } from "./gather-evidence";
import { gatherFacts, type Facts, type Link } from "./gather-facts";
import { scoreSplit } from "./score-split";
import type { Analysis, Finding, FindingCode, SplitScore } from "./types";

/** The rules of `analyzeDesign`, each rerun as a whole when an edit can reach its findings. */
type Rule = "cycles" | "chains" | "shared" | "overSplitting" | "boundary" | "looseEnds" | "timeout" | "retry";
const RULE_OF: Record<FindingCode, Rule> = {
  "circular-dependency": "cycles",
  "deep-sync-chain": "chains",
  "shared-database": "shared",
  "over-splitting": "overSplitting",
  "cross-context-data-access": "boundary",
  "missing-circuit-breaker": "boundary",
  "event-without-producers": "looseEnds",
  "broker-without-consumers": "looseEnds",
  "broker-without-producers": "looseEnds",
  "gateway-without-routes": "looseEnds",
  "orphan-service": "looseEnds",
  "event-without-consumers": "looseEnds",
  "unused-database": "looseEnds",
  "timeout-budget": "timeout",
  "retry-amplification": "retry",
};

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
/** Flow fields no rule reads: how a call is made (protocol, path, methods) and how it is drawn. */
const INERT_FLOW = new Set(["protocol", "label", "path", "methods", "public", "stripPrefix", "bends"]);
/** Flow fields only the resilience rules read (and the circuit breaker only the boundary rule). */
const RESILIENCE: Record<string, readonly Rule[]> = { timeout: ["timeout", "retry"], retry: ["timeout", "retry"], circuitBreaker: ["boundary"] };
/** What a flow between two kinds of element feeds, as `gatherFacts` sorts it (sync and async calls apart). */
const FLOW_RULES: Record<string, readonly Rule[]> = {
  // Over-splitting too, for the contexts of its ends (see `updateAnalysis`).
  "service>service:sync": ["cycles", "chains", "boundary", "looseEnds", "timeout", "retry"],
  "service>service:async": ["cycles", "looseEnds"],
  "service>broker": ["cycles", "looseEnds"],
  "broker>service": ["cycles", "looseEnds"],
  "service>database": ["shared", "overSplitting", "boundary", "looseEnds"],
  "gateway>service": ["chains", "looseEnds", "timeout", "retry"],
};
type ElementList = "contexts" | "services" | "databases" | "brokers" | "gateways";
const LISTS: readonly ElementList[] = ["contexts", "services", "databases", "brokers", "gateways"];
const KIND_OF: Record<ElementList, ElementKind> = { contexts: "context", services: "service", databases: "database", brokers: "broker", gateways: "gateway" };
/** Top-level fields of a design that no rule reads, or that are sorted out below. */
const INERT_TOP = new Set(["name", "description", "layout", "project", "flows", ...LISTS]);
/** Findings whose messages name the contexts in their `contexts` (a cycle lists its contexts but names only services). */
const NAMES_CONTEXTS = new Set<FindingCode>(["shared-database", "over-splitting", "cross-context-data-access", "missing-circuit-breaker"]);
/** Past this many changed elements or flows a full run is as cheap as sorting out what changed. */
const MAX_CHANGED = 16;

type Users = Map<string, { services: number[]; flows: string[] }>;
/**
 * The facts (and database users) of the last designs analysed or updated, so
 * the next edit derives its facts from them instead of gathering them again:
 * gathering is the largest shared cost of a rerun (about 10 ms on 10,000
 * services). Two, not one per design in the undo history: each holds maps and
 * link lists the size of the design, and an edit starts from the newest.
 */
const recent: { design: Design; facts: Facts; users?: Users }[] = [];
const RECENT = 2;

function known(design: Design): { design: Design; facts: Facts; users?: Users } | undefined {
  const i = recent.findIndex((p) => p.design === design);
  if (i < 0) return undefined;
  const [p] = recent.splice(i, 1);
  recent.unshift(p!);
  return p;
}

function remember(p: { design: Design; facts: Facts; users?: Users }): typeof p {
  recent.unshift(p);
  recent.length = Math.min(recent.length, RECENT);
  return p;
}

function preparedOf(design: Design): { design: Design; facts: Facts; users?: Users } {
  return known(design) ?? remember({ design, facts: gatherFacts(design) });
}

/**
 * Gathers what `updateAnalysis` derives the next edit's facts from, ahead of
 * that edit (the app calls it when the worker's full run lands, in idle time).
 * @example prepareUpdate(design); updateAnalysis(design, updateElement(design, "svc-1", { name: "x" }), analysis)
 */
export function prepareUpdate(design: Design): void {
  const p = preparedOf(design);
  p.users ??= databaseUsers(p.facts);
}

/** What an edit reaches: the rules to rerun, the services to rescore, whether evidence and advice change. */
interface Reach {
  rules: Set<Rule>;
  rescore: string[];
  evidence: boolean;
  advice: boolean;
  /** Renamed elements (and old ids): the rules of the findings that list them are rerun. */
  named: Set<string>;
  /** An element's id changed (the inspector carries it along with a name that it follows): the findings that list the old id are made again, and evidence and scores are keyed anew. */
  ids: boolean;
  /** Services moved to another context: the cycle findings that list them carry their contexts. */
  moved: Set<string>;
  /** Changed flows, before and after, sorted by the kinds of their ends once the facts are known. */
  flows: Flow[];
  /** Contexts ("" for none, and for the whole design) whose over-splitting finding is judged again, when the rule is not rerun as a whole. */
  contexts: Set<string>;
  /** Changed elements, as they are after the edit. */
  touched: { kind: ElementKind; element: { id: string; name: string; context?: string } }[];
}

/**
 * The analysis of `after`, derived from `analysis` (the analysis of `before`)
 * when the edit between them reaches a small part of it; undefined when it
 * needs a full `analyzeDesign(after)`. Same result as the full run, in a
 * fraction of the time on a large design, so the app can show it at once.
 * The facts are derived from the last edit's (see `recent`); scores and
 * evidence are kept where the edit cannot reach them; each rule is rerun as a
 * whole when the edit can reach its findings (every rule is linear and takes
 * a few ms on 10,000 services), over-splitting only for the contexts touched:
 * - fields no rule reads (descriptions, technology, layout, a flow's
 *   protocol, path or bends, ...): the same analysis;
 * - a name: the rules of the findings that list the element (their
 *   messages name it), over-splitting for a service's context (name stems);
 *   a name that carries the id along: the full run when the element has
 *   flows (they all follow the id, reaching nearly every rule);
 * - a split slider: that score, and over-splitting for its context;
 * - a flow added, removed, retargeted, or its kind or event changed: the
 *   rules that read flows between those kinds of element (a database access
 *   reaches neither the cycle nor the chain rules), and the evidence of the
 *   services it reaches; its timeout or retry: the timeout and retry rules;
 *   its circuit breaker: the boundary rule;
 * - a service's context: the rules that read contexts, the cycle findings
 *   that list it, the evidence (teams); a team: the evidence;
 *   a database's context or tables, the project: their rules.
 * Added or removed elements, a context's id and many changes at once take the full run.
 * @example updateAnalysis(before, updateElement(before, "svc-1", { description: "x" }), analysis) === analysis
 */
export function updateAnalysis(before: Design, after: Design, analysis: Analysis): Analysis | undefined {
  if (before === after) return analysis;
  const reach = reachOf(before, after, analysis);
  // A new id moves the ends of its flows: that reaches nearly every rule and all the evidence, as costly as the full run
  // (more, on the main thread: measured 225 ms of CPU against 124 ms on 10,000 services), so it goes to the worker.
  if (!reach || (reach.ids && reach.flows.length)) return undefined;
  if (reach.rules.size === 0 && reach.contexts.size === 0 && reach.rescore.length === 0 && reach.flows.length === 0 && !reach.evidence && !reach.advice) {
    // Nothing to judge again; keep the facts at hand for the next edit (a description typed before a name).
    const last = known(before);
    const facts = last && patchFacts(last.facts, before, after, reach);
    if (facts) remember({ ...last, design: after, facts });
    return analysis;
  }

  const base = preparedOf(before);
  // Element kinds cannot change here (added elements take the full run); a changed id or a duplicate one (a half-edited
  // design, where the first element wins in gatherFacts) is gathered again rather than patched.
  const facts = (!reach.ids && base.facts.element.size === elementCount(before) && patchFacts(base.facts, before, after, reach)) || gatherFacts(after);
  const element = (id: string) => base.facts.element.get(id) ?? facts.element.get(id);
  const witnesses = new Set<number>(); // services whose evidence a changed flow reaches
  const databases = new Set<string>();
  for (const flow of reach.flows) {
    const from = element(flow.from);
    const to = element(flow.to);
    const rules = FLOW_RULES[from?.kind === "service" && to?.kind === "service" ? `service>service:${flow.kind === "sync" ? "sync" : "async"}` : `${from?.kind}>${to?.kind}`];
    if (!rules || flow.from === flow.to) continue;
    for (const r of rules) reach.rules.add(r);
    if (from!.service >= 0) witnesses.add(from!.service);
    if (to!.service >= 0) witnesses.add(to!.service);
    if (to!.kind === "database") databases.add(flow.to);
    // A sync call feeds the over-splitting heuristics of the context it starts in (calling a sibling, calls both ways, name families).
    if (rules === FLOW_RULES["service>service:sync"]) reach.contexts.add(from!.context ?? "");
  }
  const next = remember({ design: after, facts, ...(base.users && databases.size === 0 ? { users: base.users } : {}) });
  const users = () => (next.users ??= databaseUsers(facts));
  // Sharing a database is evidence of every service that uses it, before and after.
  if (databases.size) for (const u of [base.users ?? databaseUsers(base.facts), users()]) for (const d of databases) for (const i of u.get(d)?.services ?? []) witnesses.add(i);
  const scores = rescored(after, analysis.scores, reach.rescore);
  // Over-splitting judges each context on its own; the whole-design finding (team size) lists every service's name, so it goes with "".
  const contexts = reach.rules.has("overSplitting") || reach.contexts.size === 0 ? undefined : reach.contexts.add("");
  const again = (f: Finding) => reach.rules.has(RULE_OF[f.code]) || (contexts !== undefined && f.code === "over-splitting" && contexts.has(f.contexts?.[0] ?? ""));
  const fresh = rerun(facts, reach.rules, scores, users);
  if (contexts) fresh.push(...findOverSplitting(facts, scores, users(), contexts));
  const findings = [...analysis.findings.filter((f) => !again(f)), ...fresh].map((f) => ({ ...f })).sort(compareFindings);
  assignKeys(findings);
  const evidence = reach.evidence ? gatherEvidence(facts, users()) : witnesses.size ? { ...analysis.evidence, ...gatherEvidence(facts, users(), witnesses) } : analysis.evidence;
  const updated: Analysis = { findings, scores, evidence };
  const advice = reach.advice ? (after.project ? adviseProject(after.project) : undefined) : analysis.advice;
  if (advice) updated.advice = advice;
  return updated;
}

/** Sorts out what changed between two designs, by identity (an edit copies only what it touches); undefined for a full run. */
function reachOf(before: Design, after: Design, analysis: Analysis): Reach | undefined {
  const reach: Reach = { rules: new Set(), rescore: [], evidence: false, advice: false, named: new Set(), ids: false, moved: new Set(), flows: [], contexts: new Set(), touched: [] };
  const top = before as Record<string, unknown>;
  const next = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if (!INERT_TOP.has(key) && top[key] !== next[key]) return undefined;
  if (before.project !== after.project) {
    reach.advice = true;
    reach.contexts.add(""); // the whole-design finding reads the team size
  }

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
      reach.touched.push({ kind: KIND_OF[list], element: y as Reach["touched"][number]["element"] });
      for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
        if (x[key] === y[key] || INERT[list].has(key)) continue;
        if (!fieldReach(reach, list, key, x, y)) return undefined;
      }
    }
  }
  // A name shows in the findings that list the element; a service's context in the cycle findings that list it: rerun the rules that made them.
  if (reach.named.size || reach.moved.size)
    for (const f of analysis.findings) {
      if (f.elements.some((id) => reach.named.has(id)) || (NAMES_CONTEXTS.has(f.code) && f.contexts?.some((id) => reach.named.has(id)))) {
        if (f.code === "over-splitting") reach.contexts.add(f.contexts?.[0] ?? "");
        else reach.rules.add(RULE_OF[f.code]);
      }
      if (f.code === "circular-dependency" && f.elements.some((id) => reach.moved.has(id))) reach.rules.add("cycles");
    }

  const a = before.flows ?? [];
  const b = after.flows ?? [];
  if (a === b) return reach;
  // One edit changes a run of flows in place, or adds or removes a few: compare from both ends.
  const { gone, added } = flowChange(a, b);
  if (gone.length === added.length) {
    // Edited in place (a renamed id moves the ends of flows anywhere in the list): only the flows and fields that changed matter.
    let edited = 0;
    for (let i = 0; i < gone.length; i++) {
      if (gone[i] === added[i]) continue;
      if (++edited > MAX_CHANGED) return undefined;
      if (!flowReach(reach, gone[i]!, added[i]!)) reach.flows.push(gone[i]!, added[i]!);
    }
  } else if (gone.length + added.length > MAX_CHANGED) return undefined;
  else reach.flows.push(...gone, ...added);
  return reach;
}

/** What a changed element field reaches; false when it takes a full run (ids, unknown fields). */
function fieldReach(reach: Reach, list: ElementList, key: string, x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const id = y.id as string;
  const context = (el: Record<string, unknown>) => (el.context as string | undefined) ?? "";
  if (key === "id" && list !== "contexts") {
    // The old id leaves every finding that lists it; its flows follow it (their new ends are sorted out as flow edits).
    reach.named.add(x.id as string);
    reach.ids = reach.evidence = true;
    if (list === "services") {
      reach.contexts.add(context(y));
      if (y.split) reach.rescore.push(id);
    }
    return true;
  }
  if (key === "name") {
    reach.named.add(id);
    if (list === "services") reach.contexts.add(context(y)); // name stems
    return true;
  }
  if (key === "team" && (list === "services" || list === "contexts")) return (reach.evidence = true);
  if (list === "services" && key === "split") {
    reach.rescore.push(id);
    reach.contexts.add(context(y));
    return true;
  }
  if (list === "services" && key === "context") {
    reach.rules.add("shared").add("boundary");
    reach.contexts.add(context(x)).add(context(y));
    reach.moved.add(id);
    return (reach.evidence = true);
  }
  if (list === "databases" && key === "context") return !!reach.rules.add("boundary");
  if (list === "databases" && key === "tables") return !!reach.rules.add("overSplitting");
  return false;
}

/** Adds what an in-place flow edit reaches when only inert or resilience fields changed; false when its ends or kind changed. */
function flowReach(reach: Reach, x: Flow, y: Flow): boolean {
  const rules: Rule[] = [];
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (a[key] === b[key] || INERT_FLOW.has(key)) continue;
    const r = RESILIENCE[key];
    if (!r) return false;
    rules.push(...r);
  }
  for (const r of rules) reach.rules.add(r);
  return true;
}

/** Scores with the given services scored again, in design order as the full run lists them. */
function rescored(after: Design, scores: Record<string, SplitScore>, rescore: string[]): Record<string, SplitScore> {
  if (rescore.length === 0) return scores;
  const services = after.services ?? [];
  const again = new Set(rescore);
  if (rescore.some((id) => !(id in scores))) {
    // A service scored for the first time: rebuild in design order, as the full run does.
    const next: Record<string, SplitScore> = {};
    for (const s of services) if (s.split) next[s.id] = again.has(s.id) ? scoreSplit(s.split) : scores[s.id]!;
    return next;
  }
  const next = { ...scores };
  for (const s of services) {
    if (!again.has(s.id)) continue;
    if (s.split) next[s.id] = scoreSplit(s.split);
    else delete next[s.id];
  }
  return next;
}

/** The findings of the given rules on the whole design, computing only the shared inputs they need. */
function rerun(facts: Facts, rules: ReadonlySet<Rule>, scores: Record<string, SplitScore>, usersOf: () => Users): Finding[] {
  const needsUsers = rules.has("shared") || rules.has("overSplitting") || rules.has("boundary") || rules.has("looseEnds");
  const users = needsUsers ? usersOf() : new Map<string, { services: number[]; flows: string[] }>();
  let deps: DependencyAnalysis | undefined;
  if (rules.has("cycles")) deps = analyzeDependencies(facts);
  else if (rules.has("chains") || rules.has("timeout") || rules.has("retry")) {
    // These rules read the sync graph only; the coupling graph (brokers, messages) is the costly half.
    const syncGraph = buildSyncGraph(facts);
    const syncComponents = findStrongComponents(syncGraph);
    deps = { syncGraph, syncComponents, graph: syncGraph, components: syncComponents };
  }
  const findings: Finding[] = [];
  if (rules.has("cycles")) findings.push(...findCycles(facts, deps!));
  if (rules.has("chains")) findings.push(...findDeepChains(facts, deps!));
  if (rules.has("shared")) findings.push(...findSharedDatabases(facts, users));
  if (rules.has("overSplitting")) findings.push(...findOverSplitting(facts, scores, users));
  if (rules.has("boundary")) findings.push(...findBoundaryLeaks(facts, users));
  if (rules.has("looseEnds")) findings.push(...findLooseEnds(facts, new Set(users.keys())));
  if (rules.has("timeout")) findings.push(...findTimeoutBudget(facts, deps!));
  if (rules.has("retry")) findings.push(...findRetryAmplification(facts, deps!));
  return findings;
}

/**
 * The facts of `after` from those of `before`: the changed elements' names
 * and contexts, and the links of the changed flows swapped, appended or
 * dropped (design order kept). Copies what it changes; `before`'s facts stay
 * as they were. Undefined when a flow moved between kinds of link (a sync
 * call made async): then gathering again is simpler than finding its place.
 */
function patchFacts(facts: Facts, before: Design, after: Design, reach: Reach): Facts | undefined {
  const next: Facts = { ...facts, design: after, services: after.services ?? [] };
  if (reach.touched.some(({ element }) => element.name !== facts.element.get(element.id)?.name || element.context !== facts.element.get(element.id)?.context)) {
    next.element = new Map(facts.element);
    for (const { element } of reach.touched) {
      const info = next.element.get(element.id);
      if (info) next.element.set(element.id, { ...info, name: element.name, context: element.context });
    }
  }
  const a = before.flows ?? [];
  const b = after.flows ?? [];
  if (a === b) return next;
  const copied = new Set<LinkList>();
  const list = (key: LinkList) => {
    if (!copied.has(key)) {
      copied.add(key);
      next[key] = [...facts[key]];
    }
    return next[key];
  };
  const { gone, added, tail } = flowChange(a, b);
  if (gone.length === added.length) {
    // Swapped in one pass per list, so a run of flows shifted by one (one removed, one appended) lands in order too.
    const swaps = new Map<LinkList, Map<Flow, Link>>();
    for (let i = 0; i < gone.length; i++) {
      if (gone[i] === added[i]) continue;
      const was = linkOf(next.element, gone[i]!);
      const now = linkOf(next.element, added[i]!);
      if (was?.list !== now?.list) return undefined;
      if (!was || !now) continue;
      (swaps.get(was.list) ?? swaps.set(was.list, new Map()).get(was.list)!).set(gone[i]!, now.link);
    }
    for (const [key, swap] of swaps) next[key] = facts[key].map((l) => swap.get(l.flow) ?? l);
  } else if (tail === 0 && gone.length === 0) {
    // Appended, as a new flow is: it is the last of its kind in design order.
    for (const flow of added) {
      const now = linkOf(next.element, flow);
      if (now) list(now.list).push(now.link);
    }
  } else if (added.length === 0) {
    const dropped = new Set(gone);
    for (const flow of gone) {
      const was = linkOf(next.element, flow);
      if (was && !copied.has(was.list)) {
        copied.add(was.list);
        next[was.list] = facts[was.list].filter((l) => !dropped.has(l.flow));
      }
    }
  } else return undefined;
  return next;
}

type LinkList = "calls" | "messages" | "publishes" | "subscribes" | "dataAccess" | "routes";

/** Which list of `Facts` a flow goes to, and its link; the same sorting as `gatherFacts` (kept in step by the property test). */
function linkOf(element: Facts["element"], flow: Flow): { list: LinkList; link: Link } | undefined {
  const from = element.get(flow.from);
  const to = element.get(flow.to);
  if (!from || !to || flow.from === flow.to) return undefined;
  const link: Link = { flow, from: from.service, to: to.service };
  if (from.kind === "service" && to.kind === "service") return { list: flow.kind === "sync" ? "calls" : "messages", link };
  if (from.kind === "service" && to.kind === "broker") return { list: "publishes", link };
  if (from.kind === "broker" && to.kind === "service") return { list: "subscribes", link };
  if (from.kind === "service" && to.kind === "database") return { list: "dataAccess", link };
  if (from.kind === "gateway" && to.kind === "service") return { list: "routes", link };
  return undefined;
}

/** The run of flows an edit changed: same flows before `head` and in the last `tail`, `gone` replaced by `added` between. */
function flowChange(a: readonly Flow[], b: readonly Flow[]): { gone: Flow[]; added: Flow[]; tail: number } {
  let head = 0;
  const shortest = Math.min(a.length, b.length);
  while (head < shortest && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shortest - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { gone: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail), tail };
}

function elementCount(design: Design): number {
  let n = 0;
  for (const list of LISTS) n += design[list]?.length ?? 0;
  return n;
}
