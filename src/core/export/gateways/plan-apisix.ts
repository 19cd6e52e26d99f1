/**
 * What both APISIX targets say (the standalone apisix.yaml and the Admin API
 * calls), worked out once: an upstream per service with its nodes, active
 * health checks, retries and timeouts; a route per location (longest path
 * first by priority, `uris` that stop at a path segment) with jwt-auth or
 * key-auth, proxy-rewrite and api-breaker; limit-req and cors as one global
 * rule; one consumer whose credential comes from the environment.
 */
import type { Design } from "../../model/schema";
import type { Caveat, ExportOptions } from "../types";
import { planGateway, unreachable, type GatewayPlan, type LocationPlan, type UpstreamPlan } from "./plan-gateway";

/** The consumer every token or key is checked against (APISIX usernames allow only letters, digits and _). */
export const APISIX_CONSUMER = "seams_gateway_clients";
export const APISIX_JWT_KEY = "seams-gateway-clients";

export interface ApisixConfig {
  routes: Record<string, unknown>[];
  /** Gateway-wide plugins (rate limit, CORS): one global rule, so one limit for the whole gateway rather than one per route. */
  globalRules: Record<string, unknown>[];
  upstreams: Record<string, unknown>[];
  consumers: Record<string, unknown>[];
  caveats: Caveat[];
  plan: GatewayPlan;
}

/** APISIX counts health-check intervals and timeouts in whole seconds. */
const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

function upstream(u: UpstreamPlan, plan: GatewayPlan): Record<string, unknown> {
  const h = u.health;
  const routes = plan.routes.filter((r) => r.upstream === u);
  const type = plan.loadBalancing === "least_conn" ? { type: "least_conn" } : plan.loadBalancing === "consistent_hash" ? { type: "chash", hash_on: "vars", key: "remote_addr" } : plan.loadBalancing === "round_robin" || plan.loadBalancing === "weighted" ? { type: "roundrobin" } : unreachable(plan.loadBalancing);
  const failures = Math.max(1, Math.ceil(h.deregisterAfterMs / Math.max(1, h.intervalMs)));
  return {
    id: u.service.id,
    ...type,
    nodes: u.instances.map((i) => ({ host: i.host, port: i.port, weight: i.weight })),
    retries: Math.max(...routes.map((r) => r.retry.maxRetries)),
    pass_host: "pass",
    checks: { active: { type: "http", http_path: h.path, timeout: seconds(h.timeoutMs), healthy: { interval: seconds(h.intervalMs), successes: 2 }, unhealthy: { interval: seconds(h.intervalMs), http_failures: failures, tcp_failures: failures, timeouts: failures } } },
  };
}

function route(l: LocationPlan, n: number, plan: GatewayPlan): Record<string, unknown> {
  const r = l.route;
  const p = l.path.replace(/\/$/, "");
  const templated = l.path.includes("{");
  // {...} segments become one-segment wildcards in a regex-free way: APISIX's uris take a trailing * only.
  const base = templated ? p.slice(0, p.indexOf("{")).replace(/\/$/, "") : p;
  const uris = l.path === "/" ? ["/*"] : [base, `${base}/*`];
  const methods = r.methods && plan.corsOrigins && !r.methods.includes("OPTIONS") ? [...r.methods, "OPTIONS"] : r.methods;
  const t = Math.max(0.001, r.timeoutMs / 1000);
  const plugins: Record<string, unknown> = {};
  if (plan.auth && !l.public) plugins[plan.auth.type === "api_key" ? "key-auth" : "jwt-auth"] = plan.auth.type === "api_key" ? { header: "X-API-Key", hide_credentials: true } : { header: "Authorization", hide_credentials: false };
  if (r.stripPrefix && r.path !== "/") plugins["proxy-rewrite"] = { regex_uri: [`^${base.replace(/[.]/g, "\\.")}/?(.*)`, "/$1"] };
  if (r.circuitBreaker) plugins["api-breaker"] = { break_response_code: 502, max_breaker_sec: Math.max(3, Math.round(r.circuitBreaker.openForMs / 1000)), unhealthy: { http_statuses: [500, 502, 503, 504], failures: r.circuitBreaker.minRequests }, healthy: { http_statuses: [200], successes: r.circuitBreaker.halfOpenRequests } };
  return {
    // APISIX ids allow no "~": a public path inside a route gets ".public-N", which only a flow id spelt that way could meet.
    id: n === 1 ? r.id : `${r.id}.public-${n}`,
    uris,
    ...(methods ? { methods } : {}),
    priority: l.path.length,
    upstream_id: r.upstream.service.id,
    timeout: { connect: t, send: t, read: t },
    ...(Object.keys(plugins).length > 0 ? { plugins } : {}),
  };
}

export function planApisix(design: Design, options: ExportOptions = {}): ApisixConfig {
  const plan = planGateway(design, options);
  const gw = [plan.gateway.id];
  const caveats: Caveat[] = [...plan.caveats];
  const seen = new Map<string, number>();
  const routes = plan.locations.map((l) => {
    const n = l.path === l.route.path ? 1 : (seen.get(l.route.id) ?? 1) + 1;
    if (n > 1) seen.set(l.route.id, n);
    return route(l, n, plan);
  });
  const consumers = !plan.auth ? [] : [{ username: APISIX_CONSUMER, plugins: plan.auth.type === "api_key" ? { "key-auth": { key: "$env://SEAMS_API_KEY" } } : { "jwt-auth": { key: APISIX_JWT_KEY, secret: "$env://SEAMS_JWT_SECRET", algorithm: "HS256" } } }];
  const templated = plan.routes.filter((r) => r.path.includes("{"));
  if (templated.length > 0) caveats.push({ elements: templated.map((r) => r.id), code: "apisix.trailingWildcard", params: { paths: templated.map((r) => r.path).join(", ") }, message: `APISIX uris take a trailing * only: ${templated.map((r) => r.path).join(", ")} match everything below the part before the first {...}` });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "apisix.limitReq", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `limit-req counts per client address (key remote_addr) on each APISIX node, where the seed has one gateway-wide bucket: ${plan.rateLimit.requestsPerSecond} requests per second with a burst of ${plan.rateLimit.burst}, 429 past it` });
  const retrying = plan.routes.filter((r) => r.retry.maxRetries > 0);
  if (retrying.length > 0) caveats.push({ elements: retrying.map((r) => r.id), code: "apisix.retryUpstream", message: "APISIX retries on its upstream, not per route (the most retries of the upstream's routes), on connection errors and timeouts only, never on a 502 or 503 answer, and without a delay" });
  if (plan.auth?.type === "jwt" || plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "apisix.jwtAuth", params: { key: APISIX_JWT_KEY }, message: `jwt-auth wants tokens whose key claim is "${APISIX_JWT_KEY}", signed HS256 with the secret APISIX reads from the SEAMS_JWT_SECRET environment variable ($env://); the secret is not in this file` });
  if (plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "gateway.oauth2Bearer", message: "oauth2 is checked as a bearer JWT" });
  if (plan.auth?.type === "api_key") caveats.push({ elements: gw, code: "apisix.keyAuth", message: "key-auth checks the X-API-Key header against the consumer's key, read from the SEAMS_API_KEY environment variable" });
  if (plan.loadBalancing === "weighted") caveats.push({ elements: gw, code: "apisix.noWeightedRandom", message: "APISIX has no weighted-random balancer: weighted round robin over the same weights is used" });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "apisix.consistentHash", message: "consistent hashing uses the client address (chash on remote_addr); the design does not say which key the seed hashes" });
  const breakers = plan.routes.filter((r) => r.circuitBreaker);
  if (breakers.length > 0) caveats.push({ elements: breakers.map((r) => r.id), code: "apisix.apiBreaker", params: { routes: breakers.map((r) => r.id).join(", ") }, message: `APISIX's api-breaker is not the seed's circuit breaker for ${breakers.map((r) => r.id).join(", ")}: it opens after that many failed responses in a row (not a failure ratio), answers 502 while open, and doubles its open time up to max_breaker_sec` });
  const sub = plan.upstreams.filter((u) => u.health.intervalMs % 1000 !== 0 || u.health.timeoutMs % 1000 !== 0);
  if (sub.length > 0) caveats.push({ elements: sub.map((u) => u.service.id), code: "apisix.wholeSeconds", message: "APISIX health-check intervals and timeouts are whole seconds; sub-second values are rounded" });
  const global: Record<string, unknown> = {};
  if (plan.rateLimit) global["limit-req"] = { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst, key_type: "var", key: "remote_addr", rejected_code: 429, nodelay: true };
  if (plan.corsOrigins) global.cors = { allow_origins: plan.corsOrigins.join(","), allow_methods: "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS", allow_headers: "Authorization,Content-Type", max_age: 3600, allow_credential: false };
  const globalRules = Object.keys(global).length > 0 ? [{ id: "seams-gateway", plugins: global }] : [];
  return { routes, globalRules, upstreams: plan.upstreams.map((u) => upstream(u, plan)), consumers, caveats, plan };
}
