import { buildSyncGraph } from "../analysis/build-dependency-graph";
import { HOP_AVAILABILITY } from "../analysis/find-deep-chains";
import { findStrongComponents } from "../analysis/find-strong-components";
import { gatherFacts, type Facts } from "../analysis/gather-facts";
import type { Design } from "../model/schema";

export interface RouteAvailability {
  gateway: string;
  /** The route's flow id. */
  flow: string;
  /** The product of the availabilities of the services along the route's weakest sync path. */
  availability: number;
  /** Those services, route target first, in call order. */
  services: string[];
}

/**
 * Each gateway route's availability: the product of the availabilities of
 * the services along its sync path (a service's own `availability`, else the
 * guide's 0.999 per hop), taking at each service the call whose path below
 * is weakest. For a plain chain that is the deep-sync-chain figure, 0.999 ^
 * hops with the route counted as a hop. Services on a sync cycle all count
 * (a request that enters the loop needs every one of them). A circuit
 * breaker does not raise it: the call still fails, only faster.
 * Linear: one pass over the sync graph's components, callees first;
 * `onlyFlow` reports just that route (the inspector shows one).
 * @example routeAvailability(mallGoTemplate()).find((r) => r.flow === "route-orders")?.availability // 0.999 ** 3
 */
export function routeAvailability(design: Design, facts: Facts = gatherFacts(design), onlyFlow?: string): RouteAvailability[] {
  const g = buildSyncGraph(facts);
  const sc = findStrongComponents(g);
  const up = new Float64Array(sc.count);
  const exit = new Int32Array(sc.count).fill(-1);
  for (let c = 0; c < sc.count; c++) {
    let own = 1;
    let below = 1;
    for (let i = sc.memberStart[c]!; i < sc.memberStart[c + 1]!; i++) {
      const v = sc.members[i]!;
      own *= facts.services[v]!.availability ?? HOP_AVAILABILITY;
      for (let e = g.start[v]!; e < g.start[v + 1]!; e++) {
        const w = sc.comp[g.target[e]!]!;
        if (w !== c && up[w]! < below) [below, exit[c]] = [up[w]!, e];
      }
    }
    up[c] = own * below;
  }
  const routes = onlyFlow === undefined ? facts.routes : facts.routes.filter((r) => r.flow.id === onlyFlow);
  return routes.map((route) => {
    const services: string[] = [];
    for (let v = route.to, guard = 0; v >= 0 && guard < sc.count; guard++) {
      const c = sc.comp[v]!;
      services.push(facts.services[v]!.id);
      for (let i = sc.memberStart[c]!; i < sc.memberStart[c + 1]!; i++) if (sc.members[i] !== v) services.push(facts.services[sc.members[i]!]!.id);
      v = exit[c]! >= 0 ? g.target[exit[c]!]! : -1;
    }
    return { gateway: route.flow.from, flow: route.flow.id, availability: up[sc.comp[route.to]!]!, services };
  });
}
