import type { DependencyAnalysis } from "./find-cycles";
import { makeFinding } from "./finding-messages";
import { nameOf, type Facts, type Link } from "./gather-facts";
import type { Finding } from "./types";

/** More sync hops than this from an entry point is a finding (the threshold). */
export const MAX_SYNC_HOPS = 3;
/** The availability assumed for each hop. */
export const HOP_AVAILABILITY = 0.999;

/**
 * `deep-sync-chain` findings: the longest sync call path from each entry
 * point (a service behind a gateway route, counting the route as a hop, or a
 * service no other service calls), when it is longer than 3 hops.
 *
 * Linear time: longest paths on the condensed sync graph, one pass over the
 * components in reverse topological order (the order Tarjan emits them).
 * Calls inside a sync cycle are not followed (the cycle is reported on its
 * own), so a path never repeats a service. Entries that lie on a path already
 * reported are skipped: their longest path is that path's tail.
 * @example findDeepChains(facts, analyzeDependencies(facts))[0]?.path
 */
export function findDeepChains(facts: Facts, deps: DependencyAnalysis): Finding[] {
  const { syncGraph: g, syncComponents: sc } = deps;
  const n = g.serviceCount;
  const down = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  for (let c = 0; c < sc.count; c++) {
    for (let i = sc.memberStart[c]!; i < sc.memberStart[c + 1]!; i++) {
      const v = sc.members[i]!;
      for (let e = g.start[v]!; e < g.start[v + 1]!; e++) {
        const w = g.target[e]!;
        if (sc.comp[w] === c) continue;
        if (down[w]! + 1 > down[v]!) {
          down[v] = down[w]! + 1;
          next[v] = e;
        }
      }
    }
  }

  const routeTo = new Map<number, Link>();
  for (const r of facts.routes) if (!routeTo.has(r.to)) routeTo.set(r.to, r);
  const called = new Uint8Array(n);
  for (const c of facts.calls) called[c.to] = 1;

  const entries: { service: number; hops: number }[] = [];
  for (let s = 0; s < n; s++) {
    const route = routeTo.has(s);
    if (!route && called[s]) continue;
    const hops = down[s]! + (route ? 1 : 0);
    if (hops > MAX_SYNC_HOPS) entries.push({ service: s, hops });
  }
  entries.sort((a, b) => b.hops - a.hops || a.service - b.service);

  const covered = new Uint8Array(n);
  const findings: Finding[] = [];
  for (const { service, hops } of entries) {
    if (covered[service]) continue;
    const route = routeTo.get(service);
    const path: string[] = route ? [route.flow.from] : [];
    const flows: string[] = route ? [route.flow.id] : [];
    for (let v = service; ; ) {
      covered[v] = 1;
      path.push(facts.services[v]!.id);
      const e = next[v]!;
      if (e < 0) break;
      flows.push(g.flowIds[g.flow[e]!]!);
      v = g.target[e]!;
    }
    const availability = HOP_AVAILABILITY ** hops;
    findings.push(
      makeFinding("deep-sync-chain", "warning", { path: path.map((id) => nameOf(facts, id)), hops, availability }, { elements: path, flows, path, hops, availability }),
    );
  }
  return findings;
}
