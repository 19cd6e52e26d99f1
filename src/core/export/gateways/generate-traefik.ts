/**
 * `traefik`: Traefik v3 dynamic configuration for the file provider (YAML):
 * a router per location (priority by path length, so the longest path wins),
 * a service per route (Traefik keeps timeouts on the service's servers
 * transport) with health checks, and middlewares for the rate limit, CORS
 * headers, forward auth, retries, circuit breakers and prefix stripping.
 * Rules are built from validated paths only; names go to comments.
 */
import { Document } from "yaml";
import type { Design } from "../../model/schema";
import { escapeRegex } from "../escape/escape-regex";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { planGateway, type GatewayPlan, type LocationPlan, type RoutePlan } from "./plan-gateway";
import { goDuration } from "./plan-caddy";
import { writeHeaderComment } from "./write-header-comment";

/** Where forwardAuth asks whether a request may pass: a placeholder the deployer points at a verifier. */
export const TRAEFIK_AUTH_ADDRESS = "http://127.0.0.1:9001/_seams/auth";
const ms = goDuration;

/**
 * A Traefik v3 rule for a path and what is below it (not `/api/usersfoo`);
 * `{...}` segments match one segment; methods join with ||.
 * @example pathRule("/api/users", undefined) === "Path(`/api/users`) || PathPrefix(`/api/users/`)"
 */
export function pathRule(path: string, methods: readonly string[] | undefined): string {
  let rule: string;
  if (path === "/") rule = "PathPrefix(`/`)";
  else if (path.includes("{")) {
    const re = path.replace(/\/$/, "").split(/(\{[^/}]*\})/).map((part) => (part.startsWith("{") ? "[^/]+" : escapeRegex(part))).join("");
    rule = `PathRegexp(\`^${re}(/|$)\`)`;
  } else {
    const base = path.replace(/\/$/, "");
    rule = `Path(\`${base}\`) || PathPrefix(\`${base}/\`)`;
  }
  if (!methods) return rule;
  const m = methods.map((x) => `Method(\`${x}\`)`).join(" || ");
  return `(${rule}) && (${m})`;
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const gw = [plan.gateway.id];
  const caveats: Caveat[] = [...plan.caveats];
  caveats.push({ elements: gw, code: "traefik.entryPoint", params: { port: plan.port }, message: `the entry point is static configuration: define one on port ${plan.port} (e.g. --entryPoints.web.address=:${plan.port}); these routers accept every entry point` });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "traefik.perClient", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `Traefik's rateLimit counts per client IP (and per Traefik instance), where the seed has one gateway-wide bucket: ${plan.rateLimit.requestsPerSecond} requests per second with a burst of ${plan.rateLimit.burst} per client` });
  if (plan.auth) caveats.push({ elements: gw, code: "traefik.forwardAuth", params: { kind: plan.auth.type === "api_key" ? "apiKey" : "jwt", verifier: TRAEFIK_AUTH_ADDRESS }, message: `Traefik OSS cannot check ${plan.auth.type === "api_key" ? "API keys" : "a JWT"} itself: protected routers use forwardAuth (placeholder ${TRAEFIK_AUTH_ADDRESS}); a 2xx lets the request through, any other answer goes back to the client. Run a verifier there and keep its secret out of this file` });
  const retrying = plan.routes.filter((r) => r.retry.maxRetries > 0);
  if (retrying.length > 0) caveats.push({ elements: retrying.map((r) => r.id), code: "traefik.retryNetworkOnly", message: "Traefik's retry middleware retries network errors only, not a 502 or 503 answer (retry.status needs Traefik 3.7, beyond the published schema), with exponential backoff from the delay" });
  const breakers = plan.routes.filter((r) => r.circuitBreaker);
  if (breakers.length > 0) caveats.push({ elements: breakers.map((r) => r.id), code: "traefik.breaker", params: { routes: breakers.map((r) => r.id).join(", ") }, message: `Traefik's circuit breaker for ${breakers.map((r) => r.id).join(", ")} trips on the failure ratio over its last 10 seconds, with no minimum request count and no half-open request limit as the seed has` });
  if (plan.loadBalancing !== "round_robin") caveats.push({ elements: gw, message: `Traefik's file-provider load balancer is weighted round robin without weights in the published schema; ${plan.loadBalancing} is exported as round robin${plan.loadBalancing === "consistent_hash" ? " with a sticky cookie, so a client stays on one instance" : ""}` });
  return caveats;
}

const middlewareNames = { rate: "seams-rate-limit", cors: "seams-cors", auth: "seams-auth" };

function routeMiddlewares(r: RoutePlan): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  if (r.retry.maxRetries > 0) m[`${r.id}-retry`] = { retry: { attempts: r.retry.maxRetries + 1, initialInterval: ms(r.retry.delayMs) } };
  if (r.circuitBreaker) {
    const ratio = r.circuitBreaker.failureRatio;
    m[`${r.id}-breaker`] = { circuitBreaker: { expression: `NetworkErrorRatio() > ${ratio} || ResponseCodeRatio(500, 600, 0, 600) > ${ratio}`, fallbackDuration: ms(r.circuitBreaker.openForMs), recoveryDuration: ms(r.circuitBreaker.openForMs) } };
  }
  if (r.stripPrefix && r.path !== "/") m[`${r.id}-strip`] = { stripPrefix: { prefixes: [r.path.replace(/\/$/, "")], forceSlash: false } };
  return m;
}

/**
 * Traefik v3 dynamic configuration (file provider) for one gateway of the design.
 * @example parse(generateTraefik(mallGo).content).http.routers["route-orders"].service === "route-orders"
 */
export function generateTraefik(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const caveats = caveatsFor(plan);
  const middlewares: Record<string, unknown> = {};
  if (plan.rateLimit) middlewares[middlewareNames.rate] = { rateLimit: { average: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst, period: "1s" } };
  if (plan.corsOrigins) middlewares[middlewareNames.cors] = { headers: { accessControlAllowOriginList: plan.corsOrigins, accessControlAllowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"], accessControlAllowHeaders: ["Authorization", "Content-Type"], accessControlMaxAge: 3600, addVaryHeader: true } };
  if (plan.auth) middlewares[middlewareNames.auth] = { forwardAuth: { address: TRAEFIK_AUTH_ADDRESS, trustForwardHeader: false } };
  for (const r of plan.routes) Object.assign(middlewares, routeMiddlewares(r));

  const seen = new Map<string, number>();
  const routers: Record<string, unknown> = {};
  for (const l of plan.locations as LocationPlan[]) {
    const r = l.route;
    const n = l.path === r.path ? 1 : (seen.get(r.id) ?? 1) + 1;
    if (n > 1) seen.set(r.id, n);
    const methods = r.methods && plan.corsOrigins && !r.methods.includes("OPTIONS") ? [...r.methods, "OPTIONS"] : r.methods;
    const chain = [
      ...(plan.corsOrigins ? [middlewareNames.cors] : []),
      ...(plan.rateLimit ? [middlewareNames.rate] : []),
      ...(plan.auth && !l.public ? [middlewareNames.auth] : []),
      ...Object.keys(routeMiddlewares(r)),
    ];
    // A route's own path keeps its id; public paths inside it get "~public-2"... ("~" cannot occur in an id).
    routers[n === 1 ? r.id : `${r.id}~public-${n}`] = { rule: pathRule(l.path, methods), priority: 1000 + l.path.length, service: r.id, ...(chain.length > 0 ? { middlewares: chain } : {}) };
  }
  const services: Record<string, unknown> = {};
  const transports: Record<string, unknown> = {};
  for (const r of plan.routes) {
    const h = r.upstream.health;
    const transport = `timeout-${ms(r.timeoutMs)}`;
    transports[transport] = { forwardingTimeouts: { dialTimeout: ms(r.timeoutMs), responseHeaderTimeout: ms(r.timeoutMs) } };
    services[r.id] = {
      loadBalancer: {
        servers: r.upstream.instances.map((i) => ({ url: `http://${i.host}:${i.port}` })),
        healthCheck: { path: h.path, interval: ms(h.intervalMs), timeout: ms(h.timeoutMs) },
        passHostHeader: true,
        serversTransport: transport,
        ...(plan.loadBalancing === "consistent_hash" ? { sticky: { cookie: { name: "seams_affinity", httpOnly: true } } } : {}),
      },
    };
  }
  const http: Record<string, unknown> = { routers, services, ...(Object.keys(middlewares).length > 0 ? { middlewares } : {}), serversTransports: transports };
  const doc = new Document({ http });
  doc.commentBefore = writeHeaderComment(plan, "Traefik v3 dynamic configuration (file provider)", [`Load: providers.file.filename=${plan.gateway.id}.traefik.yaml in the static configuration.`], caveats, " ");
  return { fileName: `${plan.gateway.id}.traefik.yaml`, mediaType: "application/yaml", content: doc.toString({ lineWidth: 0 }), caveats };
}
