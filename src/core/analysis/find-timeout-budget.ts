import { DEFAULT_ROUTE_TIMEOUT } from "../model/defaults";
import { parseDuration } from "../model/duration";
import type { DependencyAnalysis } from "./find-cycles";
import { makeFinding } from "./finding-messages";
import { flowTimeout, flowTries } from "./flow-tries";
import { nameOf, type Facts, type Link } from "./gather-facts";
import type { Finding } from "./types";

/** One hop of the path below a flagged call: the callee, its timeout and tries as the design states them. */
export interface BudgetHop {
  callee: string;
  timeout: number;
  tries: number;
}

/**
 * How long each service may take at most, from the timeouts below it: the
 * longest of its outgoing sync calls, each counted as timeout x tries (or,
 * for a call that states no timeout, as long as its callee may take).
 * `step[v]` is the graph edge that decides it (-1 when nothing below states
 * a timeout). One pass over the sync graph's components in the order Tarjan
 * emits them, callees first; calls inside a cycle are skipped (the cycle is
 * reported on its own, and a loop has no finite budget).
 * @example serviceBudgets(facts, analyzeDependencies(facts)).budget[0]
 */
export function serviceBudgets(facts: Facts, deps: DependencyAnalysis): { budget: Float64Array; step: Int32Array } {
  const g = deps.syncGraph;
  const sc = deps.syncComponents;
  const n = g.serviceCount;
  const budget = new Float64Array(n);
  const step = new Int32Array(n).fill(-1);
  // The sync graph numbers its flows in the order of facts.calls.
  for (let c = 0; c < sc.count; c++)
    for (let i = sc.memberStart[c]!; i < sc.memberStart[c + 1]!; i++) {
      const v = sc.members[i]!;
      for (let e = g.start[v]!; e < g.start[v + 1]!; e++) {
        const w = g.target[e]!;
        if (sc.comp[w] === c) continue;
        const flow = facts.calls[g.flow[e]!]!.flow;
        const time = flowTries(flow, false) * (flowTimeout(flow) ?? budget[w]!);
        if (time > budget[v]!) {
          budget[v] = time;
          step[v] = e;
        }
      }
    }
  return { budget, step };
}

/**
 * `timeout-budget` (warning): a caller's timeout is shorter than what its
 * callee may take (the callee's own downstream timeouts x tries along the
 * sync path), so the caller gives up while the work goes on below, and its
 * retry starts the same work again. Checked on every sync call that states a
 * timeout and on every gateway route (which gets the mall-go guide's 5s without one).
 * Linear in the design: one budget pass, one check per call.
 * @example findTimeoutBudget(facts, analyzeDependencies(facts))
 */
export function findTimeoutBudget(facts: Facts, deps: DependencyAnalysis): Finding[] {
  const { budget, step } = serviceBudgets(facts, deps);
  const g = deps.syncGraph;
  const defaultRoute = parseDuration(DEFAULT_ROUTE_TIMEOUT)!;
  const findings: Finding[] = [];
  const check = (link: Link, timeout: number | undefined) => {
    if (timeout === undefined || budget[link.to]! <= timeout) return;
    const path = [link.flow.from, link.flow.to];
    const flows = [link.flow.id];
    const hops: BudgetHop[] = [];
    for (let v = link.to, guard = 0; step[v]! >= 0 && guard < g.serviceCount; guard++) {
      const e = step[v]!;
      const below = facts.calls[g.flow[e]!]!.flow;
      v = g.target[e]!;
      path.push(below.to);
      flows.push(below.id);
      const t = flowTimeout(below);
      if (t !== undefined) hops.push({ callee: nameOf(facts, below.to), timeout: t, tries: flowTries(below, false) });
    }
    const params = { caller: nameOf(facts, link.flow.from), callee: nameOf(facts, link.flow.to), timeout, budget: budget[link.to]!, path: path.map((id) => nameOf(facts, id)), hops };
    findings.push(makeFinding("timeout-budget", "warning", params, { elements: path, flows, path, timeout, budget: budget[link.to]! }));
  };
  for (const r of facts.routes) check(r, flowTimeout(r.flow) ?? defaultRoute);
  for (const c of facts.calls) check(c, flowTimeout(c.flow));
  return findings;
}
