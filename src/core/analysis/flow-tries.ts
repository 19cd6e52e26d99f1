import { DEFAULT_RETRY } from "../model/defaults";
import { parseDuration } from "../model/duration";
import type { Flow } from "../model/schema";

/**
 * How many times a call may be sent for one request: 1 + its retries.
 * A gateway route without a `retry` gets the mall-go guide's 3 retries, because every
 * gateway export writes them; a call between services retries only when the
 * design says so (Seams exports no client code that would add retries).
 * @example flowTries({ id: "r", from: "gw", to: "a", kind: "sync" }, true) === 4
 */
export function flowTries(flow: Flow, isRoute: boolean): number {
  if (flow.retry) return 1 + flow.retry.maxRetries;
  return isRoute ? 1 + DEFAULT_RETRY.maxRetries : 1;
}

/** A flow's stated timeout in milliseconds, if it states one. */
export function flowTimeout(flow: Flow): number | undefined {
  return flow.timeout === undefined ? undefined : parseDuration(flow.timeout);
}
