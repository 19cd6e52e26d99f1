/**
 * `krakend`: a KrakenD CE configuration (`"version": 3`) for one gateway.
 * KrakenD CE routes exact paths (wildcards are Enterprise-only), so each
 * route becomes the endpoints its service declares under the route's prefix,
 * or the prefix itself when the service declares none; each proxies with
 * `no-op` encoding to the service's instances. KrakenD ignores keys starting
 * with `@`, so the caveats travel in `@comment` fields.
 */
import type { Design, Endpoint } from "../../model/schema";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { commentText } from "../escape/comment-text";
import { planGateway, type GatewayPlan, type HttpMethod, type LocationPlan, type RoutePlan } from "./plan-gateway";

/** The methods a KrakenD endpoint can have. */
const KRAKEND_METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** Where the HS256 key is expected, as a JWK set ({"keys":[{"kty":"oct","kid":...,"k":...}]}); not written by the export. */
export const KRAKEND_JWK_PATH = "./secrets/jwk.json";

const timeunit = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

/**
 * KrakenD's breaker opens after max_errors consecutive errors within interval
 * seconds and stays open timeout seconds: the design's ratio over a minimum of
 * requests becomes that many errors in a row.
 */
function breaker(cb: NonNullable<RoutePlan["circuitBreaker"]>) {
  return { interval: 60, timeout: Math.max(1, Math.round(cb.openForMs / 1000)), max_errors: Math.max(1, Math.ceil(cb.failureRatio * cb.minRequests)), log_status_change: true };
}

/** The location (longest prefix) a path falls in: decides its route and whether it is public. */
function locationOf(path: string, plan: GatewayPlan): LocationPlan | undefined {
  return plan.locations.find((l) => path.startsWith(l.path));
}

interface PlannedEndpoint {
  method: HttpMethod;
  path: string;
  route: RoutePlan;
  public: boolean;
}

function endpointsFor(plan: GatewayPlan): { endpoints: PlannedEndpoint[]; dropped: string[] } {
  const endpoints: PlannedEndpoint[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  const add = (method: HttpMethod, path: string, route: RoutePlan) => {
    const key = `${method} ${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (!KRAKEND_METHODS.includes(method)) return void dropped.push(key);
    const loc = locationOf(path, plan);
    endpoints.push({ method, path, route, public: loc?.public ?? true });
  };
  for (const r of plan.routes) {
    const declared = (r.upstream.service.endpoints ?? []).filter((e: Endpoint) => e.path.startsWith(r.path) && locationOf(e.path, plan)?.route === r && (!r.methods || r.methods.includes(e.method)));
    if (declared.length > 0) for (const e of declared) add(e.method, e.path, r);
    else for (const m of r.methods ?? KRAKEND_METHODS) add(m, r.path, r);
    // Public paths inside this route get their own endpoints, like the other targets' locations.
    for (const l of plan.locations) if (l.route === r && l.path !== r.path) for (const m of r.methods ?? KRAKEND_METHODS) add(m, l.path, r);
  }
  return { endpoints, dropped };
}

function caveatsFor(plan: GatewayPlan, dropped: string[], unprotected: PlannedEndpoint[]): Caveat[] {
  // KrakenD matches no prefixes, so prefixCaveats does not apply; the exact-path caveat below replaces it.
  const caveats: Caveat[] = [...plan.caveats];
  const gw = [plan.gateway.id];
  const ids = plan.routes.map((r) => r.id);
  if (plan.routes.length > 0) caveats.push({ elements: ids, code: "krakend.exactPaths", message: "KrakenD CE routes exact paths only (wildcards are Enterprise): each route becomes the endpoints its service declares under the route's path, or the path itself when it declares none; other sub-paths are not routed, and {name} segments are path parameters" });
  if (plan.routes.some((r) => r.retry.maxRetries > 0)) caveats.push({ elements: ids, code: "krakend.noRetries", message: "KrakenD never retries a backend request: the design's retries are not applied" });
  if (plan.upstreams.length > 0) caveats.push({ elements: plan.upstreams.map((u) => u.service.id), code: "krakend.noHealthChecks", message: "KrakenD has no backend health checks: every listed instance receives traffic" });
  if (plan.loadBalancing !== "round_robin") caveats.push({ elements: gw, code: "krakend.evenSpread", params: { lb: plan.loadBalancing }, message: `KrakenD spreads requests evenly over a backend's hosts: ${plan.loadBalancing} balancing is not expressed` });
  const weighted = plan.upstreams.filter((u) => new Set(u.instances.map((i) => i.weight)).size > 1);
  if (weighted.length > 0) caveats.push({ elements: weighted.map((u) => u.service.id), code: "krakend.noWeights", message: "KrakenD has no instance weights: every host of a backend gets an equal share" });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "krakend.perEndpoint", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `KrakenD CE limits each endpoint separately (qos/ratelimit/router: max_rate ${plan.rateLimit.requestsPerSecond}/s, capacity ${plan.rateLimit.burst}); the mall-go guide's bucket is one for the whole gateway` });
  if (plan.auth && plan.auth.type !== "api_key") caveats.push({ elements: gw, code: "krakend.jwk", params: { path: KRAKEND_JWK_PATH }, message: `protected endpoints validate an HS256 JWT against the JWK set at ${KRAKEND_JWK_PATH} (a "oct" key whose kid the tokens carry); create it from the secret at deploy time, it is not in this file` });
  if (unprotected.length > 0) caveats.push({ elements: [...new Set(unprotected.map((e) => e.route.id))], message: `KrakenD CE has no API-key check (auth/api-keys is Enterprise): the protected endpoints ${unprotected.map((e) => `${e.method} ${e.path}`).join(", ")} are left out rather than exposed` });
  if (dropped.length > 0) caveats.push({ elements: gw, code: "krakend.methodsDropped", params: { dropped: dropped.join(", ") }, message: `KrakenD endpoints take only GET, POST, PUT, PATCH and DELETE; ${dropped.join(", ")} left out` });
  const broken = plan.routes.filter((r) => r.circuitBreaker);
  if (broken.length > 0) caveats.push({ elements: broken.map((r) => r.id), code: "krakend.breaker", message: "KrakenD's circuit breaker counts consecutive errors within 60s (max_errors = failure ratio x minimum requests) and has no half-open request count; the design's ratio is approximated" });
  if (plan.routes.some((r) => r.stripPrefix)) caveats.push({ elements: plan.routes.filter((r) => r.stripPrefix).map((r) => r.id), code: "krakend.stripPrefix", message: "stripped prefixes are removed in each backend's url_pattern" });
  return caveats;
}

/**
 * A KrakenD CE configuration (JSON) for one gateway of the design; `krakend check -c FILE` checks it.
 * @example JSON.parse(generateKrakend(mallGo).content).version === 3
 */
export function generateKrakend(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const { endpoints: all, dropped } = endpointsFor(plan);
  const apiKey = plan.auth?.type === "api_key";
  const unprotected = apiKey ? all.filter((e) => !e.public) : [];
  const endpoints = apiKey ? all.filter((e) => e.public) : all;
  const caveats = caveatsFor(plan, dropped, unprotected);

  const config: Record<string, unknown> = {
    $schema: "https://www.krakend.io/schema/v2.13/krakend.json",
    version: 3,
    "@comment": [`KrakenD configuration for gateway ${plan.gateway.id} ("${commentText(plan.gateway.name, 100)}") of design "${commentText(plan.designName, 100)}", generated by Seams.`, ...caveats.map((c) => `${plan.words.label} ${plan.words.caveat(c)}`)],
    name: plan.gateway.id,
    port: plan.port,
    ...(plan.corsOrigins ? { extra_config: { "security/cors": { allow_origins: plan.corsOrigins, allow_methods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], allow_headers: ["Authorization", "Content-Type"], max_age: "12h" } } } : {}),
    endpoints: endpoints.map((e) => {
      const r = e.route;
      const extra: Record<string, unknown> = {};
      if (plan.rateLimit) extra["qos/ratelimit/router"] = { max_rate: plan.rateLimit.requestsPerSecond, capacity: plan.rateLimit.burst };
      if (plan.auth && !e.public) extra["auth/validator"] = { alg: "HS256", jwk_local_path: KRAKEND_JWK_PATH, disable_jwk_security: true, cache: true };
      const backendPath = r.stripPrefix ? e.path.slice(r.path.replace(/\/$/, "").length) || "/" : e.path;
      return {
        "@comment": `route ${r.id} -> ${r.upstream.service.id}${e.public || !plan.auth ? "" : " (protected)"}`,
        endpoint: e.path,
        method: e.method,
        output_encoding: "no-op",
        timeout: timeunit(r.timeoutMs),
        input_headers: ["*"],
        input_query_strings: ["*"],
        ...(Object.keys(extra).length > 0 ? { extra_config: extra } : {}),
        backend: [
          {
            url_pattern: backendPath.startsWith("/") ? backendPath : `/${backendPath}`,
            method: e.method,
            encoding: "no-op",
            sd: "static",
            host: r.upstream.instances.map((i) => `http://${i.host}:${i.port}`),
            ...(r.circuitBreaker ? { extra_config: { "qos/circuit-breaker": breaker(r.circuitBreaker) } } : {}),
          },
        ],
      };
    }),
  };
  return { fileName: `${plan.gateway.id}.krakend.json`, mediaType: "application/json", content: JSON.stringify(config, null, 2) + "\n", caveats };
}
