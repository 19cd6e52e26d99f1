import type { DependencyGraph } from "./build-dependency-graph";

export interface CyclePath {
  /** Service nodes in order, closed: the first again at the end. */
  services: number[];
  /** Flow ids of the edges, in order (publish and subscribe flows for a broker hop). */
  flows: string[];
}

/** Scratch arrays sized to a graph, reused across calls so many small components cost no allocation each. */
export interface CycleScratch {
  /** Per search state (node * 2 + seen-another-service): the edge that reached it, -1 when unreached. */
  parentEdge: Int32Array;
  parentState: Int32Array;
  queue: Int32Array;
}

/** @example const scratch = cycleScratch(graph); // reuse across findShortestCycle calls */
export function cycleScratch(graph: DependencyGraph): CycleScratch {
  const states = 2 * graph.nodeCount;
  return { parentEdge: new Int32Array(states).fill(-1), parentState: new Int32Array(states), queue: new Int32Array(states) };
}

/**
 * The shortest closed path from service `from` back to itself that stays
 * inside component `c` and passes at least one other service (breadth-first,
 * linear in the component's size). Without that condition a service that
 * consumes its own event would "close" a loop through the broker alone.
 * The search runs over (node, seen another service yet) states, so a broker's
 * helper node may appear once before and once after the other service; a
 * service never repeats. Every service in a component of two or more has one.
 * @example findShortestCycle(graph, comps.comp, comps.comp[0], 0, cycleScratch(graph))
 */
export function findShortestCycle(graph: DependencyGraph, comp: Int32Array, c: number, from: number, scratch: CycleScratch): CyclePath | undefined {
  const { start, target, serviceCount } = graph;
  const { parentEdge, parentState, queue } = scratch;
  const origin = from * 2;
  let head = 0;
  let tail = 0;
  queue[tail++] = origin;
  let closing = -1;
  let closingFrom = -1;
  search: while (head < tail) {
    const state = queue[head++]!;
    const v = state >> 1;
    const other = state & 1;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = target[e]!;
      if (comp[w] !== c) continue;
      if (w === from) {
        if (!other) continue;
        closing = e;
        closingFrom = state;
        break search;
      }
      const next = w * 2 + (other | (w < serviceCount ? 1 : 0));
      if (next === origin || parentEdge[next] !== -1) continue;
      parentEdge[next] = e;
      parentState[next] = state;
      queue[tail++] = next;
    }
  }
  let path: CyclePath | undefined;
  if (closing !== -1) {
    const edges = [closing];
    for (let state = closingFrom; state !== origin; state = parentState[state]!) edges.push(parentEdge[state]!);
    edges.reverse();
    const services = [from];
    const flows: string[] = [];
    for (const e of edges) {
      const w = target[e]!;
      if (w < serviceCount) services.push(w);
      const f = graph.flow[e]!;
      if (f >= 0) flows.push(graph.flowIds[f]!);
    }
    path = { services, flows };
  }
  for (let i = 1; i < tail; i++) parentEdge[queue[i]!] = -1;
  return path;
}
