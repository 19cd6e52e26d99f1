import { HOP_AVAILABILITY } from "../analysis/find-deep-chains";
import { gatherFacts, type Facts } from "../analysis/gather-facts";
import type { Design } from "../model/schema";

export interface RouteAvailability {
  gateway: string;
  /** The route's flow id. */
  flow: string;
  /** The product of the availabilities of every service the route reaches by sync calls, each counted once. */
  availability: number;
  /** Those services, route target first, in the order they are reached. */
  services: string[];
}

/**
 * Each gateway route's availability: a request through it needs every
 * service it reaches synchronously, so it is up when all of them are, the
 * product of their availabilities (a service's own `availability`, else the
 * guide's 0.999 per hop). For a plain chain that is the deep-sync-chain
 * figure, 0.999 ^ hops with the route counted as a hop. A circuit breaker
 * does not raise it: the call still fails, only faster.
 * `onlyFlow` computes just that route (the inspector shows one).
 * @example routeAvailability(mallGoTemplate()).find((r) => r.flow === "route-orders")?.availability
 */
export function routeAvailability(design: Design, facts: Facts = gatherFacts(design), onlyFlow?: string): RouteAvailability[] {
  const n = facts.services.length;
  const callees: number[][] = Array.from({ length: n }, () => []);
  for (const c of facts.calls) callees[c.from]!.push(c.to);
  const seen = new Int32Array(n).fill(-1);
  const routes = onlyFlow === undefined ? facts.routes : facts.routes.filter((r) => r.flow.id === onlyFlow);
  return routes.map((route, r) => {
    const order = [route.to];
    seen[route.to] = r;
    for (let i = 0; i < order.length; i++)
      for (const w of callees[order[i]!]!)
        if (seen[w] !== r) {
          seen[w] = r;
          order.push(w);
        }
    let availability = 1;
    for (const s of order) availability *= facts.services[s]!.availability ?? HOP_AVAILABILITY;
    return { gateway: route.flow.from, flow: route.flow.id, availability, services: order.map((s) => facts.services[s]!.id) };
  });
}
