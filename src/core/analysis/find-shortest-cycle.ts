import type { DependencyGraph } from "./build-dependency-graph";

export interface CyclePath {
  /** Service nodes in order, closed: the first again at the end. */
  services: number[];
  /** Flow ids of the edges, in order (publish and subscribe flows for a broker hop). */
  flows: string[];
}

/** Scratch arrays sized to a graph, reused across calls so many small components cost no allocation each. */
export interface CycleScratch {
  parentEdge: Int32Array;
  queue: Int32Array;
}

export function cycleScratch(graph: DependencyGraph): CycleScratch {
  return { parentEdge: new Int32Array(graph.nodeCount).fill(-1), queue: new Int32Array(graph.nodeCount) };
}

/**
 * The shortest closed path from `from` back to itself that stays inside
 * component `c` (breadth-first, so linear in the component's size). Every
 * node of a strongly connected component with two or more services has one.
 * @example findShortestCycle(graph, comps.comp, comps.comp[0], 0, cycleScratch(graph))
 */
export function findShortestCycle(graph: DependencyGraph, comp: Int32Array, c: number, from: number, scratch: CycleScratch): CyclePath | undefined {
  const { start, target } = graph;
  const { parentEdge, queue } = scratch;
  let head = 0;
  let tail = 0;
  queue[tail++] = from;
  let closing = -1;
  search: while (head < tail) {
    const v = queue[head++]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = target[e]!;
      if (comp[w] !== c) continue;
      if (w === from) {
        closing = e;
        break search;
      }
      if (parentEdge[w] !== -1) continue;
      parentEdge[w] = e;
      queue[tail++] = w;
    }
  }
  let path: CyclePath | undefined;
  if (closing !== -1) {
    // Walk back from the closing edge; the source of edge e is the node we came from.
    const edges = [closing];
    let v = sourceOf(graph, closing);
    while (v !== from) {
      const e = parentEdge[v]!;
      edges.push(e);
      v = sourceOf(graph, e);
    }
    edges.reverse();
    const services = [from];
    const flows: string[] = [];
    for (const e of edges) {
      const w = target[e]!;
      if (w < graph.serviceCount) services.push(w);
      const f = graph.flow[e]!;
      if (f >= 0) flows.push(graph.flowIds[f]!);
    }
    path = { services, flows };
  }
  for (let i = 1; i < tail; i++) parentEdge[queue[i]!] = -1;
  return path;
}

/** The source node of edge e: the n with start[n] <= e < start[n+1] (binary search keeps the CSR free of a source array). */
function sourceOf(graph: DependencyGraph, e: number): number {
  const { start } = graph;
  let lo = 0;
  let hi = graph.nodeCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= e) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
