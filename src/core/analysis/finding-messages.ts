/**
 * The one table of finding texts, keyed by code (style point 4): the panel,
 * the canvas tooltips and `seams check` show the same words. Rules pass the
 * specifics (element *names*, paths, figures); the sentences live here.
 */
import { formatDuration } from "../model/duration";
import type { Finding, FindingCode, Severity } from "./types";
import { splitReasonText, type SplitReason } from "./split-reasons";
import { listNames } from "./list-names";

export { listNames };

export interface FindingParams {
  "circular-dependency": { cycle: string[]; sync: boolean; tangled: number };
  "shared-database": { database: string; services: string[]; contexts: string[] };
  "over-splitting": { scope: string; services: string[]; reasons: SplitReason[]; wholeDesign: boolean; /** `scope` is the services without a context (words, not a name). */ contextless?: boolean };
  "deep-sync-chain": { path: string[]; hops: number; availability: number };
  "cross-context-data-access": { service: string; database: string; serviceContext: string; databaseContext: string };
  "event-without-producers": { event: string; broker: string; consumers: string[] };
  "broker-without-consumers": { broker: string; producers: string[] };
  "broker-without-producers": { broker: string; consumers: string[] };
  "gateway-without-routes": { gateway: string };
  "orphan-service": { service: string };
  "event-without-consumers": { event: string; broker: string; producers: string[] };
  "unused-database": { database: string };
  "missing-circuit-breaker": { caller: string; callee: string; callerContext: string; calleeContext: string };
  "timeout-budget": { caller: string; callee: string; timeout: number; budget: number; path: string[]; hops: { callee: string; timeout: number; tries: number }[] };
  "retry-amplification": { path: string[]; tries: number[]; factor: number; last: string };
}


/**
 * A ratio as a percentage with at most two decimals.
 * @example formatPercent(0.999 ** 5) === "99.5%"
 */
export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}

const arrow = (names: readonly string[], max = 12) =>
  names.length > max ? [...names.slice(0, max - 2), "...", names[names.length - 1]].join(" -> ") : names.join(" -> ");

export const FINDING_TEXT: { [C in FindingCode]: { title: string; message: (p: FindingParams[C]) => string } } = {
  "circular-dependency": {
    title: "Circular dependency",
    message: (p) => {
      const tangle = p.tangled > p.cycle.length - 1 ? ` (${p.tangled} services are tangled in this loop; this is one path through it)` : "";
      return p.sync
        ? `Circular dependency: ${arrow(p.cycle)} call each other synchronously${tangle}. None of them can be deployed, scaled or tested without the others, and a failure bounces around the loop. Break it: move the data by events, keep a local copy of what one side reads, or extract a service that both call.`
        : `Event loop: ${arrow(p.cycle)} form a loop that runs through events or messages${tangle}. That is legal (a saga, for instance), but check that the loop ends and that no service waits on the others; if it hides a request and a reply, keep a local copy of the data or extract a service that both use.`;
    },
  },
  "shared-database": {
    title: "Shared database",
    message: (p) =>
      p.contexts.length > 1
        ? `Shared database across bounded contexts: ${p.database} is used by ${listNames(p.services)}, which sit in ${listNames(p.contexts)}. The contexts are coupled through the schema, so they cannot change or deploy apart. Give the data one owner and let the others read it through that service's API or its events.`
        : `Shared database: ${p.database} is used by ${listNames(p.services)}. A schema change needs all of them and none owns the data. Give it one owner and let the others go through that service's API or events, or merge them.`,
  },
  "over-splitting": {
    title: "Over-splitting",
    message: (p) =>
      p.wholeDesign
        ? `Over-splitting: more services than the team can carry. ${p.reasons.map(splitReasonText).join(" ")} Fewer, larger services, or a modular monolith, fit the team better.`
        : `Over-splitting in ${p.scope}: ${listNames(p.services)} look like one service cut too fine. ${p.reasons.map(splitReasonText).join(" ")} Merge them into a service per business capability, or keep them as modules of one deployable until the need to split is real.`,
  },
  "deep-sync-chain": {
    title: "Deep synchronous chain",
    message: (p) =>
      `Deep sync chain: ${arrow(p.path)} is ${p.hops} synchronous hops. At 99.9% availability each, the whole path is up ${formatPercent(p.availability)} of the time, and the latencies add up. Make a hop asynchronous, or let an upstream service keep the data it needs.`,
  },
  "cross-context-data-access": {
    title: "Data access across contexts",
    message: (p) =>
      `${p.service} (${p.serviceContext}) uses ${p.database}, which belongs to ${p.databaseContext}: it reaches past that context's services into its data. Go through the owning service's API or events instead.`,
  },
  "event-without-producers": {
    title: "Event nobody publishes",
    message: (p) => `${listNames(p.consumers)} ${p.consumers.length === 1 ? "subscribes" : "subscribe"} to ${p.event} on ${p.broker}, but nothing publishes it there: the subscription never fires. Add the publisher or fix the event name.`,
  },
  "broker-without-consumers": {
    title: "Broker without consumers",
    message: (p) => `${listNames(p.producers)} ${p.producers.length === 1 ? "publishes" : "publish"} to ${p.broker}, but nothing subscribes to it: the events go nowhere.`,
  },
  "broker-without-producers": {
    title: "Broker without producers",
    message: (p) => `${listNames(p.consumers)} ${p.consumers.length === 1 ? "subscribes" : "subscribe"} to ${p.broker}, but nothing publishes to it.`,
  },
  "gateway-without-routes": {
    title: "Gateway without routes",
    message: (p) => `${p.gateway} routes to no service: a client that reaches it gets nothing. Draw a route from it to a service.`,
  },
  "orphan-service": {
    title: "Unreachable service",
    message: (p) => `Nothing reaches ${p.service}: no gateway route, no caller, no message or subscription. If it runs on a schedule, fine; otherwise a flow is missing.`,
  },
  "event-without-consumers": {
    title: "Event nobody consumes",
    message: (p) => `${listNames(p.producers)} ${p.producers.length === 1 ? "publishes" : "publish"} ${p.event} on ${p.broker}, but nothing subscribes to it.`,
  },
  "unused-database": {
    title: "Unused database",
    message: (p) => `No service uses ${p.database}.`,
  },
  "missing-circuit-breaker": {
    title: "Cross-context call without a circuit breaker",
    message: (p) =>
      `${p.caller} (${p.callerContext}) calls ${p.callee} (${p.calleeContext}) synchronously without a circuit breaker: when ${p.callee} is slow, ${p.caller}'s requests pile up behind it. Add a circuit breaker and a timeout to the call.`,
  },
  "timeout-budget": {
    title: "Timeout shorter than the work below",
    message: (p) => {
      const below = p.hops.map((h) => `${h.callee} ${formatDuration(h.timeout)} x ${h.tries} ${h.tries === 1 ? "try" : "tries"}`).join(", then ");
      return `Timeout budget: ${p.caller} gives up on ${p.callee} after ${formatDuration(p.timeout)}, but ${p.callee} may take up to ${formatDuration(p.budget)} along ${arrow(p.path)} (${below}). ${p.caller} times out while the work goes on below, and a retry starts it again. Give each caller a longer timeout than everything below it, or shorten the timeouts and retries below.`;
    },
  },
  "retry-amplification": {
    title: "Retries multiply along a path",
    message: (p) =>
      `Retry amplification: along ${arrow(p.path)} the tries multiply (${p.tries.join(" x ")}), so ${p.last} may get ${p.factor} requests for one request at the entry, just when it is already failing. Retry at one layer only (usually the outermost) and let the inner calls fail fast behind a circuit breaker.`,
  },
};

type FindingData = Omit<Finding, "key" | "code" | "severity" | "message" | "params">;

/**
 * A finding whose message comes from the table.
 * @example makeFinding("unused-database", "info", { database: "orders" }, { elements: ["order-db"] })
 */
export function makeFinding<C extends FindingCode>(code: C, severity: Severity, params: FindingParams[C], data: FindingData): Finding {
  // The key is set by analyzeDesign once the list is sorted.
  return { key: "", code, severity, message: FINDING_TEXT[code].message(params), params: { ...params }, ...data };
}
