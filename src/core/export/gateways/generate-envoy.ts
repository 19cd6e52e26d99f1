/**
 * `envoy`: an Envoy v3 static bootstrap (YAML) for one gateway: a listener on
 * the gateway's port with the HTTP connection manager, a route per location
 * (longest path first, `path_separated_prefix` so /api/users never matches
 * /api/usersfoo) with its timeout, retry policy and prefix rewrite; a cluster
 * per service with active health checks and outlier detection; the gateway's
 * rate limit as one local token bucket (the seed's global bucket, per Envoy
 * instance), JWT checks with jwt_authn (API keys through ext_authz), CORS.
 */
import { Document } from "yaml";
import type { Design } from "../../model/schema";
import { escapeRegex } from "../escape/escape-regex";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { planGateway, unreachable, type GatewayPlan, type LocationPlan, type UpstreamPlan } from "./plan-gateway";
import { writeHeaderComment } from "./write-header-comment";

/** Where jwt_authn reads the signing keys: a placeholder the deployer provides. */
export const ENVOY_JWKS_FILE = "/etc/envoy/seams-jwks.json";
/** The ext_authz verifier for API keys: a placeholder, like nginx's auth_request. */
export const ENVOY_AUTH_VERIFIER = { host: "127.0.0.1", port: 9001 };
const AUTH_CLUSTER = "seams_auth_verifier";
const TYPE = "type.googleapis.com/";

/**
 * A protobuf JSON Duration, which Envoy requires: seconds with a fraction.
 * @example envoyDuration(100) === "0.1s"
 */
export function envoyDuration(ms: number): string {
  return `${Math.max(0, Math.round(ms)) / 1000}s`;
}

const clusterName = (u: UpstreamPlan) => u.service.id;

function match(l: LocationPlan): Record<string, unknown> {
  const p = l.path;
  const methods = l.route.methods;
  const headers = methods ? { headers: [{ name: ":method", string_match: { safe_regex: { regex: `^(${methods.join("|")})$` } } }] } : {};
  if (p === "/") return { prefix: "/", ...headers };
  if (p.includes("{")) return { safe_regex: { regex: `^${p.replace(/\/$/, "").split(/(\{[^/}]*\})/).map((x) => (x.startsWith("{") ? "[^/]+" : escapeRegex(x))).join("")}(/.*)?$` }, ...headers };
  return { path_separated_prefix: p.replace(/\/$/, ""), ...headers };
}

function route(l: LocationPlan, plan: GatewayPlan): Record<string, unknown> {
  const r = l.route;
  const retry = r.retry.maxRetries > 0
    ? { retry_policy: { retry_on: r.retry.on.length > 0 ? "connect-failure,refused-stream,reset,retriable-status-codes" : "connect-failure,refused-stream,reset", ...(r.retry.on.length > 0 ? { retriable_status_codes: r.retry.on } : {}), num_retries: r.retry.maxRetries, ...(r.retry.delayMs > 0 ? { retry_back_off: { base_interval: envoyDuration(r.retry.delayMs) } } : {}) } }
    : {};
  const strip = r.stripPrefix && r.path !== "/" ? { regex_rewrite: { pattern: { regex: `^${escapeRegex(r.path.replace(/\/$/, "")).replace(/\\\{[^/]*?\\\}/g, "[^/]+")}/?` }, substitution: "/" } } : {};
  const hash = plan.loadBalancing === "consistent_hash" ? { hash_policy: [{ connection_properties: { source_ip: true } }] } : {};
  const perFilter: Record<string, unknown> = {};
  if (plan.auth && (plan.auth.type === "jwt" || plan.auth.type === "oauth2")) perFilter["envoy.filters.http.jwt_authn"] = { "@type": `${TYPE}envoy.extensions.filters.http.jwt_authn.v3.PerRouteConfig`, ...(l.public ? { disabled: true } : { requirement_name: "seams" }) };
  if (plan.auth?.type === "api_key" && l.public) perFilter["envoy.filters.http.ext_authz"] = { "@type": `${TYPE}envoy.extensions.filters.http.ext_authz.v3.ExtAuthzPerRoute`, disabled: true };
  return {
    name: l.path === r.path ? r.id : `${r.id}~public`,
    match: match(l),
    route: { cluster: clusterName(r.upstream), timeout: envoyDuration(r.timeoutMs), ...retry, ...strip, ...hash },
    ...(Object.keys(perFilter).length > 0 ? { typed_per_filter_config: perFilter } : {}),
  };
}

function lbPolicy(plan: GatewayPlan): string {
  switch (plan.loadBalancing) {
    case "round_robin":
    case "weighted": return "ROUND_ROBIN";
    case "least_conn": return "LEAST_REQUEST";
    case "consistent_hash": return "RING_HASH";
    default: return unreachable(plan.loadBalancing);
  }
}

function cluster(u: UpstreamPlan, plan: GatewayPlan): Record<string, unknown> {
  const h = u.health;
  const routes = plan.routes.filter((r) => r.upstream === u);
  const breaker = routes.find((r) => r.circuitBreaker)?.circuitBreaker;
  return {
    name: clusterName(u),
    type: "STRICT_DNS",
    connect_timeout: envoyDuration(Math.min(...routes.map((r) => r.timeoutMs))),
    lb_policy: lbPolicy(plan),
    load_assignment: { cluster_name: clusterName(u), endpoints: [{ lb_endpoints: u.instances.map((i) => ({ endpoint: { address: { socket_address: { address: i.host, port_value: i.port } } }, load_balancing_weight: i.weight })) }] },
    health_checks: [{ timeout: envoyDuration(h.timeoutMs), interval: envoyDuration(h.intervalMs), unhealthy_threshold: Math.max(1, Math.ceil(h.deregisterAfterMs / Math.max(1, h.intervalMs))), healthy_threshold: 2, http_health_check: { path: h.path } }],
    // Outlier detection is Envoy's passive breaker: the route's breaker where one is set, else the seed's defaults.
    outlier_detection: breaker
      ? { consecutive_5xx: breaker.minRequests, base_ejection_time: envoyDuration(breaker.openForMs), max_ejection_percent: 100, failure_percentage_threshold: Math.round(breaker.failureRatio * 100), failure_percentage_minimum_hosts: 1, failure_percentage_request_volume: breaker.minRequests, enforcing_failure_percentage: 100 }
      : { consecutive_5xx: 5, base_ejection_time: "30s", max_ejection_percent: 50 },
  };
}

function httpFilters(plan: GatewayPlan): Record<string, unknown>[] {
  const filters: Record<string, unknown>[] = [];
  if (plan.corsOrigins) filters.push({ name: "envoy.filters.http.cors", typed_config: { "@type": `${TYPE}envoy.extensions.filters.http.cors.v3.Cors` } });
  if (plan.rateLimit) {
    const full = { default_value: { numerator: 100, denominator: "HUNDRED" }, runtime_key: "seams_rate_limit" };
    filters.push({ name: "envoy.filters.http.local_ratelimit", typed_config: { "@type": `${TYPE}envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit`, stat_prefix: "seams_rate_limit", token_bucket: { max_tokens: plan.rateLimit.burst, tokens_per_fill: plan.rateLimit.requestsPerSecond, fill_interval: "1s" }, filter_enabled: full, filter_enforced: full } });
  }
  if (plan.auth?.type === "jwt" || plan.auth?.type === "oauth2") {
    filters.push({ name: "envoy.filters.http.jwt_authn", typed_config: { "@type": `${TYPE}envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication`, providers: { seams: { local_jwks: { filename: ENVOY_JWKS_FILE }, forward: true } }, requirement_map: { seams: { provider_name: "seams" } }, bypass_cors_preflight: true } });
  }
  if (plan.auth?.type === "api_key") {
    filters.push({ name: "envoy.filters.http.ext_authz", typed_config: { "@type": `${TYPE}envoy.extensions.filters.http.ext_authz.v3.ExtAuthz`, transport_api_version: "V3", http_service: { server_uri: { uri: `http://${ENVOY_AUTH_VERIFIER.host}:${ENVOY_AUTH_VERIFIER.port}`, cluster: AUTH_CLUSTER, timeout: "1s" } } } });
  }
  filters.push({ name: "envoy.filters.http.router", typed_config: { "@type": `${TYPE}envoy.extensions.filters.http.router.v3.Router` } });
  return filters;
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const gw = [plan.gateway.id];
  const caveats: Caveat[] = [...plan.caveats];
  if (plan.rateLimit) caveats.push({ elements: gw, code: "envoy.localBucket", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `the rate limit is one local token bucket per Envoy instance (${plan.rateLimit.requestsPerSecond} per second, ${plan.rateLimit.burst} burst, 429 when empty); several Envoys each allow that much` });
  if (plan.auth?.type === "jwt" || plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "envoy.jwks", params: { file: ENVOY_JWKS_FILE }, message: `jwt_authn reads the signing keys from ${ENVOY_JWKS_FILE} (a JWKS you provide); issuer and audience are not checked because the design does not name them` });
  if (plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "gateway.oauth2Bearer", message: "oauth2 is checked as a bearer JWT" });
  if (plan.auth?.type === "api_key") caveats.push({ elements: gw, code: "envoy.apiKey", params: { verifier: `${ENVOY_AUTH_VERIFIER.host}:${ENVOY_AUTH_VERIFIER.port}` }, message: `Envoy has no built-in API key check in every build: protected routes ask a verifier through ext_authz (placeholder ${ENVOY_AUTH_VERIFIER.host}:${ENVOY_AUTH_VERIFIER.port}); a 2xx lets the request through` });
  if (plan.loadBalancing === "weighted") caveats.push({ elements: gw, code: "envoy.noWeightedRandom", message: "Envoy has no weighted-random balancer: weighted round robin over the same weights is used" });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "envoy.consistentHash", message: "consistent hashing (RING_HASH) uses the client address; the design does not say which key the seed hashes" });
  const breakers = plan.routes.filter((r) => r.circuitBreaker);
  if (breakers.length > 0) caveats.push({ elements: breakers.map((r) => r.id), code: "envoy.outlierDetection", params: { routes: breakers.map((r) => r.id).join(", ") }, message: `Envoy has no per-route circuit breaker like the seed's for ${breakers.map((r) => r.id).join(", ")}: outlier detection on the service's cluster ejects an instance that fails at the breaker's ratio, for the breaker's open time, for every route to that service` });
  const delays = plan.routes.filter((r) => r.retry.maxRetries > 0 && r.retry.delayMs > 0);
  if (delays.length > 0) caveats.push({ elements: delays.map((r) => r.id), code: "envoy.backoff", message: "Envoy backs off exponentially from the retry delay (base_interval), with jitter, rather than waiting the same delay each time" });
  const templated = plan.routes.filter((r) => r.path.includes("{"));
  if (templated.length > 0) caveats.push({ elements: templated.map((r) => r.id), code: "envoy.templateRegex", params: { paths: templated.map((r) => r.path).join(", ") }, message: `${templated.map((r) => r.path).join(", ")} match as regular expressions, {...} standing for one path segment` });
  return caveats;
}

/**
 * An Envoy v3 static bootstrap for one gateway of the design.
 * @example parse(generateEnvoy(mallGo).content).static_resources.clusters.length === 8
 */
export function generateEnvoy(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const caveats = caveatsFor(plan);
  const corsPolicy = plan.corsOrigins
    ? { typed_per_filter_config: { "envoy.filters.http.cors": { "@type": `${TYPE}envoy.extensions.filters.http.cors.v3.CorsPolicy`, allow_origin_string_match: plan.corsOrigins.map((o) => (o === "*" ? { safe_regex: { regex: ".*" } } : { exact: o })), allow_methods: "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS", allow_headers: "Authorization, Content-Type", max_age: "3600" } } }
    : {};
  const clusters = plan.upstreams.map((u) => cluster(u, plan));
  if (plan.auth?.type === "api_key") clusters.push({ name: AUTH_CLUSTER, type: "STRICT_DNS", connect_timeout: "1s", load_assignment: { cluster_name: AUTH_CLUSTER, endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: ENVOY_AUTH_VERIFIER.host, port_value: ENVOY_AUTH_VERIFIER.port } } } }] }] } });
  const bootstrap = {
    static_resources: {
      listeners: [
        {
          name: plan.gateway.id,
          address: { socket_address: { address: "0.0.0.0", port_value: plan.port } },
          filter_chains: [
            {
              filters: [
                {
                  name: "envoy.filters.network.http_connection_manager",
                  typed_config: {
                    "@type": `${TYPE}envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager`,
                    stat_prefix: plan.gateway.id.replace(/[^a-z0-9_]/g, "_"),
                    route_config: { name: plan.gateway.id, virtual_hosts: [{ name: plan.gateway.id, domains: ["*"], routes: plan.locations.map((l) => route(l, plan)), ...corsPolicy }] },
                    http_filters: httpFilters(plan),
                  },
                },
              ],
            },
          ],
        },
      ],
      clusters,
    },
  };
  const doc = new Document(bootstrap);
  doc.commentBefore = writeHeaderComment(plan, "Envoy v3 static bootstrap", [`Run: envoy -c ${plan.gateway.id}.envoy.yaml (Envoy 1.26 or later).`], caveats, " ");
  return { fileName: `${plan.gateway.id}.envoy.yaml`, mediaType: "application/yaml", content: doc.toString({ lineWidth: 0 }), caveats };
}
