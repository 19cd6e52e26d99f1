/**
 * The analysis result as data: what `analyzeDesign` returns, what the
 * findings panel, the canvas badges and `seams check` all read.
 * See the JSDoc at the top of `analyze-design.ts` for the contract.
 */
import type { Project, SplitCriterion } from "../model/schema";

export type Severity = "error" | "warning" | "info";

/** Severities from the most to the least pressing: the sort order of findings. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Stable finding codes, in the order findings of one severity are listed.
 * Codes are a public contract (the CLI's JSON, CI scripts): add, never rename.
 */
export const FINDING_CODES = [
  "circular-dependency",
  "shared-database",
  "over-splitting",
  "deep-sync-chain",
  "cross-context-data-access",
  "event-without-producers",
  "broker-without-consumers",
  "broker-without-producers",
  "gateway-without-routes",
  "orphan-service",
  "event-without-consumers",
  "unused-database",
  "missing-circuit-breaker",
  "timeout-budget",
  "retry-amplification",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  /** Unique within one analysis and stable while the finding persists across edits: `code:elements` (with `#2`... on a repeat). For list keys and keeping a selection. */
  key: string;
  code: FindingCode;
  severity: Severity;
  /** One or more sentences for a person, element names filled in (from the table in `finding-messages.ts`). English; the app and the CLI render `params` through their catalogs for other languages. */
  message: string;
  /** What the message is made of (element names, figures), keyed as `FindingParams[code]` in `finding-messages.ts`: a catalog renders the finding in any language from the code and these. */
  params?: Record<string, unknown>;
  /** Ids of the elements to select and badge, most relevant first. */
  elements: string[];
  /** Ids of the flows to highlight: the edges of the cycle or path (publish and subscribe flows for a broker hop). */
  flows?: string[];
  /** circular-dependency: service ids in dependency order, closed (the first id again at the end). */
  cycle?: string[];
  /** deep-sync-chain, timeout-budget, retry-amplification: element ids from the entry (a gateway, or an entry service) to the last callee. */
  path?: string[];
  /** deep-sync-chain: calls on the path. */
  hops?: number;
  /** deep-sync-chain: 0.999 ^ hops, the availability of the path if every hop is up 99.9% of the time. */
  availability?: number;
  /** over-splitting: one short sentence per heuristic that fired. */
  reasons?: string[];
  /** shared-database / cross-context-data-access / unused-database: the database id. */
  database?: string;
  /** event-without-consumers / event-without-producers: the event name. */
  event?: string;
  /** timeout-budget: the caller's timeout on the flagged call, in milliseconds. */
  timeout?: number;
  /** timeout-budget: how long the callee may take (its downstream timeouts x tries), in milliseconds. */
  budget?: number;
  /** retry-amplification: requests the last service on `path` may get for one request at the entry. */
  factor?: number;
  /** Context ids involved, where the finding is about bounded contexts. */
  contexts?: string[];
}

export type SplitVerdict = "strongly-split" | "split-weigh-cost" | "modularize" | "keep-monolith";

export interface CriterionScore {
  /** 1..10; `MISSING_CRITERION_VALUE` when the design does not set it (then `assumed` is true). */
  value: number;
  /** The mall-go guide's weight, e.g. 0.25. */
  weight: number;
  /** value x weight, rounded to hundredths (exact for integer values). */
  contribution: number;
  /** True when the criterion is missing from `split` and the midpoint was used. */
  assumed?: boolean;
}

export interface SplitScore {
  /** The exact weighted sum, e.g. 7.35 (computed in hundredths, so no 7.3500000001). */
  score: number;
  verdict: SplitVerdict;
  verdictText: string;
  criteria: Record<SplitCriterion, CriterionScore>;
}

/** Facts from the drawn design that help a person set a service's split sliders. */
export interface ServiceEvidence {
  /** Accesses at least one database and none of them is shared with another service. */
  ownsData: boolean;
  /** Ids of the databases it accesses, in design order. */
  databases: string[];
  /** The subset of `databases` other services access too. */
  sharedDatabases: string[];
  /** Distinct services it calls synchronously. */
  callsOut: number;
  /** Distinct services that call it synchronously. */
  calledBy: number;
  /** Gateway routes that reach it. */
  gatewayRoutes: number;
  /** Publish flows to brokers plus async messages it sends. */
  publishes: number;
  /** Subscriptions to brokers plus async messages it receives. */
  consumes: number;
  /** Its team: the service's `team`, else its context's `team`. */
  team?: string;
  /** How many *other* services the same team owns (0 without a team). */
  teamServices: number;
}

export type ProjectField = keyof Project;
/** The branch of the mall-go guide's `MicroserviceDecisionTree` that decided (or the field it stopped at). */
export type AdviceStep = ProjectField | "fallthrough";

export interface ProjectAdvice {
  /** "undecided" when the tree reaches a question the design's `project` does not answer; see `missing`. */
  recommendation: "monolith" | "modular-monolith" | "microservices" | "undecided";
  /** English; `step` and `params` word it in other languages (`adviser.reason.<step>`, or `.undecided` with `missing`). */
  reason: string;
  step: AdviceStep;
  /** The project's figures the reason quotes (the fields set, by name). */
  params?: Record<string, number>;
  /** The project field the tree needed and did not find. */
  missing?: ProjectField;
}

export interface Analysis {
  /** Sorted: errors, then warnings, then infos; within a severity by code order, then by element ids. */
  findings: Finding[];
  /** Services with a `split` object only, keyed by service id. */
  scores: Record<string, SplitScore>;
  /** Every service, keyed by id. */
  evidence: Record<string, ServiceEvidence>;
  /** Present when the design has a `project` object. */
  advice?: ProjectAdvice;
}
