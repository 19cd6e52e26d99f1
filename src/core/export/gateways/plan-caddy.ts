/**
 * What both Caddy targets (JSON and Caddyfile) say, worked out once: the
 * routes in match order with their matchers, the credential check, the
 * prefix strip and the proxy settings, and the caveats. Caddy 2.6 is the
 * floor (Debian's): no rate limit without a plugin, no JWT (a verifier is
 * asked through forward_auth, as nginx does with auth_request), no weighted
 * round robin, retries only when connecting fails.
 */
import type { Caveat, ExportOptions } from "../types";
import type { Design } from "../../model/schema";
import { planGateway, unreachable, type GatewayPlan, type LocationPlan } from "./plan-gateway";
import { breakerCaveats } from "./write-header-comment";

/** Where forward_auth asks whether a request may pass: a placeholder the deployer points at a verifier. */
export const CADDY_AUTH_VERIFIER = "127.0.0.1:9001";
export const CADDY_AUTH_URI = "/_seams/auth";

export interface CaddyRoute {
  /** Unique matcher name: the route id, with `~2`, `~3` for a route's further locations and `~methods` for its 405 answer. */
  name: string;
  /** `/api/users` and `/api/users/*`: the path and everything below it, not `/api/usersfoo`. */
  paths: string[];
  methods: string[] | undefined;
  auth: boolean;
  stripPrefix: string | undefined;
  location: LocationPlan;
}

export interface CaddyPlan {
  gateway: GatewayPlan;
  routes: CaddyRoute[];
  /** Caddy's selection policy name. */
  policy: "round_robin" | "least_conn" | "ip_hash";
  caveats: Caveat[];
}

/** `/api/users/{id}` as Caddy path patterns: a `{...}` segment becomes `*` (Caddy would read `{id}` as a placeholder). */
function patterns(path: string): string[] {
  const p = path.replace(/\{[^/}]*\}/g, "*");
  if (p === "/") return ["/*"];
  const base = p.endsWith("/") ? p.slice(0, -1) : p;
  return [base, `${base}/*`];
}

/** Whole seconds as "10s", anything else in milliseconds: both formats Caddy and Traefik read. */
export function goDuration(n: number): string {
  const v = Math.max(0, Math.round(n));
  return v > 0 && v % 1000 === 0 ? `${v / 1000}s` : `${v}ms`;
}
const ms = goDuration;
export const caddyDuration = ms;

export function planCaddy(design: Design, options: ExportOptions = {}): CaddyPlan {
  const plan = planGateway(design, options);
  const gw = [plan.gateway.id];
  const caveats: Caveat[] = [...plan.caveats, ...breakerCaveats(plan, "Caddy", "passive health checks take an instance out for the breaker's open time after that many failed requests, per instance rather than per route", "passivePerInstance")];
  const seen = new Map<string, number>();
  const routes: CaddyRoute[] = plan.locations.map((l) => {
    const n = l.path === l.route.path ? 1 : (seen.get(l.route.id) ?? 1) + 1;
    if (n > 1) seen.set(l.route.id, n);
    const methods = l.route.methods && plan.corsOrigins && !l.route.methods.includes("OPTIONS") ? [...l.route.methods, "OPTIONS"] : l.route.methods;
    return { name: n === 1 ? l.route.id : `${l.route.id}~${n}`, paths: patterns(l.path), methods, auth: plan.auth !== undefined && !l.public, stripPrefix: l.route.stripPrefix && l.route.path !== "/" ? l.route.path : undefined, location: l };
  });
  const templated = plan.routes.filter((r) => r.path.includes("{"));
  if (templated.length > 0) caveats.push({ elements: templated.map((r) => r.id), code: "caddy.templateWildcard", params: { paths: templated.map((r) => r.path).join(", ") }, message: `Caddy matches ${templated.map((r) => r.path).join(", ")} with * in place of each {...} segment (any text, slashes included)` });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "caddy.noRateLimit", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `Caddy has no rate limit without a plugin (github.com/mholt/caddy-ratelimit); the gateway's ${plan.rateLimit.requestsPerSecond} requests per second (burst ${plan.rateLimit.burst}) are not enforced` });
  if (plan.auth) caveats.push({ elements: gw, code: "caddy.authVerifier", params: { kind: plan.auth.type === "api_key" ? "apiKey" : "jwt", verifier: CADDY_AUTH_VERIFIER, uri: CADDY_AUTH_URI }, message: `Caddy cannot check ${plan.auth.type === "api_key" ? "API keys" : "a JWT"} itself: protected routes ask a verifier through forward_auth (placeholder ${CADDY_AUTH_VERIFIER}, GET ${CADDY_AUTH_URI} with the original headers); a 2xx lets the request through, any other answer is returned to the client. Run a verifier there and keep its secret out of this file` });
  const retrying = plan.routes.filter((r) => r.retry.maxRetries > 0);
  if (retrying.length > 0) caveats.push({ elements: retrying.map((r) => r.id), code: "caddy.retryConnectOnly", message: "Caddy retries another instance only when connecting fails (lb_try_duration, every retry delay), never on a 502 or 503 answer, and 2.6 cannot count tries: the try duration is retries x delay" });
  if (plan.loadBalancing === "weighted") caveats.push({ elements: gw, code: "caddy.noWeights", message: "Caddy 2.6 has no weighted balancing (weighted_round_robin came in 2.8): round robin ignores the instance weights" });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "caddy.consistentHash", message: "consistent hashing uses the client address (ip_hash); the design does not say which key the seed hashes" });
  if (plan.corsOrigins) caveats.push({ elements: gw, code: "caddy.noCorsModule", message: "Caddy has no CORS module: preflights from the allowed origins are answered 204 with the CORS headers, and other responses to them get Access-Control-Allow-Origin" });
  const policy = plan.loadBalancing === "least_conn" ? "least_conn" : plan.loadBalancing === "consistent_hash" ? "ip_hash" : plan.loadBalancing === "round_robin" || plan.loadBalancing === "weighted" ? "round_robin" : unreachable(plan.loadBalancing);
  return { gateway: plan, routes, policy, caveats };
}

/** How many tries Caddy gets, spelled as its try duration and interval (retries x delay; at least 1ms apart). */
export function tryBudget(route: LocationPlan["route"]): { duration: string; interval: string } | undefined {
  if (route.retry.maxRetries === 0) return undefined;
  const interval = Math.max(1, route.retry.delayMs);
  return { duration: ms(interval * route.retry.maxRetries), interval: ms(interval) };
}

/** The passive check standing in for a circuit breaker: failures before an instance is taken out, and for how long. */
export function passiveCheck(route: LocationPlan["route"]): { maxFails: number; failDuration: string } | undefined {
  const cb = route.circuitBreaker;
  if (!cb) return undefined;
  return { maxFails: Math.max(1, Math.ceil(cb.minRequests * cb.failureRatio)), failDuration: ms(cb.openForMs) };
}

export const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
export const CORS_HEADERS = "Authorization, Content-Type";
