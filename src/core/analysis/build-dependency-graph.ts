import type { Facts, Link } from "./gather-facts";

/**
 * The coupling graph between services, in compressed adjacency form (CSR) so
 * the graph passes on 10,000 services stay in typed arrays.
 *
 * Edges follow the arrows the user drew: caller -> callee for a sync call,
 * sender -> receiver for a direct message, producer -> consumer through a
 * broker (the "producer -> broker -> consumer counts as producer ->
 * consumer"). A loop along these arrows couples every service on it, and it
 * is the loop a person sees on the canvas; that is also why turning one call
 * of a two-service sync cycle into a message leaves an event loop (a warning)
 * rather than no loop at all.
 *
 * Nodes 0..serviceCount-1 are the services in design order. Broker traffic
 * adds helper nodes after them rather than one edge per producer x consumer
 * pair, which could be quadratic on a busy broker: per broker, one node per
 * event name, plus "any publisher" and "any subscriber" nodes for flows that
 * name no event. A producer reaches exactly the consumers that take its
 * event (a side naming no event matches everything on that broker).
 */
export interface DependencyGraph {
  nodeCount: number;
  serviceCount: number;
  /** Edges of node n are start[n] .. start[n+1]-1. */
  start: Int32Array;
  target: Int32Array;
  /** Index into `flowIds` of the flow an edge stands for, or -1 for a helper edge. */
  flow: Int32Array;
  /** 1 for a sync call. */
  sync: Uint8Array;
  flowIds: string[];
}

/** Edges in typed arrays sized up front (the caller knows an upper bound), so building allocates four arrays, not thousands of slots. */
class EdgeList {
  length = 0;
  from: Int32Array;
  to: Int32Array;
  flow: Int32Array;
  sync: Uint8Array;
  flowIds: string[] = [];
  constructor(capacity: number) {
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
    this.flow = new Int32Array(capacity);
    this.sync = new Uint8Array(capacity);
  }
  add(from: number, to: number, link: Link | undefined, sync: boolean): void {
    const i = this.length++;
    this.from[i] = from;
    this.to[i] = to;
    if (link) {
      this.flow[i] = this.flowIds.length;
      this.flowIds.push(link.flow.id);
    } else this.flow[i] = -1;
    this.sync[i] = sync ? 1 : 0;
  }
}

/** Builds CSR arrays from an edge list, keeping each node's edges in insertion (design) order. */
function compress(edges: EdgeList, nodeCount: number, serviceCount: number): DependencyGraph {
  const m = edges.length;
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) start[edges.from[i]! + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const target = new Int32Array(m);
  const flow = new Int32Array(m);
  const sync = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const at = fill[edges.from[i]!]!++;
    target[at] = edges.to[i]!;
    flow[at] = edges.flow[i]!;
    sync[at] = edges.sync[i]!;
  }
  return { nodeCount, serviceCount, start, target, flow, sync, flowIds: edges.flowIds };
}

/**
 * Sync calls only: caller -> callee, services only. Its `flow[e]` indexes
 * `facts.calls` directly (flows are numbered in the order they are added).
 * @example buildSyncGraph(gatherFacts(design)).start // CSR offsets per service
 */
export function buildSyncGraph(facts: Facts): DependencyGraph {
  const edges = new EdgeList(facts.calls.length);
  for (const c of facts.calls) edges.add(c.from, c.to, c, true);
  return compress(edges, facts.services.length, facts.services.length);
}

/**
 * The whole coupling graph: sync calls, direct async messages and broker
 * events, each in the direction of its arrows. Database access and gateway
 * routes are not service edges.
 * @example findStrongComponents(buildDependencyGraph(gatherFacts(design)))
 */
export function buildDependencyGraph(facts: Facts): DependencyGraph {
  // Each broker flow adds at most itself and two helper edges (its event's node), plus one per broker.
  const brokerFlows = facts.publishes.length + facts.subscribes.length;
  const edges = new EdgeList(facts.calls.length + facts.messages.length + 3 * brokerFlows + (facts.design.brokers?.length ?? 0) + 1);
  for (const c of facts.calls) edges.add(c.from, c.to, c, true);
  for (const m of facts.messages) edges.add(m.from, m.to, m, false);

  let nodeCount = facts.services.length;
  const byBroker = new Map<string, { pubs: Link[]; subs: Link[] }>();
  const slot = (broker: string) => {
    let s = byBroker.get(broker);
    if (!s) byBroker.set(broker, (s = { pubs: [], subs: [] }));
    return s;
  };
  for (const p of facts.publishes) slot(p.flow.to).pubs.push(p);
  for (const s of facts.subscribes) slot(s.flow.from).subs.push(s);

  for (const { pubs, subs } of byBroker.values()) {
    if (pubs.length === 0 || subs.length === 0) continue;
    const anyPub = nodeCount++;
    const anySub = nodeCount++;
    const topics = new Map<string, number>();
    const topic = (event: string) => {
      let n = topics.get(event);
      if (n === undefined) {
        topics.set(event, (n = nodeCount++));
        edges.add(anyPub, n, undefined, false);
        edges.add(n, anySub, undefined, false);
      }
      return n;
    };
    edges.add(anyPub, anySub, undefined, false);
    for (const p of pubs) edges.add(p.from, p.flow.event === undefined ? anyPub : topic(p.flow.event), p, false);
    for (const s of subs) edges.add(s.flow.event === undefined ? anySub : topic(s.flow.event), s.to, s, false);
  }
  return compress(edges, nodeCount, facts.services.length);
}
