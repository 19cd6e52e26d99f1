import type { DependencyGraph } from "./build-dependency-graph";
import type { DependencyAnalysis } from "./find-cycles";
import type { Components } from "./find-strong-components";
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
 * Linear time: one pass over the sync graph's components in reverse
 * topological order (the order Tarjan emits them). Each component picks the
 * exit call that leads to the longest chain after it; inside a sync cycle the
 * path walks the shortest way to that exit (one reverse breadth-first search
 * per cycle), so a path never repeats a service and still goes through the
 * cycle rather than stopping at it. (The longest simple path inside a cycle
 * is NP-hard; the cycle is reported on its own anyway.) Entries that lie on a
 * path already reported are skipped: their longest path is that path's tail.
 * @example findDeepChains(facts, analyzeDependencies(facts))[0]?.path
 */
export function findDeepChains(facts: Facts, deps: DependencyAnalysis): Finding[] {
  const { hops: chain, step } = longestChains(deps.syncGraph, deps.syncComponents);
  const g = deps.syncGraph;
  const n = g.serviceCount;

  const routeTo = new Map<number, Link>();
  for (const r of facts.routes) if (!routeTo.has(r.to)) routeTo.set(r.to, r);
  const called = new Uint8Array(n);
  for (const c of facts.calls) called[c.to] = 1;

  const entries: { service: number; hops: number }[] = [];
  for (let s = 0; s < n; s++) {
    const route = routeTo.has(s);
    if (!route && called[s]) continue;
    const hops = chain[s]! + (route ? 1 : 0);
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
      const e = step[v]!;
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

/**
 * Per service: the hops of the chain chosen from it and the edge it takes
 * first (-1 at the end). See `findDeepChains` for the choice.
 */
function longestChains(g: DependencyGraph, sc: Components): { hops: Int32Array; step: Int32Array } {
  const n = g.serviceCount;
  const { start, target } = g;
  const hops = new Int32Array(n);
  const step = new Int32Array(n).fill(-1);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let reverse: { start: Int32Array; edge: Int32Array; source: Int32Array } | undefined;

  for (let c = 0; c < sc.count; c++) {
    const first = sc.memberStart[c]!;
    const end = sc.memberStart[c + 1]!;
    let exit = -1;
    let exitFrom = -1;
    let exitHops = 0;
    for (let i = first; i < end; i++) {
      const v = sc.members[i]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = target[e]!;
        if (sc.comp[w] === c || hops[w]! + 1 <= exitHops) continue;
        exitHops = hops[w]! + 1;
        exit = e;
        exitFrom = v;
      }
    }
    if (exit < 0) continue;
    hops[exitFrom] = exitHops;
    step[exitFrom] = exit;
    if (end - first === 1) continue;

    // Inside a cycle: distances to the exit's caller, walking the calls backwards.
    reverse ??= reverseOf(g);
    let head = 0;
    let tail = 0;
    dist[exitFrom] = 0;
    queue[tail++] = exitFrom;
    while (head < tail) {
      const x = queue[head++]!;
      for (let r = reverse.start[x]!; r < reverse.start[x + 1]!; r++) {
        const y = reverse.source[r]!;
        if (sc.comp[y] !== c || dist[y] !== -1) continue;
        dist[y] = dist[x]! + 1;
        hops[y] = dist[y]! + exitHops;
        step[y] = reverse.edge[r]!;
        queue[tail++] = y;
      }
    }
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
  }
  return { hops, step };
}

/** Incoming edges per node: the forward edge ids and their sources. */
function reverseOf(g: DependencyGraph): { start: Int32Array; edge: Int32Array; source: Int32Array } {
  const n = g.nodeCount;
  const m = g.target.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[g.target[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, n);
  const edge = new Int32Array(m);
  const source = new Int32Array(m);
  for (let v = 0; v < n; v++)
    for (let e = g.start[v]!; e < g.start[v + 1]!; e++) {
      const at = fill[g.target[e]!]!++;
      edge[at] = e;
      source[at] = v;
    }
  return { start, edge, source };
}
