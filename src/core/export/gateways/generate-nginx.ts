/**
 * `nginx`: a complete nginx.conf (nginx OSS 1.22+) for one gateway: an
 * upstream per service, a location per route, timeouts, retries to the next
 * instance, one gateway-wide `limit_req` answering 429, auth through
 * `auth_request` (nginx OSS cannot check a JWT itself) and CORS.
 */
import type { Design } from "../../model/schema";
import { commentText } from "../escape/comment-text";
import { escapeRegex } from "../escape/escape-regex";
import { quoteNginx as q } from "../escape/quote-nginx";
import type { Caveat, ExportOptions, ExportOutput } from "../types";
import { breakerCaveats, prefixCaveats, writeHeaderComment } from "./write-header-comment";
import { planGateway, unreachable, type GatewayPlan, type LocationPlan, type UpstreamPlan } from "./plan-gateway";

/** Status codes `proxy_next_upstream` can retry on. */
const NGINX_RETRY_CODES = new Set([500, 502, 503, 504, 403, 404, 429]);
export const AUTH_LOCATION = "/_seams/auth";
/** A placeholder the deployer points at a real verifier; the live test points it at its own. */
export const AUTH_VERIFIER = "127.0.0.1:9001";
const NON_IDEMPOTENT = ["POST", "PATCH"];

const seconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.max(1, ms)}ms`);

function balanceDirective(plan: GatewayPlan): string | undefined {
  switch (plan.loadBalancing) {
    case "round_robin": return undefined; // nginx's default, weighted by weight=
    case "weighted": return "random;"; // the mall-go guide's weighted_random
    case "least_conn": return "least_conn;";
    case "consistent_hash": return "hash $remote_addr consistent;";
    default: return unreachable(plan.loadBalancing);
  }
}

function upstreamBlock(u: UpstreamPlan, plan: GatewayPlan): string[] {
  const balance = balanceDirective(plan);
  return [
    `    upstream ${q(u.service.id)} {`,
    ...(balance ? [`        ${balance}`] : []),
    ...u.instances.map((i) => `        server ${q(`${i.host}:${i.port}`)} weight=${i.weight} max_fails=1 fail_timeout=${seconds(u.health.intervalMs)};`),
    "    }",
  ];
}

function locationBlock(l: LocationPlan, plan: GatewayPlan): string[] {
  const r = l.route;
  const t = seconds(r.timeoutMs);
  const codes = r.retry.on.filter((c) => NGINX_RETRY_CODES.has(c)).sort((a, b) => a - b);
  const body: string[] = [];
  if (r.methods) body.push(`limit_except ${r.methods.join(" ")} { deny all; }`);
  if (plan.auth && !l.public) body.push(`auth_request ${AUTH_LOCATION};`);
  if (r.stripPrefix) body.push(`rewrite ${q(`^${escapeRegex(r.path.replace(/\/$/, ""))}/?(.*)`)} /$1 break;`);
  body.push(`proxy_pass http://${q(r.upstream.service.id)};`);
  body.push(`proxy_connect_timeout ${t};`, `proxy_send_timeout ${t};`, `proxy_read_timeout ${t};`);
  if (r.retry.maxRetries === 0) body.push("proxy_next_upstream off;");
  else {
    body.push(`proxy_next_upstream error timeout${codes.map((c) => ` http_${c}`).join("")};`);
    body.push(`proxy_next_upstream_tries ${r.retry.maxRetries + 1};`);
  }
  const what = l.path === r.path ? `route ${r.id} -> ${r.upstream.service.id}` : `public path inside route ${r.id} -> ${r.upstream.service.id}`;
  return [`        # ${commentText(what)}${l.public && plan.auth ? " (public)" : ""}`, `        location ${q(l.path)} {`, ...body.map((b) => `            ${b}`), "        }"];
}

function caveatsFor(plan: GatewayPlan): Caveat[] {
  const caveats: Caveat[] = [...plan.caveats, ...prefixCaveats(plan, "nginx"), ...breakerCaveats(plan, "nginx", "an instance that fails is only skipped for a while (max_fails / fail_timeout)", "skippedForAWhile")];
  const gw = [plan.gateway.id];
  const routes = plan.routes;
  if (plan.upstreams.length > 0) caveats.push({ elements: plan.upstreams.map((u) => u.service.id), code: "nginx.noActiveHealthCheck", message: "nginx OSS has no active health checks (health_check is NGINX Plus): the health path is not polled; an instance that fails a request is skipped for the health-check interval (max_fails=1 fail_timeout=interval)" });
  const delayed = routes.filter((r) => r.retry.maxRetries > 0 && r.retry.delayMs > 0);
  if (delayed.length > 0) caveats.push({ elements: delayed.map((r) => r.id), code: "nginx.retryAtOnce", message: "nginx retries at once: it has no retry delay, so the design's delay between retries is not applied" });
  const mayPost = routes.filter((r) => r.retry.maxRetries > 0 && (!r.methods || r.methods.some((m) => NON_IDEMPOTENT.includes(m))));
  if (mayPost.length > 0) caveats.push({ elements: mayPost.map((r) => r.id), code: "nginx.noRetryPost", message: "nginx does not retry POST or PATCH requests once sent (non-idempotent), while the mall-go guide retries every method; add non_idempotent to proxy_next_upstream only where the service tolerates duplicates" });
  const odd = routes.filter((r) => r.retry.maxRetries > 0 && r.retry.on.some((c) => !NGINX_RETRY_CODES.has(c)));
  if (odd.length > 0) caveats.push({ elements: odd.map((r) => r.id), message: `nginx retries only on 500, 502, 503, 504, 403, 404 and 429 (and errors and timeouts); ${odd.map((r) => `${r.id} also lists ${r.retry.on.filter((c) => !NGINX_RETRY_CODES.has(c)).join(", ")}`).join("; ")}` });
  const few = routes.filter((r) => r.retry.maxRetries + 1 > r.upstream.instances.length && r.retry.maxRetries > 0);
  if (few.length > 0) caveats.push({ elements: few.map((r) => r.id), message: `nginx never tries the same instance twice in one request, so ${few.map((r) => `${r.id} gets at most ${r.upstream.instances.length} ${r.upstream.instances.length === 1 ? "try" : "tries"}`).join(", ")}` });
  if (routes.length > 0) caveats.push({ elements: routes.map((r) => r.id), code: "nginx.timeoutEachStep", message: "nginx timeouts bound each connect, read and write, not the whole request as the mall-go guide's client timeout does" });
  if (plan.auth) caveats.push({ elements: gw, code: "nginx.authVerifier", params: { kind: plan.auth.type === "api_key" ? "apiKey" : "jwt", verifier: AUTH_VERIFIER }, message: `nginx OSS cannot check ${plan.auth.type === "api_key" ? "API keys" : "a JWT"} itself: protected locations ask a verifier through auth_request (upstream _seams_auth_verifier, placeholder ${AUTH_VERIFIER}); it receives the original headers, and a 2xx lets the request through while 401 or 403 refuses it. Run a verifier there and keep its secret out of this file` });
  if (plan.auth?.type === "oauth2") caveats.push({ elements: gw, code: "nginx.oauth2", message: "oauth2 is checked as a bearer token by the same verifier; the authorization flows themselves are not part of a gateway config" });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "nginx.rateLimit", params: { burst: plan.rateLimit.burst, rate: plan.rateLimit.requestsPerSecond }, message: `the rate limit has a constant key, so it is one gateway-wide bucket like the mall-go guide's; use $binary_remote_addr for a per-client limit. nginx lets a burst of ${plan.rateLimit.burst} through at once (nodelay) and refills at ${plan.rateLimit.requestsPerSecond}r/s, answering 429 past it` });
  if (plan.loadBalancing === "consistent_hash") caveats.push({ elements: gw, code: "nginx.consistentHash", message: "consistent hashing uses the client address ($remote_addr); the design does not say which key the mall-go guide hashes" });
  if (plan.corsOrigins) caveats.push({ elements: gw, code: "gateway.corsPreflight", message: "CORS preflight (OPTIONS) is answered 204 by the gateway for every path, before auth and rate limit, as the mall-go guide's CORS middleware does" });
  return caveats;
}

/**
 * A complete nginx.conf for one gateway of the design; run with `nginx -p DIR -c FILE`.
 * @example generateNginx(mallGo).content.includes("limit_req_status 429;")
 */
export function generateNginx(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planGateway(design, options);
  const caveats = caveatsFor(plan);
  const usage = [
    `Run: nginx -p /srv/${plan.gateway.id}/ -c /srv/${plan.gateway.id}/nginx.conf (logs/ and temp/ are under the -p prefix; create them first).`,
  ];
  const http: string[] = [
    "    client_body_temp_path temp/client_body;",
    "    proxy_temp_path temp/proxy;",
    "    fastcgi_temp_path temp/fastcgi;",
    "    uwsgi_temp_path temp/uwsgi;",
    "    scgi_temp_path temp/scgi;",
    "    access_log logs/access.log;",
    "    server_tokens off;",
    "",
  ];
  for (const u of plan.upstreams) http.push(...upstreamBlock(u, plan), "");
  if (plan.auth) http.push("    # placeholder: point this at the service that checks credentials", "    upstream _seams_auth_verifier {", `        server ${AUTH_VERIFIER};`, "    }", "");
  if (plan.rateLimit) {
    http.push(`    limit_req_zone "gateway" zone=seams_rate:10m rate=${plan.rateLimit.requestsPerSecond}r/s;`, "    limit_req_status 429;", "");
  }
  if (plan.corsOrigins) {
    const any = plan.corsOrigins.includes("*");
    http.push("    map $http_origin $seams_cors_origin {", `        default ${any ? '"*"' : '""'};`);
    if (!any) for (const o of plan.corsOrigins) http.push(`        ${q(o)} $http_origin;`);
    http.push("    }");
    http.push('    map $seams_cors_origin $seams_cors_methods { "" ""; default "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"; }');
    http.push('    map $seams_cors_origin $seams_cors_headers { "" ""; default "Authorization, Content-Type"; }', "");
  }

  const server: string[] = [`        listen ${plan.port};`];
  if (plan.rateLimit) server.push(`        limit_req zone=seams_rate burst=${plan.rateLimit.burst} nodelay;`);
  server.push(
    "        proxy_http_version 1.1;",
    "        proxy_set_header Host $host;",
    '        proxy_set_header Connection "";',
    "        proxy_set_header X-Request-ID $request_id;",
    "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
  );
  if (plan.corsOrigins) {
    server.push(
      "        add_header Access-Control-Allow-Origin $seams_cors_origin always;",
      "        add_header Access-Control-Allow-Methods $seams_cors_methods always;",
      "        add_header Access-Control-Allow-Headers $seams_cors_headers always;",
      "        add_header Vary Origin always;",
      "        if ($request_method = OPTIONS) { return 204; }",
    );
  }
  server.push("");
  // nginx picks the longest prefix whatever the order, so write them in route order, which reads better.
  const order = new Map(plan.routes.map((r, i) => [r.id, i]));
  const inRouteOrder = [...plan.locations].sort((a, b) => order.get(a.route.id)! - order.get(b.route.id)! || a.path.length - b.path.length);
  for (const l of inRouteOrder) server.push(...locationBlock(l, plan), "");
  if (plan.auth) {
    server.push(
      "        location = /_seams/auth {",
      "            internal;",
      "            proxy_pass http://_seams_auth_verifier;",
      "            proxy_pass_request_body off;",
      '            proxy_set_header Content-Length "";',
      "            proxy_set_header X-Original-URI $request_uri;",
      "            proxy_set_header X-Original-Method $request_method;",
      "        }",
      "",
    );
  }
  // A route on "/" already catches everything; a second `location /` would be a duplicate.
  if (!plan.locations.some((l) => l.path === "/")) server.push("        # anything no route matches", "        location / { return 404; }");

  const content = [
    writeHeaderComment(plan, "nginx configuration", usage, caveats),
    "worker_processes auto;",
    "pid logs/nginx.pid;",
    "error_log logs/error.log warn;",
    "",
    "events {",
    "    worker_connections 1024;",
    "}",
    "",
    "http {",
    ...http,
    "    server {",
    ...server,
    "    }",
    "}",
    "",
  ].join("\n");
  return { fileName: `${plan.gateway.id}.nginx.conf`, mediaType: "text/plain", content, caveats };
}
