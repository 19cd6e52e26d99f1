/**
 * `gateway-json`: the mall-go guide's `GatewayConfig`, field for field by its json
 * tags, so the mall-go guide's gateway (`NewAPIGateway`) can load it. Durations are
 * integer nanoseconds, which is how Go's encoding/json writes time.Duration.
 */
import { HTTP_METHODS, type Design, type LoadBalancing } from "../../model/schema";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { pickHealthCheck } from "./pick-health-check";
import { breakerCaveats } from "./write-header-comment";
import { planGateway, publicPathList, unreachable, type GatewayPlan } from "./plan-gateway";

/** The mall-go guide's LoadBalanceStrategy constants. */
function seedStrategy(lb: LoadBalancing): string {
  switch (lb) {
    case "round_robin": return "round_robin";
    case "weighted": return "weighted_random";
    case "least_conn": return "least_connections";
    case "consistent_hash": return "consistent_hash";
    default: return unreachable(lb);
  }
}

const INT64_MAX = 2n ** 63n - 1n;
const NS = (ms: number): bigint => {
  const ns = BigInt(ms) * 1_000_000n;
  return ns > INT64_MAX ? INT64_MAX : ns;
};

/** JSON with bigint values written as plain integers (JSON.stringify refuses bigint). */
function stringifyWithIntegers(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `\u0000ns:${v.toString()}` : v), 2);
  return text.replace(/"\\u0000ns:(\d+)"/g, "$1");
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const caveats: Caveat[] = [...plan.caveats, ...breakerCaveats(plan, "the mall-go guide's GatewayConfig", "it has no field for one, so it is left out")];
  const all = plan.routes.map((r) => r.id);
  if (plan.routes.length > 0) {
    caveats.push({ elements: all, code: "gatewayJson.exactMatch", message: "the mall-go guide's Router matches method and path exactly, not by prefix: each route is written once per allowed method, and sub-paths such as /api/orders/{id} need routes of their own" });
  }
  if (plan.routes.some((r) => r.retry.maxRetries > 0)) {
    caveats.push({ elements: all, code: "gatewayJson.sameInstance", message: "the mall-go guide retries on the same instance it picked, and on every 5xx status whatever retry_on lists (shouldRetry)" });
  }
  if (plan.auth) {
    caveats.push({ elements: [plan.gateway.id], message: 'secret_key is the placeholder "${JWT_SECRET}", not a secret: the mall-go guide does not expand it, so substitute the real key when deploying (e.g. envsubst) and never commit it' });
    if (plan.auth.type !== "jwt") caveats.push({ elements: [plan.gateway.id], message: `the mall-go guide only implements a bearer-token check (JWTAuthenticator) whatever the type; "${plan.auth.type}" is written as the type but checked the same way` });
  }
  if (plan.corsOrigins) caveats.push({ elements: [plan.gateway.id], code: "gatewayJson.corsStar", params: { origins: plan.corsOrigins.join(", ") }, message: `the mall-go guide's CORS middleware ignores its config and always answers Access-Control-Allow-Origin: *; the design allows only ${plan.corsOrigins.join(", ")}` });
  const stripped = plan.routes.filter((r) => r.stripPrefix);
  if (stripped.length > 0) caveats.push({ elements: stripped.map((r) => r.id), code: "gatewayJson.noStrip", params: { routes: stripped.map((r) => r.id).join(", ") }, message: `the mall-go guide's RouteConfig cannot strip a prefix: ${stripped.map((r) => r.id).join(", ")} forward the full request path` });
  if (plan.rateLimit?.burst === 0) caveats.push({ elements: [plan.gateway.id], code: "gatewayJson.zeroBurst", message: "a burst of 0 is a token bucket that holds no tokens: the mall-go guide would refuse every request" });
  if (plan.rateLimit) caveats.push({ elements: [plan.gateway.id], code: "gatewayJson.coarseRefill", message: "the mall-go guide's token bucket refills once per whole second (int(elapsed.Seconds()) * rate), so the rate is coarser than requests_per_second suggests" });
  const locationsOnly = plan.locations.filter((l) => l.path !== l.route.path);
  if (locationsOnly.length > 0) caveats.push({ elements: locationsOnly.map((l) => l.route.id), code: "gatewayJson.publicInside", params: { paths: locationsOnly.map((l) => l.path).join(", ") }, message: `public paths inside protected routes (${locationsOnly.map((l) => l.path).join(", ")}) stay in public_paths; the mall-go guide matches them by prefix` });
  return caveats;
}

/**
 * The mall-go guide's GatewayConfig JSON for one gateway of the design.
 * @example JSON.parse(generateGatewayJson(mallGo).content).routes[0].timeout === 3000000000
 */
export function generateGatewayJson(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const { health, caveats: healthCaveats } = pickHealthCheck(plan, "the mall-go guide");
  const routes = plan.routes.flatMap((r) =>
    (r.methods ?? HTTP_METHODS).map((method) => ({
      path: r.path,
      method,
      service_name: r.upstream.service.id,
      upstream: r.upstream.instances.map((i) => ({ host: i.host, port: i.port, weight: i.weight, health: true })),
      timeout: NS(r.timeoutMs),
      retry: { max_retries: r.retry.maxRetries, retry_delay: NS(r.retry.delayMs), retry_on: r.retry.on },
      headers: {},
    })),
  );
  const config = {
    port: plan.port,
    routes,
    middleware: plan.corsOrigins ? [{ name: "cors", enabled: true, config: { allow_origins: plan.corsOrigins } }] : [],
    rate_limiting: {
      enabled: plan.rateLimit !== undefined,
      requests_per_second: plan.rateLimit?.requestsPerSecond ?? 0,
      burst_size: plan.rateLimit?.burst ?? 0,
      window_size: plan.rateLimit ? NS(1000) : 0n,
    },
    authentication: {
      enabled: plan.auth !== undefined,
      type: plan.auth?.type ?? "none",
      secret_key: plan.auth ? "${JWT_SECRET}" : "",
      public_paths: plan.auth ? publicPathList(plan) : [],
    },
    load_balancing: {
      strategy: seedStrategy(plan.loadBalancing),
      health_check: {
        enabled: health !== undefined,
        path: health?.path ?? "/health",
        interval: NS(health?.intervalMs ?? 10_000),
        timeout: NS(health?.timeoutMs ?? 3_000),
      },
    },
  };
  return {
    fileName: `${plan.gateway.id}.gateway.json`,
    mediaType: "application/json",
    content: stringifyWithIntegers(config) + "\n",
    caveats: [...caveatsFor(plan), ...healthCaveats],
  };
}
