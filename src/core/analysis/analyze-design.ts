/**
 * # The analysis API
 *
 * `analyzeDesign(design)` judges a loaded design and returns plain data, the
 * same in the browser and in `seams check`. Pure and synchronous; never
 * throws, even on a half-edited design (unknown ends are skipped); linear
 * time, no recursion. A 10,000-service design
 * with ~3 flows a service takes tens of milliseconds in Node (figures in
 * bench/analysis.bench.ts: `npx tsx bench/analysis.bench.ts`).
 *
 * ```ts
 * const { findings, scores, evidence, advice } = analyzeDesign(design);
 * const byElement = groupFindings(findings); // Map<element or flow id, { severity, codes, findings }>
 * ```
 *
 * ## findings: `Finding[]`
 * `{ key, code, severity, message, elements, flows?, cycle?, path?, hops?, availability?, reasons?, database?, event?, contexts? }`
 * - `key`: unique in the list, and the same on the next run while the
 *   finding is still there: a React key, and a way to keep the selection.
 * - `elements`: element ids to select and badge, most relevant first.
 * - `flows`: flow ids to highlight, the edges of a cycle or path (a hop
 *   through a broker contributes both its subscribe and its publish flow).
 * - `message`: from the table in `finding-messages.ts` (`FINDING_TEXT[code].title`
 *   is a short heading for a panel), with element names filled in.
 * - Sorted: errors, warnings, infos; then by code in `FINDING_CODES` order;
 *   then by element ids. Same design in, same list out.
 *
 * Codes and severities:
 * | code | severity | what |
 * |---|---|---|
 * | circular-dependency | error / warning | one per strongly connected component of services; error when a cycle of sync calls alone exists in it, warning for an event loop. `cycle` = service ids in arrow order, closed (`["a","b","a"]`); `elements` = the cycle's services, then the rest of the component |
 * | shared-database | warning / error | a database used by 2+ services; error when they sit in different contexts. `database` |
 * | over-splitting | warning | per context, `reasons` lists the heuristics that fired (score < 4, name-stem family calling each other, two services calling each other both ways inside the context, single-table service leaning on a sibling); one more for the whole design when services > teamSize / 2 |
 * | deep-sync-chain | warning | a sync path of more than 3 hops from a gateway (the route counts as a hop) or from a service no other service calls. `path`, `hops`, `availability` = 0.999^hops. A path through a sync cycle takes the short way to the cycle's exit; one finding per chain, not per entry on it |
 * | cross-context-data-access | warning | a service uses another context's (unshared) database |
 * | event-without-producers | warning | subscribed on a broker, published by nobody there. `event` |
 * | broker-without-consumers / broker-without-producers | warning | a broker with only one side |
 * | gateway-without-routes | warning | a gateway that routes nowhere |
 * | orphan-service | warning | no route, no caller, no message, no subscription reaches it |
 * | event-without-consumers | info | published, subscribed by nobody on that broker. `event` |
 * | unused-database | info | no service uses it |
 * | missing-circuit-breaker | info | a sync call into another context without a circuit breaker |
 * | timeout-budget | warning | a caller's timeout (a route's defaults to 5s) is shorter than what the callee may take: its downstream timeouts x tries along the sync path. `path`, `timeout`, `budget` (ms) |
 * | retry-amplification | warning | tries multiply along a sync path to 10x or more, with two or more layers retrying (a route without `retry` tries 4 times, a call only as stated). `path`, `factor` |
 *
 * Service edges follow the drawn arrows: caller -> callee (sync call),
 * sender -> receiver (direct message), producer -> consumer through a broker
 * when the event names match (a flow without an event name matches any).
 * Database access and gateway routes are not service edges. Following the
 * arrows (rather than reversing async edges to "consumer depends on
 * producer") keeps the reported loop the one drawn on the canvas, and turning
 * one call of a sync 2-cycle into a message gives a warning, not silence.
 *
 * ## scores: `Record<serviceId, SplitScore>`
 * Only services with a `split` object. `score` is the mall-go guide's exact weighted
 * sum (0.25, 0.20, 0.20, 0.15, 0.10, 0.10), `verdict` by >= 8 / >= 6 / >= 4,
 * `criteria[k] = { value, weight, contribution, assumed? }`. A criterion missing
 * from `split` counts as 5 (`MISSING_CRITERION_VALUE`) with `assumed: true`.
 * `formatSplitArithmetic(score)` prints the sum.
 *
 * ## evidence: `Record<serviceId, ServiceEvidence>`
 * Every service: `ownsData`, `databases`, `sharedDatabases`, `callsOut`,
 * `calledBy` (distinct services, sync), `gatewayRoutes`, `publishes`,
 * `consumes`, `team` (own, else its context's) and `teamServices` (other
 * services of that team).
 *
 * ## advice: `ProjectAdvice | undefined`
 * Present when the design has `project`: `{ recommendation, reason, step, missing? }`
 * by the mall-go guide's decision tree; `recommendation: "undecided"` with `missing`
 * naming the field when the tree reaches a question the project leaves open.
 */
import type { Design } from "../model/schema";
import { adviseProject } from "./advise-project";
import { findBoundaryLeaks } from "./find-boundary-leaks";
import { analyzeDependencies, findCycles } from "./find-cycles";
import { findDeepChains } from "./find-deep-chains";
import { findLooseEnds } from "./find-loose-ends";
import { findOverSplitting } from "./find-over-splitting";
import { findRetryAmplification } from "./find-retry-amplification";
import { findTimeoutBudget } from "./find-timeout-budget";
import { databaseUsers, findSharedDatabases } from "./find-shared-databases";
import { gatherEvidence } from "./gather-evidence";
import { gatherFacts } from "./gather-facts";
import { scoreSplit } from "./score-split";
import { FINDING_CODES, SEVERITIES, type Analysis, type Finding, type SplitScore } from "./types";

const SEVERITY_RANK = new Map(SEVERITIES.map((s, i) => [s, i]));
const CODE_RANK = new Map(FINDING_CODES.map((c, i) => [c, i]));

function compareIds(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

/**
 * The order findings are listed in: severity, code, element ids, then message.
 * @example findings.sort(compareFindings)
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK.get(a.severity)! - SEVERITY_RANK.get(b.severity)! ||
    CODE_RANK.get(a.code)! - CODE_RANK.get(b.code)! ||
    compareIds(a.elements, b.elements) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Gives each finding of a sorted list its `key` (see the contract above). */
export function assignKeys(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.code}:${f.elements.length > 8 ? `${f.elements.slice(0, 8).join("+")}+${f.elements.length - 8}` : f.elements.join("+")}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    f.key = n === 1 ? base : `${base}#${n}`;
  }
}

/**
 * Every check on a design: findings, split scores, evidence and project advice.
 * With `{ evidence: false }` the evidence record is left empty: `seams check`
 * prints it only with `--evidence`, and on 10,000 services building it is
 * ten thousand objects a one-shot run does not need.
 * @example analyzeDesign(circularTemplate()).findings[0]?.code === "circular-dependency"
 */
export function analyzeDesign(design: Design, { evidence = true }: { evidence?: boolean } = {}): Analysis {
  const facts = gatherFacts(design);
  const users = databaseUsers(facts);
  const scores: Record<string, SplitScore> = {};
  for (const s of facts.services) if (s.split) scores[s.id] = scoreSplit(s.split);

  const deps = analyzeDependencies(facts);
  const findings = [
    ...findCycles(facts, deps),
    ...findDeepChains(facts, deps),
    ...findSharedDatabases(facts, users),
    ...findOverSplitting(facts, scores, users),
    ...findBoundaryLeaks(facts, users),
    ...findLooseEnds(facts, users),
    ...findTimeoutBudget(facts, deps),
    ...findRetryAmplification(facts, deps),
  ].sort(compareFindings);
  assignKeys(findings);

  const analysis: Analysis = { findings, scores, evidence: evidence ? gatherEvidence(facts, users) : {} };
  if (design.project) analysis.advice = adviseProject(design.project);
  return analysis;
}
