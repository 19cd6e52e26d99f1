import type { Caveat } from "../types";
import type { GatewayPlan, UpstreamPlan } from "./plan-gateway";

/**
 * One health check for targets that have a single gateway-wide setting (the
 * mall-go guide's `load_balancing.health_check`): the most common one among the routed
 * services (ties go to the first route's), with a caveat naming the others.
 */
export function pickHealthCheck(plan: GatewayPlan, target: string): { health: UpstreamPlan["health"] | undefined; caveats: Caveat[] } {
  if (plan.upstreams.length === 0) return { health: undefined, caveats: [] };
  const key = (u: UpstreamPlan) => `${u.health.path} ${u.health.interval} ${u.health.timeout}`;
  const counts = new Map<string, number>();
  for (const u of plan.upstreams) counts.set(key(u), (counts.get(key(u)) ?? 0) + 1);
  let best = plan.upstreams[0]!;
  for (const u of plan.upstreams) if (counts.get(key(u))! > counts.get(key(best))!) best = u;
  const others = plan.upstreams.filter((u) => key(u) !== key(best));
  const caveats =
    others.length === 0
      ? []
      : [{
          elements: others.map((u) => u.service.id),
          message: `${target} has one health check for the whole gateway (${best.health.path} every ${best.health.interval}, timeout ${best.health.timeout}); ${others.map((u) => `${u.service.id} wants ${u.health.path} every ${u.health.interval}, timeout ${u.health.timeout}`).join("; ")}`,
        }];
  return { health: best.health, caveats };
}
