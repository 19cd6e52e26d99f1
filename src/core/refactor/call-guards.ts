import { parseDuration } from "../model/duration";
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_ROUTE_TIMEOUT } from "../model/defaults";
import { formatDuration } from "../model/duration";
import type { Design, Flow } from "../model/schema";
import { gatherFacts } from "../analysis/gather-facts";
import { analyzeDependencies } from "../analysis/find-cycles";
import { serviceBudgets } from "../analysis/find-timeout-budget";
import { flowTimeout, flowTries } from "../analysis/flow-tries";
import { nameIn } from "./design-ids";
import type { RefactorResult } from "./types";
import { described, step, type RefactorStep } from "./change-text";

function withFlow(design: Design, id: string, change: (f: Flow) => Flow): { design: Design; flow: Flow } {
  const flow = (design.flows ?? []).find((f) => f.id === id);
  if (!flow) throw new Error(`no flow "${id}" in this design`);
  const next = change(flow);
  return { design: { ...design, flows: (design.flows ?? []).map((f) => (f === flow ? next : f)) }, flow };
}

const ends = (design: Design, f: Flow) => ({ from: nameIn(design, f.from), to: nameIn(design, f.to) });

/**
 * `add-circuit-breaker`: the mall-go guide's breaker (trip at 50% failures over at
 * least 5 requests, open for 30s) on a call, so a slow callee fails fast
 * instead of piling its caller's requests up.
 * @example applyAddCircuitBreaker(mallGoTemplate(), "cart-prices").changes
 */
export function applyAddCircuitBreaker(design: Design, flowId: string): RefactorResult {
  const { design: next, flow } = withFlow(design, flowId, (f) => ({ ...f, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER } }));
  return { design: next, ...described([step("breaker-added", ends(design, flow))]), touched: [flowId] };
}

/**
 * `add-timeout`: a timeout on a call that has none: 2s, or longer when
 * the callee may take longer (its own timeouts x tries below), so the new
 * timeout never cuts work short.
 * @example applyAddTimeout(mallGoTemplate(), "cart-prices").design.flows?.find((f) => f.id === "cart-prices")?.timeout === "2s"
 */
export function applyAddTimeout(design: Design, flowId: string): RefactorResult {
  const facts = gatherFacts(design);
  const { budget } = serviceBudgets(facts, analyzeDependencies(facts));
  const flow = (design.flows ?? []).find((f) => f.id === flowId);
  const callee = flow ? facts.element.get(flow.to)?.service ?? -1 : -1;
  const below = callee >= 0 ? budget[callee]! : 0;
  const timeout = formatDuration(below >= 2000 ? Math.ceil(below / 1000) * 1000 + 1000 : 2000);
  const { design: next, flow: f } = withFlow(design, flowId, (x) => ({ ...x, timeout }));
  return { design: next, ...described([step("timeout-added", { ...ends(design, f), timeout })]), touched: [flowId] };
}

/**
 * `fit-timeouts`: makes everything below a call fit in its timeout. From
 * the call's callee down, every sync call gets a timeout no longer than its
 * caller's allowance divided by its tries (keeping a shorter one it has),
 * and passes that on as the allowance below it. Afterwards the callee's
 * longest wait, timeout x tries per call, is within the caller's timeout.
 * @example applyFitTimeouts(design, "gw-a").changes
 */
export function applyFitTimeouts(design: Design, flowId: string): RefactorResult {
  const flows = design.flows ?? [];
  const top = flows.find((f) => f.id === flowId);
  if (!top) throw new Error(`no flow "${flowId}" in this design`);
  const isGateway = (design.gateways ?? []).some((g) => g.id === top.from);
  const limit = flowTimeout(top) ?? (isGateway ? parseDuration(DEFAULT_ROUTE_TIMEOUT)! : undefined);
  if (limit === undefined) throw new Error(`"${flowId}" states no timeout to fit into`);
  const services = new Set((design.services ?? []).map((s) => s.id));
  const out = new Map<string, Flow[]>();
  for (const f of flows) if (f.kind === "sync" && services.has(f.from) && services.has(f.to) && f.from !== f.to) out.set(f.from, [...(out.get(f.from) ?? []), f]);

  const timeout = new Map<string, number>();
  const allowance = new Map<string, number>([[top.to, limit]]);
  const queue = [top.to];
  while (queue.length) {
    const v = queue.pop()!;
    const a = allowance.get(v)!;
    for (const f of out.get(v) ?? []) {
      const cap = Math.floor(a / flowTries(f, false));
      const current = timeout.get(f.id) ?? flowTimeout(f) ?? Infinity;
      const t = Math.min(current, cap);
      timeout.set(f.id, t);
      if (t < (allowance.get(f.to) ?? Infinity)) {
        allowance.set(f.to, t);
        queue.push(f.to);
      }
    }
  }
  const changes: RefactorStep[] = [];
  const touched: string[] = [];
  const next = flows.map((f) => {
    const t = timeout.get(f.id);
    if (t === undefined || t === flowTimeout(f)) return f;
    touched.push(f.id);
    changes.push(step("timeout-changed", { ...ends(design, f), before: f.timeout ?? "", after: formatDuration(t), tries: flowTries(f, false) }));
    return { ...f, timeout: formatDuration(t) };
  });
  changes.unshift(step("timeouts-fit", { ...ends(design, top), limit: formatDuration(limit) }));
  return { design: { ...design, flows: next }, ...described(changes), touched: [flowId, ...touched] };
}

/**
 * `retry-at-one-layer`: along a path whose retries multiply, only the
 * outermost call keeps its retries; the calls inside stop retrying (a route
 * cannot, as the gateway's default retries apply to it, so it is the one
 * that keeps them).
 * @example applyRetryAtOneLayer(design, ["gw-a", "a-b", "b-c"]).changes
 */
export function applyRetryAtOneLayer(design: Design, path: string[]): RefactorResult {
  const flows = design.flows ?? [];
  const inner = new Set(path.slice(1));
  const changes: RefactorStep[] = [];
  const touched: string[] = [];
  const next = flows.map((f) => {
    if (!inner.has(f.id) || !f.retry || f.retry.maxRetries === 0) return f;
    const { retry, ...rest } = f;
    touched.push(f.id);
    changes.push(step("retries-stopped", { ...ends(design, f), retries: retry.maxRetries }));
    return rest;
  });
  const first = flows.find((f) => f.id === path[0]);
  if (first) changes.unshift(step("retries-kept", ends(design, first)));
  return { design: { ...design, flows: next }, ...described(changes), touched };
}
