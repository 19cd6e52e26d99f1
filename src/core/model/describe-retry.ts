/** The effective retry of a call, for people: kept apart from the defaults so it loads with the inspector, not the first screen. */
import type { Flow } from "./schema";
import { effectiveRetry } from "./defaults";

/** Whether the exports retry this call at all. */
export function retriesOn(flow: Flow): boolean {
  return effectiveRetry(flow).maxRetries > 0;
}

/**
 * The effective retry policy in words, as the inspector shows it.
 * @example describeRetry({ id: "r", from: "g", to: "s", kind: "sync" }) === "default: 3 retries on 502/503/504, 100ms apart"
 */
export function describeRetry(flow: Flow): string {
  const r = effectiveRetry(flow);
  if (r.maxRetries === 0) return "off: no export retries this call";
  const what = `${r.maxRetries} ${r.maxRetries === 1 ? "retry" : "retries"} on ${r.on.join("/")}, ${r.delay} apart`;
  return flow.retry === undefined ? `default: ${what}` : what;
}
