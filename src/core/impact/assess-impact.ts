import { gatherFacts, type Link } from "../analysis/gather-facts";
import { indexElements } from "../model/elements";
import type { Design } from "../model/schema";
import { routeAvailability } from "./route-availability";

/** Worst first is the order of this list. */
export const OUTCOMES = ["fails", "degraded", "ok"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ElementImpact {
  id: string;
  outcome: Outcome;
  /** The flow through which the failure reaches it (its next step toward the element that is down). */
  via?: string;
}

export interface RouteImpact {
  gateway: string;
  /** The route's flow id. */
  flow: string;
  /** Element ids from the gateway to the element that is down, along the way the failure travels (just the route's ends when it is ok). */
  path: string[];
  outcome: Outcome;
  /** The flow that decides the outcome: the circuit breaker or async hop that softens it, else the call into the element that is down. */
  via?: string;
  /** The route's availability on a normal day: the product along its weakest sync path (see `routeAvailability`). */
  availability: number;
}

export interface Impact {
  /** The element taken down (a context takes down every element in it). */
  down: string;
  routes: RouteImpact[];
  /** Every element of the design but contexts, in design order. */
  elements: ElementImpact[];
}

const RANK: Record<Outcome, number> = { ok: 0, degraded: 1, fails: 2 };

interface Edge {
  from: number;
  to: number;
  flow: string;
  sync: boolean;
  breaker: boolean;
  /** A broker between producer and consumer, for the path. */
  through?: number;
  /** A publish: it waits only when the broker itself is down (its consumers are reached by their own edges, event by event). */
  onlyIfDown?: boolean;
}

/**
 * "What if it is down?": the outcome of every element and gateway route when
 * one element (or every element of one context) is down.
 * - `fails`: it needs the element synchronously, with no circuit breaker
 *   on the way to fall back on;
 * - `degraded`: it reaches the element only through a circuit breaker (it
 *   answers, without that part), or work it hands on through an async hop
 *   (a broker, a message) waits until the element is back;
 * - `ok`: it does not depend on the element.
 * Outcomes only get worse as they travel toward callers, so one worklist pass
 * over the reversed flows settles them, sync cycles included.
 * @example assessImpact(mallGoTemplate(), "cart-service").routes.find((r) => r.flow === "route-cart")?.outcome === "fails"
 */
export function assessImpact(design: Design, down: string): Impact {
  const facts = gatherFacts(design);
  const index = indexElements(design);
  const ids = [...index.keys()].filter((id) => index.get(id)!.kind !== "context");
  const num = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;

  const edges: Edge[] = [];
  const add = (from: string, to: string, e: Omit<Edge, "from" | "to">) => {
    const f = num.get(from);
    const t = num.get(to);
    if (f !== undefined && t !== undefined) edges.push({ from: f, to: t, ...e });
  };
  for (const l of [...facts.calls, ...facts.dataAccess]) add(l.flow.from, l.flow.to, { flow: l.flow.id, sync: true, breaker: !!l.flow.circuitBreaker });
  for (const l of facts.messages) add(l.flow.from, l.flow.to, { flow: l.flow.id, sync: false, breaker: false });
  for (const l of facts.publishes) add(l.flow.from, l.flow.to, { flow: l.flow.id, sync: false, breaker: false, onlyIfDown: true });
  // A producer's work waits on each consumer of its event, through the broker. Subscriptions are
  // grouped by broker and event so a busy broker costs its matching pairs, not publishers x subscribers.
  const subsOf = new Map<string, { all: Link[]; anyEvent: Link[]; byEvent: Map<string, Link[]> }>();
  for (const s of facts.subscribes) {
    let b = subsOf.get(s.flow.from);
    if (!b) subsOf.set(s.flow.from, (b = { all: [], anyEvent: [], byEvent: new Map() }));
    b.all.push(s);
    if (s.flow.event === undefined) b.anyEvent.push(s);
    else {
      const list = b.byEvent.get(s.flow.event);
      if (list) list.push(s);
      else b.byEvent.set(s.flow.event, [s]);
    }
  }
  for (const p of facts.publishes) {
    const b = subsOf.get(p.flow.to);
    if (!b) continue;
    const matching = p.flow.event === undefined ? b.all : [...(b.byEvent.get(p.flow.event) ?? []), ...b.anyEvent];
    for (const s of matching) add(p.flow.from, s.flow.to, { flow: p.flow.id, sync: false, breaker: false, through: num.get(p.flow.to) });
  }
  for (const s of facts.subscribes) add(s.flow.from, s.flow.to, { flow: s.flow.id, sync: false, breaker: false });

  const callers: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, i) => callers[e.to]!.push(i));
  const outcome = new Uint8Array(n);
  const next = new Int32Array(n).fill(-1);
  const isDown = new Uint8Array(n);
  const downIds = index.get(down)?.kind === "context" ? ids.filter((id) => (index.get(id)!.element as { context?: string }).context === down) : num.has(down) ? [down] : [];
  const queue: number[] = [];
  for (const id of downIds) {
    const i = num.get(id)!;
    isDown[i] = 1;
    outcome[i] = RANK.fails;
    queue.push(i);
  }
  const carried = (e: Edge) => {
    const o = outcome[e.to]!;
    if (o === RANK.ok || (e.onlyIfDown && o !== RANK.fails)) return RANK.ok;
    if (!e.sync || e.breaker) return RANK.degraded;
    return o;
  };
  while (queue.length) {
    const y = queue.pop()!;
    for (const ei of callers[y]!) {
      const e = edges[ei]!;
      if (isDown[e.from]) continue;
      const o = carried(e);
      if (o <= outcome[e.from]!) continue;
      outcome[e.from] = o;
      next[e.from] = ei;
      queue.push(e.from);
    }
  }

  const name = (o: number): Outcome => (o === RANK.fails ? "fails" : o === RANK.degraded ? "degraded" : "ok");
  const availability = new Map(routeAvailability(design, facts).map((r) => [r.flow, r.availability]));
  const routes: RouteImpact[] = facts.routes.map((r) => {
    const g = num.get(r.flow.from)!;
    const t = num.get(r.flow.to)!;
    const route: RouteImpact = { gateway: r.flow.from, flow: r.flow.id, path: [r.flow.from, r.flow.to], outcome: "ok", availability: availability.get(r.flow.id) ?? 1 };
    if (isDown[g]) return { ...route, outcome: "fails", via: r.flow.id };
    route.outcome = name(outcome[t]!);
    if (route.outcome === "ok") return route;
    let via: string | undefined = isDown[t] ? r.flow.id : undefined;
    const seen = new Set([t]);
    for (let v = t; next[v]! >= 0; ) {
      const e = edges[next[v]!]!;
      if (e.through !== undefined) route.path.push(ids[e.through]!);
      route.path.push(ids[e.to]!);
      if (route.outcome === "degraded" ? !via && (!e.sync || e.breaker) : isDown[e.to]) via = e.flow;
      v = e.to;
      if (seen.has(v)) break;
      seen.add(v);
    }
    if (via) route.via = via;
    return route;
  });

  // A gateway fails when all its routes do, and is degraded when some route is not ok.
  const worstRoute = new Map<string, { all: boolean; any: boolean }>();
  for (const r of routes) {
    const w = worstRoute.get(r.gateway) ?? { all: true, any: false };
    worstRoute.set(r.gateway, { all: w.all && r.outcome === "fails", any: w.any || r.outcome !== "ok" });
  }
  const elements: ElementImpact[] = ids.map((id, i) => {
    if (index.get(id)!.kind === "gateway" && !isDown[i]) {
      const w = worstRoute.get(id);
      return { id, outcome: w?.all ? "fails" : w?.any ? "degraded" : "ok" };
    }
    const item: ElementImpact = { id, outcome: name(outcome[i]!) };
    if (next[i]! >= 0) item.via = edges[next[i]!]!.flow;
    return item;
  });
  return { down, routes, elements };
}
