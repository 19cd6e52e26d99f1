/**
 * `caddy-json`: Caddy's native JSON configuration (2.6+, `caddy run --config
 * caddy.json`): one HTTP server on the gateway's port, a route per location
 * (longest path first) proxying to the service's instances with active health
 * checks, timeouts and tries, forward_auth-style checks on protected routes,
 * CORS answered by headers, 404 for anything else. JSON has no comments and
 * Caddy refuses unknown fields, so the caveats are in the export's caveat
 * list (and the Caddyfile target's header), not in the file.
 */
import type { Design } from "../../model/schema";
import type { ExportOptions, ExportOutput } from "../types";
import { CADDY_AUTH_URI, CADDY_AUTH_VERIFIER, caddyDuration, CORS_HEADERS, CORS_METHODS, passiveCheck, planCaddy, tryBudget, type CaddyPlan, type CaddyRoute } from "./plan-caddy";

type Json = Record<string, unknown>;

function proxy(route: CaddyRoute): Json {
  const r = route.location.route;
  const h = r.upstream.health;
  const passive = passiveCheck(r);
  return {
    handler: "reverse_proxy",
    upstreams: r.upstream.instances.map((i) => ({ dial: `${i.host}:${i.port}` })),
    health_checks: {
      active: { uri: h.path, interval: caddyDuration(h.intervalMs), timeout: caddyDuration(h.timeoutMs) },
      ...(passive ? { passive: { fail_duration: passive.failDuration, max_fails: passive.maxFails, unhealthy_status: [500, 502, 503, 504] } } : {}),
    },
    transport: { protocol: "http", dial_timeout: caddyDuration(r.timeoutMs), response_header_timeout: caddyDuration(r.timeoutMs) },
  };
}

function withPolicy(handler: Json, plan: CaddyPlan, route: CaddyRoute): Json {
  const tries = tryBudget(route.location.route);
  return { ...handler, load_balancing: { selection_policy: { policy: plan.policy }, ...(tries ? { try_duration: tries.duration, try_interval: tries.interval } : {}) } };
}

/** forward_auth as `caddy adapt` writes it: ask the verifier with GET and the original headers; a 2xx carries on. */
const forwardAuth: Json = {
  handler: "reverse_proxy",
  upstreams: [{ dial: CADDY_AUTH_VERIFIER }],
  rewrite: { method: "GET", uri: CADDY_AUTH_URI },
  headers: { request: { set: { "X-Forwarded-Method": ["{http.request.method}"], "X-Forwarded-Uri": ["{http.request.uri}"] } } },
  handle_response: [{ match: { status_code: [2] }, routes: [{ handle: [{ handler: "headers", request: {} }] }] }],
};

function routes(plan: CaddyPlan): Json[] {
  const out: Json[] = [];
  const origins = plan.gateway.corsOrigins;
  if (origins) {
    const allow = { "Access-Control-Allow-Origin": ["{http.request.header.Origin}"], Vary: ["Origin"] };
    out.push({
      match: [{ method: ["OPTIONS"], header: { Origin: origins } }],
      handle: [{ handler: "headers", response: { set: { ...allow, "Access-Control-Allow-Methods": [CORS_METHODS], "Access-Control-Allow-Headers": [CORS_HEADERS], "Access-Control-Max-Age": ["3600"] } } }, { handler: "static_response", status_code: 204 }],
      terminal: true,
    });
    out.push({ match: [{ header: { Origin: origins } }], handle: [{ handler: "headers", response: { set: allow, deferred: true } }] });
  }
  for (const r of plan.routes) {
    const handle: Json[] = [];
    if (r.auth) handle.push(forwardAuth);
    if (r.stripPrefix) handle.push({ handler: "rewrite", strip_path_prefix: r.stripPrefix });
    handle.push(withPolicy(proxy(r), plan, r));
    out.push({ match: [{ path: r.paths, ...(r.methods ? { method: r.methods } : {}) }], handle, terminal: true });
    if (r.methods) out.push({ match: [{ path: r.paths }], handle: [{ handler: "static_response", status_code: 405 }], terminal: true });
  }
  out.push({ handle: [{ handler: "static_response", status_code: 404 }], terminal: true });
  return out;
}

/** The Caddy JSON document for one gateway (also what the Caddyfile target adapts to). */
export function caddyConfig(plan: CaddyPlan): Json {
  return { apps: { http: { servers: { [plan.gateway.gateway.id]: { listen: [`:${plan.gateway.port}`], routes: routes(plan) } } } } };
}

/**
 * Caddy JSON for one gateway of the design.
 * @example JSON.parse(generateCaddyJson(mallGo).content).apps.http.servers["api-gateway"].listen // [":80"]
 */
export function generateCaddyJson(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planCaddy(design, options);
  return { fileName: `${plan.gateway.gateway.id}.caddy.json`, mediaType: "application/json", content: JSON.stringify(caddyConfig(plan), null, 2) + "\n", caveats: plan.caveats };
}
