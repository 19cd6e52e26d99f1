import type { Facts, Link } from "./gather-facts";

/**
 * "Depends on" between services, in compressed adjacency form (CSR) so the
 * graph passes on 10,000 services stay in typed arrays.
 *
 * Nodes 0..serviceCount-1 are the services in design order. Broker traffic
 * adds helper nodes after them rather than one edge per producer x consumer
 * pair, which could be quadratic on a busy broker: per broker, one node per
 * event name, plus "any subscriber" and "any publisher" nodes for flows that
 * name no event. Edges run consumer -> event -> producer, so a consumer
 * reaches exactly the producers whose event it takes (either side naming no
 * event matches everything on that broker).
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

class EdgeList {
  from: number[] = [];
  to: number[] = [];
  flow: number[] = [];
  sync: number[] = [];
  flowIds: string[] = [];
  add(from: number, to: number, link: Link | undefined, sync: boolean): void {
    this.from.push(from);
    this.to.push(to);
    if (link) {
      this.flow.push(this.flowIds.length);
      this.flowIds.push(link.flow.id);
    } else this.flow.push(-1);
    this.sync.push(sync ? 1 : 0);
  }
}

/** Builds CSR arrays from an edge list, keeping each node's edges in insertion (design) order. */
function compress(edges: EdgeList, nodeCount: number, serviceCount: number): DependencyGraph {
  const m = edges.from.length;
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

/** Sync calls only: caller -> callee, services only. */
export function buildSyncGraph(facts: Facts): DependencyGraph {
  const edges = new EdgeList();
  for (const c of facts.calls) edges.add(c.from, c.to, c, true);
  return compress(edges, facts.services.length, facts.services.length);
}

/**
 * The whole dependency graph: sync calls (caller -> callee), direct async
 * messages (receiver -> sender) and broker events (consumer -> producer).
 * Database access and gateway routes are not service dependencies.
 */
export function buildDependencyGraph(facts: Facts): DependencyGraph {
  const edges = new EdgeList();
  for (const c of facts.calls) edges.add(c.from, c.to, c, true);
  for (const m of facts.messages) edges.add(m.to, m.from, m, false);

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
    const anySub = nodeCount++;
    const anyPub = nodeCount++;
    const topics = new Map<string, number>();
    const topic = (event: string) => {
      let n = topics.get(event);
      if (n === undefined) {
        topics.set(event, (n = nodeCount++));
        edges.add(anySub, n, undefined, false);
        edges.add(n, anyPub, undefined, false);
      }
      return n;
    };
    edges.add(anySub, anyPub, undefined, false);
    for (const s of subs) edges.add(s.to, s.flow.event === undefined ? anySub : topic(s.flow.event), s, false);
    for (const p of pubs) edges.add(p.flow.event === undefined ? anyPub : topic(p.flow.event), p.from, p, false);
  }
  return compress(edges, nodeCount, facts.services.length);
}
