import type { DependencyAnalysis } from "./find-cycles";
import { makeFinding } from "./finding-messages";
import { flowTries } from "./flow-tries";
import { nameOf, type Facts, type Link } from "./gather-facts";
import type { Finding } from "./types";

/** Flag a path once one entry request may become this many requests at its end. */
export const RETRY_AMPLIFICATION_LIMIT = 10;

/**
 * `retry-amplification` (warning): retries multiply along a sync path. A
 * route that tries 4 times over a call that tries 4 times sends up to 16
 * requests to the callee for one client request, exactly when it is already
 * failing. Flagged at 10x or more, when at least two layers retry.
 *
 * Linear: the largest factor reaching each service is carried through the
 * sync graph's components from callers to callees (the reverse of the order
 * Tarjan emits them); calls inside a cycle are skipped (the cycle is a
 * finding of its own, and its factor would be unbounded). One finding per
 * path end; services on a path already reported are not reported again.
 * @example findRetryAmplification(facts, analyzeDependencies(facts))[0]?.factor
 */
export function findRetryAmplification(facts: Facts, deps: DependencyAnalysis): Finding[] {
  const g = deps.syncGraph;
  const sc = deps.syncComponents;
  const n = g.serviceCount;
  const factor = new Float64Array(n).fill(1);
  const layers = new Int32Array(n);
  const pred = new Int32Array(n).fill(-1);
  const source = new Int32Array(g.target.length);
  const entry = new Array<Link | undefined>(n);
  // The sync graph numbers its flows in the order of facts.calls.
  const callOf = (e: number) => facts.calls[g.flow[e]!]!.flow;

  for (const r of facts.routes) {
    const tries = flowTries(r.flow, true);
    if (tries > factor[r.to]!) {
      factor[r.to] = tries;
      layers[r.to] = tries > 1 ? 1 : 0;
      entry[r.to] = r;
    }
  }
  for (let c = sc.count - 1; c >= 0; c--)
    for (let i = sc.memberStart[c]!; i < sc.memberStart[c + 1]!; i++) {
      const v = sc.members[i]!;
      for (let e = g.start[v]!; e < g.start[v + 1]!; e++) {
        source[e] = v;
        const w = g.target[e]!;
        if (sc.comp[w] === c) continue;
        const tries = flowTries(callOf(e), false);
        const next = factor[v]! * tries;
        if (next <= factor[w]!) continue;
        factor[w] = next;
        layers[w] = layers[v]! + (tries > 1 ? 1 : 0);
        pred[w] = e;
        entry[w] = undefined;
      }
    }

  const ends: number[] = [];
  for (let v = 0; v < n; v++) if (factor[v]! >= RETRY_AMPLIFICATION_LIMIT && layers[v]! >= 2) ends.push(v);
  ends.sort((a, b) => factor[b]! - factor[a]! || a - b);
  const covered = new Uint8Array(n);
  const findings: Finding[] = [];
  for (const end of ends) {
    if (covered[end]) continue;
    const path: string[] = [];
    const flows: string[] = [];
    const tries: number[] = [];
    let v = end;
    for (let guard = 0; guard <= n; guard++) {
      covered[v] = 1;
      path.push(facts.services[v]!.id);
      const e = pred[v]!;
      if (e < 0) break;
      const flow = callOf(e);
      flows.push(flow.id);
      tries.push(flowTries(flow, false));
      v = source[e]!;
    }
    const route = entry[v];
    if (route) {
      path.push(route.flow.from);
      flows.push(route.flow.id);
      tries.push(flowTries(route.flow, true));
    }
    path.reverse();
    flows.reverse();
    tries.reverse();
    const params = { path: path.map((id) => nameOf(facts, id)), tries, factor: factor[end]!, last: nameOf(facts, facts.services[end]!.id) };
    findings.push(makeFinding("retry-amplification", "warning", params, { elements: path, flows, path, factor: factor[end]! }));
  }
  return findings;
}
