/**
 * `kong`: a decK / DB-less declarative file (`_format_version: "3.0"`) for one
 * gateway: an upstream with targets and active health checks per service, a
 * Kong service per route (Kong keeps timeouts and retries on the service) with
 * its route(s), jwt or key-auth on protected routes, and global rate-limiting
 * and cors plugins. Written as YAML so the caveats can travel as comments.
 */
import { Document } from "yaml";
import type { Design } from "../../model/schema";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { breakerCaveats, prefixCaveats, writeHeaderComment } from "./write-header-comment";
import { planGateway, unreachable, type GatewayPlan, type LocationPlan, type UpstreamPlan } from "./plan-gateway";

/** The consumer whose credential every token or key is checked against. */
export const KONG_CONSUMER = "seams-gateway-clients";

const upstreamName = (u: UpstreamPlan) => `${u.service.id}.upstream`;
/** Kong's health-check intervals and timeouts are whole seconds, and 0 switches checks off. */
const wholeSeconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

function algorithm(plan: GatewayPlan): Record<string, string> {
  switch (plan.loadBalancing) {
    case "round_robin":
    case "weighted": return { algorithm: "round-robin" };
    case "least_conn": return { algorithm: "least-connections" };
    case "consistent_hash": return { algorithm: "consistent-hashing", hash_on: "ip" };
    default: return unreachable(plan.loadBalancing);
  }
}

function upstream(u: UpstreamPlan, plan: GatewayPlan) {
  const h = u.health;
  const failures = Math.max(1, Math.ceil(h.deregisterAfterMs / Math.max(1, h.intervalMs)));
  return {
    name: upstreamName(u),
    ...algorithm(plan),
    healthchecks: {
      active: {
        type: "http",
        http_path: h.path,
        timeout: wholeSeconds(h.timeoutMs),
        healthy: { interval: wholeSeconds(h.intervalMs), successes: 2 },
        unhealthy: { interval: wholeSeconds(h.intervalMs), http_failures: failures, tcp_failures: failures, timeouts: failures },
      },
    },
    targets: u.instances.map((i) => ({ target: `${i.host}:${i.port}`, weight: i.weight })),
  };
}

function authPlugin(plan: GatewayPlan): Record<string, unknown> | undefined {
  if (!plan.auth) return undefined;
  const preflight = plan.corsOrigins ? { run_on_preflight: false } : {};
  switch (plan.auth.type) {
    case "jwt":
    case "oauth2": return { name: "jwt", config: { key_claim_name: "iss", claims_to_verify: ["exp"], ...preflight } };
    case "api_key": return { name: "key-auth", config: { key_names: ["X-API-Key"], hide_credentials: true, ...preflight } };
    default: return unreachable(plan.auth.type);
  }
}

function route(l: LocationPlan, n: number, plan: GatewayPlan) {
  const r = l.route;
  // Preflights must match the route for the cors plugin to answer them.
  const methods = r.methods && plan.corsOrigins && !r.methods.includes("OPTIONS") ? [...r.methods, "OPTIONS"] : r.methods;
  const plugin = !l.public ? authPlugin(plan) : undefined;
  return {
    // "~" cannot occur in an id, so the extra route names never collide with another route's.
    name: n === 0 ? r.id : `${r.id}~public-${n}`,
    paths: [l.path],
    ...(methods ? { methods } : {}),
    strip_path: r.stripPrefix,
    preserve_host: true,
    ...(plugin ? { plugins: [plugin] } : {}),
  };
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const caveats: Caveat[] = [...plan.caveats, ...prefixCaveats(plan, "Kong"), ...breakerCaveats(plan, "Kong", "failing targets are taken out by the active health checks only", "activeHealthChecksOnly")];
  const gw = [plan.gateway.id];
  const retrying = plan.routes.filter((r) => r.retry.maxRetries > 0);
  if (retrying.length > 0) caveats.push({ elements: retrying.map((r) => r.id), code: "kong.retryConnectOnly", message: "Kong retries connection errors and timeouts only (service retries), never on a response status such as 502 or 503, and without a delay" });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "kong.noBurst", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `Kong OSS rate-limiting has no burst: it allows ${plan.rateLimit.requestsPerSecond} requests per second per client IP (limit_by ip, policy local: per Kong node), where the mall-go guide has one gateway-wide bucket with a burst of ${plan.rateLimit.burst}` });
  const sub = plan.upstreams.filter((u) => u.health.intervalMs % 1000 !== 0 || u.health.timeoutMs % 1000 !== 0);
  if (sub.length > 0) caveats.push({ elements: sub.map((u) => u.service.id), code: "kong.wholeSeconds", message: "Kong health-check intervals and timeouts are whole seconds; sub-second values are rounded" });
  if (plan.auth?.type === "jwt" || plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "kong.jwt", params: { consumer: KONG_CONSUMER }, message: `Kong's jwt plugin wants tokens whose iss claim equals the credential key "${KONG_CONSUMER}", signed HS256 with the secret decK reads from the DECK_JWT_SECRET environment variable; the secret is not in this file` });
  if (plan.auth?.type === "api_key") caveats.push({ elements: gw, code: "kong.keyAuth", message: "key-auth checks the X-API-Key header against the consumer's key, read by decK from the DECK_API_KEY environment variable; add a consumer per client for real use" });
  if (plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "kong.oauth2", message: "oauth2 is checked as a bearer JWT (Kong's oauth2 plugin would make Kong the authorization server, which the design does not say)" });
  if (plan.loadBalancing === "weighted") caveats.push({ elements: gw, code: "kong.noWeightedRandom", message: "Kong has no weighted-random balancer: weighted round-robin over the same weights is used" });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "kong.consistentHash", message: "consistent hashing uses the client address (hash_on ip); the design does not say which key the mall-go guide hashes" });
  if (plan.corsOrigins && plan.routes.some((r) => r.methods && !r.methods.includes("OPTIONS"))) caveats.push({ elements: gw, code: "kong.corsOptions", message: "routes limited to some methods also match OPTIONS, so the cors plugin can answer their preflights" });
  return caveats;
}

/**
 * A decK state file (YAML) for one gateway of the design; `deck gateway sync` or Kong DB-less `declarative_config` load it.
 * @example parse(generateKong(mallGo).content)._format_version === "3.0"
 */
export function generateKong(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const caveats = caveatsFor(plan);
  const plugins: Record<string, unknown>[] = [];
  if (plan.rateLimit) plugins.push({ name: "rate-limiting", config: { second: plan.rateLimit.requestsPerSecond, limit_by: "ip", policy: "local" } });
  if (plan.corsOrigins) plugins.push({ name: "cors", config: { origins: plan.corsOrigins, methods: ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"], headers: ["Authorization", "Content-Type"], max_age: 3600, credentials: false } });
  const consumers =
    plan.auth?.type === "api_key"
      ? [{ username: KONG_CONSUMER, keyauth_credentials: [{ key: '${{ env "DECK_API_KEY" }}' }] }]
      : plan.auth
        ? [{ username: KONG_CONSUMER, jwt_secrets: [{ key: KONG_CONSUMER, algorithm: "HS256", secret: '${{ env "DECK_JWT_SECRET" }}' }] }]
        : [];
  const state = {
    _format_version: "3.0",
    services: plan.routes.map((r) => ({
      name: r.id,
      host: upstreamName(r.upstream),
      port: 80,
      protocol: "http",
      connect_timeout: r.timeoutMs,
      read_timeout: r.timeoutMs,
      write_timeout: r.timeoutMs,
      retries: r.retry.maxRetries,
      routes: plan.locations.filter((l) => l.route === r).sort((a, b) => a.path.length - b.path.length).map((l, n) => route(l, n, plan)),
    })),
    upstreams: plan.upstreams.map((u) => upstream(u, plan)),
    ...(plugins.length > 0 ? { plugins } : {}),
    ...(consumers.length > 0 ? { consumers } : {}),
  };
  const doc = new Document(state);
  // yaml writes each line of commentBefore after a '#'; writeHeaderComment's lines are already single-line safe.
  doc.commentBefore = writeHeaderComment(plan, "Kong declarative configuration (decK)", [`Load: deck gateway sync ${plan.gateway.id}.kong.yaml, or point Kong DB-less declarative_config at it.`], caveats, " ");
  return { fileName: `${plan.gateway.id}.kong.yaml`, mediaType: "application/yaml", content: doc.toString({ lineWidth: 0 }), caveats };
}
