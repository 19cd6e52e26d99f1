/**
 * `haproxy`: a complete haproxy.cfg (HAProxy 2.6+) for one gateway: one
 * frontend that picks a location by longest prefix, a backend per route (so
 * each route keeps its own timeout and retries), active health checks, a
 * gateway-wide request-rate table answering 429, JWT checks with jwt_verify,
 * and CORS.
 */
import type { Design } from "../../model/schema";
import { commentText } from "../escape/comment-text";
import { escapeRegex } from "../escape/escape-regex";
import { quoteHaproxy as q } from "../escape/quote-haproxy";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { breakerCaveats, prefixCaveats, writeHeaderComment } from "./write-header-comment";
import { planGateway, unreachable, type GatewayPlan, type RoutePlan } from "./plan-gateway";

/** Status codes `retry-on` accepts (HAProxy 2.6). */
const HAPROXY_RETRY_CODES = new Set([401, 403, 404, 408, 425, 500, 501, 502, 503, 504]);
const MAX_WEIGHT = 256;
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
const CORS_HEADERS = "Authorization, Content-Type";

const duration = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.max(1, ms)}ms`);

function balance(plan: GatewayPlan): string[] {
  switch (plan.loadBalancing) {
    case "round_robin": return ["balance roundrobin"];
    case "weighted": return ["balance random"]; // the mall-go guide's weighted_random; honours weights
    case "least_conn": return ["balance leastconn"];
    case "consistent_hash": return ["balance source", "hash-type consistent"];
    default: return unreachable(plan.loadBalancing);
  }
}

function backend(r: RoutePlan, plan: GatewayPlan): string[] {
  const h = r.upstream.health;
  const fall = Math.max(1, Math.ceil(h.deregisterAfterMs / Math.max(1, h.intervalMs)));
  const codes = r.retry.on.filter((c) => HAPROXY_RETRY_CODES.has(c)).sort((a, b) => a - b);
  const lines = [
    `# route ${commentText(r.id)} -> ${commentText(r.upstream.service.id)}`,
    `backend be_${r.id}`,
    ...balance(plan),
    "option httpchk",
    `http-check send meth GET uri ${q(h.path)}`,
    `timeout connect ${duration(r.timeoutMs)}`,
    `timeout server ${duration(r.timeoutMs)}`,
    `timeout check ${duration(h.timeoutMs)}`,
    `retries ${r.retry.maxRetries}`,
  ];
  if (r.retry.maxRetries > 0) lines.push(`retry-on conn-failure empty-response response-timeout${codes.map((c) => ` ${c}`).join("")}`, "option redispatch 1");
  if (r.stripPrefix) lines.push(`http-request replace-path ${q(`^${escapeRegex(r.path.replace(/\/$/, ""))}/?(.*)`)} /\\1`);
  lines.push(`default-server inter ${duration(h.intervalMs)} fall ${fall} rise 2 init-addr last,libc,none`);
  r.upstream.instances.forEach((i, n) => lines.push(`server ${r.upstream.service.id}-${n + 1} ${q(`${i.host}:${i.port}`)} weight ${Math.min(i.weight, MAX_WEIGHT)} check`));
  return [lines[0]!, lines[1]!, ...lines.slice(2).map((l) => `    ${l}`)];
}

function frontend(plan: GatewayPlan): string[] {
  const lines: string[] = [`bind :${plan.port}`];
  const locName = new Map(plan.locations.map((l, i) => [l, `L${i + 1}`]));
  if (plan.corsOrigins) {
    const any = plan.corsOrigins.includes("*");
    lines.push("# CORS: echo an allowed Origin; answer every preflight here, as the mall-go guide does");
    lines.push("http-request set-var(txn.origin) req.hdr(origin)");
    if (!any) lines.push(`acl cors_origin var(txn.origin) -m str ${plan.corsOrigins.map(q).join(" ")}`);
    const allow = any ? '"*"' : '"%[var(txn.origin)]"';
    const cond = any ? "" : " if cors_origin";
    lines.push(`http-after-response set-header Access-Control-Allow-Origin ${allow}${cond}`);
    lines.push(`http-after-response set-header Access-Control-Allow-Methods ${q(CORS_METHODS)}${cond}`);
    lines.push(`http-after-response set-header Access-Control-Allow-Headers ${q(CORS_HEADERS)}${cond}`);
    lines.push(`http-after-response add-header Vary Origin${cond}`);
    lines.push("http-request return status 204 if METH_OPTIONS");
  }
  if (plan.rateLimit) {
    lines.push("# one gateway-wide counter, like the mall-go guide's single token bucket");
    lines.push("stick-table type integer size 1 expire 10s store http_req_rate(1s)");
    lines.push("http-request track-sc0 int(0)");
    lines.push(`http-request deny deny_status 429 if { sc_http_req_rate(0) gt ${plan.rateLimit.requestsPerSecond} }`);
  }
  lines.push("# locations, longest prefix first: the first match names the location");
  for (const l of plan.locations) {
    const what = l.path === l.route.path ? `route ${l.route.id}` : `public path inside route ${l.route.id}`;
    lines.push(`http-request set-var(txn.loc) str(${locName.get(l)}) if !{ var(txn.loc) -m found } { path_beg ${q(l.path)} }  # ${commentText(what)}`);
  }
  lines.push('http-request return status 404 content-type text/plain string "no route" unless { var(txn.loc) -m found }');
  for (const l of plan.locations) {
    if (l.route.methods) lines.push(`http-request deny deny_status 405 if { var(txn.loc) -m str ${locName.get(l)} } !{ method ${l.route.methods.join(" ")}${l.route.methods.includes("GET") && !l.route.methods.includes("HEAD") ? " HEAD" : ""} }`);
  }
  const protectedLocs = plan.auth ? plan.locations.filter((l) => !l.public) : [];
  if (plan.auth && protectedLocs.length > 0) {
    lines.push(`acl protected var(txn.loc) -m str ${protectedLocs.map((l) => locName.get(l)).join(" ")}`);
    if (plan.auth.type === "api_key") {
      lines.push("# the key comes from the API_KEY environment variable; without it every protected request is refused");
      lines.push("http-request set-var(txn.api_key) env(API_KEY) if protected");
      lines.push("http-request deny deny_status 401 if protected !{ var(txn.api_key) -m reg . }");
      lines.push("http-request deny deny_status 401 if protected !{ req.hdr(x-api-key),strcmp(txn.api_key) eq 0 }");
    } else {
      lines.push("# HS256 bearer token: signature, algorithm and expiry; the key comes from the JWT_SECRET environment variable, and without it every protected request is refused");
      lines.push("http-request deny deny_status 401 if protected !{ env(JWT_SECRET) -m reg . }");
      lines.push("http-request set-var(txn.bearer) http_auth_bearer if protected");
      lines.push("http-request set-var(txn.now) date if protected");
      lines.push("http-request deny deny_status 401 if protected !{ var(txn.bearer) -m found }");
      lines.push("http-request deny deny_status 401 if protected !{ var(txn.bearer),jwt_header_query('$.alg') -m str HS256 }");
      lines.push('http-request deny deny_status 401 if protected !{ var(txn.bearer),jwt_verify("HS256","${JWT_SECRET}") -m int 1 }');
      lines.push("http-request deny deny_status 401 if protected { var(txn.bearer),jwt_payload_query('$.exp','int'),sub(txn.now) -m int lt 0 }");
    }
  }
  for (const r of plan.routes) {
    const names = plan.locations.filter((l) => l.route === r).map((l) => locName.get(l));
    lines.push(`use_backend be_${r.id} if { var(txn.loc) -m str ${names.join(" ")} }`);
  }
  return [`frontend fe_${plan.gateway.id}`, ...lines.map((l) => `    ${l}`)];
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const caveats: Caveat[] = [...plan.caveats, ...prefixCaveats(plan, "HAProxy"), ...breakerCaveats(plan, "HAProxy", "failing instances are taken out by the health checks only", "healthChecksOnly")];
  const gw = [plan.gateway.id];
  const delayed = plan.routes.filter((r) => r.retry.maxRetries > 0 && r.retry.delayMs > 0);
  if (delayed.length > 0) caveats.push({ elements: delayed.map((r) => r.id), code: "haproxy.retryAtOnce", message: "HAProxy retries at once on another instance (option redispatch 1); the design's delay between retries is not applied" });
  const odd = plan.routes.filter((r) => r.retry.maxRetries > 0 && r.retry.on.some((c) => !HAPROXY_RETRY_CODES.has(c)));
  if (odd.length > 0) caveats.push({ elements: odd.map((r) => r.id), message: `HAProxy's retry-on takes only 401, 403, 404, 408, 425, 500, 501, 502, 503 and 504; ${odd.map((r) => `${r.id} also lists ${r.retry.on.filter((c) => !HAPROXY_RETRY_CODES.has(c)).join(", ")}`).join("; ")}` });
  if (plan.routes.some((r) => r.retry.maxRetries > 0)) caveats.push({ elements: plan.routes.map((r) => r.id), code: "haproxy.bufferOnly", message: "HAProxy retries a request on a response status only while the request still fits its buffer (large uploads are not retried)" });
  const heavy = plan.upstreams.filter((u) => u.instances.some((i) => i.weight > MAX_WEIGHT));
  if (heavy.length > 0) caveats.push({ elements: heavy.map((u) => u.service.id), code: "haproxy.weightCap", params: { max: MAX_WEIGHT }, message: `HAProxy weights stop at ${MAX_WEIGHT}; larger weights are capped` });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "haproxy.noBurst", params: { rate: plan.rateLimit.requestsPerSecond, burst: plan.rateLimit.burst }, message: `HAProxy has no burst: it counts requests over a sliding second on one gateway-wide key and answers 429 past ${plan.rateLimit.requestsPerSecond}; the design's burst of ${plan.rateLimit.burst} is not expressed` });
  if (plan.auth?.type === "api_key") caveats.push({ elements: gw, code: "haproxy.apiKeyEnv", message: "API keys: the X-API-Key header is compared with the API_KEY environment variable (one key); a key store needs a map file or an external check" });
  else if (plan.auth) caveats.push({ elements: gw, code: "haproxy.jwtEnv", message: "the JWT is checked for an HS256 signature with the JWT_SECRET environment variable and for expiry; set JWT_SECRET when starting HAProxy, never write it into this file" });
  if (plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "gateway.oauth2AsJwt", message: "oauth2 is checked as a bearer JWT; the authorization flows themselves are not part of a gateway config" });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "haproxy.consistentHash", message: "consistent hashing uses the client address (balance source); the design does not say which key the mall-go guide hashes" });
  if (plan.routes.length > 0) caveats.push({ elements: plan.routes.map((r) => r.id), code: "haproxy.timeoutServer", message: "HAProxy's timeout server bounds each wait for the instance, not the whole request as the mall-go guide's client timeout does" });
  if (plan.corsOrigins) caveats.push({ elements: gw, code: "gateway.corsPreflight", message: "CORS preflight (OPTIONS) is answered 204 by the gateway for every path, before auth and rate limit, as the mall-go guide's CORS middleware does" });
  if (plan.routes.some((r) => r.methods)) caveats.push({ elements: plan.routes.filter((r) => r.methods).map((r) => r.id), code: "haproxy.method405", message: "a method a route does not allow is answered 405 (the mall-go guide answers 404)" });
  return caveats;
}

/**
 * A complete haproxy.cfg for one gateway of the design; check with `haproxy -c -f FILE`.
 * @example generateHaproxy(mallGo).content.includes("backend be_route-orders")
 */
export function generateHaproxy(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const caveats = caveatsFor(plan);
  const usage = [`Run: JWT_SECRET=... haproxy -f ${plan.gateway.id}.haproxy.cfg (instance names resolve at start and later; init-addr lets it start before they do).`];
  const content = [
    writeHeaderComment(plan, "HAProxy configuration", usage, caveats),
    "global",
    "    maxconn 4096",
    "",
    "defaults",
    "    mode http",
    "    timeout connect 5s",
    "    timeout client 30s",
    "    timeout server 30s",
    "    timeout http-request 10s",
    "",
    ...frontend(plan),
    "",
    ...plan.routes.flatMap((r) => [...backend(r, plan), ""]),
  ].join("\n");
  return { fileName: `${plan.gateway.id}.haproxy.cfg`, mediaType: "text/plain", content, caveats };
}
