/**
 * `caddy`: a Caddyfile (Caddy 2.6+) for one gateway: the same routes as the
 * Caddy JSON target, written as a site block on the gateway's port with a
 * named matcher and a `handle` block per location (longest path first),
 * `forward_auth` on protected routes, `uri strip_prefix`, `reverse_proxy`
 * with health checks, tries and timeouts; the caveats in the header comment.
 * Only validated ids, paths, hosts and origins reach a directive.
 */
import type { Design } from "../../model/schema";
import type { ExportOptions, ExportOutput } from "../types";
import { CADDY_AUTH_URI, CADDY_AUTH_VERIFIER, caddyDuration, CORS_HEADERS, CORS_METHODS, passiveCheck, planCaddy, tryBudget, type CaddyPlan, type CaddyRoute } from "./plan-caddy";
import { writeHeaderComment } from "./write-header-comment";

/** A Caddyfile token: plain when it holds nothing Caddy splits or expands, else double-quoted (the values here are validated, so no quote or line break can occur). */
const token = (s: string) => (/^[^\s"{}#`]+$/.test(s) ? s : `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`);

function proxyBlock(plan: CaddyPlan, r: CaddyRoute, indent: string): string[] {
  const route = r.location.route;
  const h = route.upstream.health;
  const tries = tryBudget(route);
  const passive = passiveCheck(route);
  const i2 = `${indent}\t`;
  return [
    `${indent}reverse_proxy ${route.upstream.instances.map((i) => `${i.host}:${i.port}`).join(" ")} {`,
    `${i2}lb_policy ${plan.policy}`,
    ...(tries ? [`${i2}lb_try_duration ${tries.duration}`, `${i2}lb_try_interval ${tries.interval}`] : []),
    `${i2}health_uri ${token(h.path)}`,
    `${i2}health_interval ${caddyDuration(h.intervalMs)}`,
    `${i2}health_timeout ${caddyDuration(h.timeoutMs)}`,
    ...(passive ? [`${i2}fail_duration ${passive.failDuration}`, `${i2}max_fails ${passive.maxFails}`, `${i2}unhealthy_status 500 502 503 504`] : []),
    `${i2}transport http {`,
    `${i2}\tdial_timeout ${caddyDuration(route.timeoutMs)}`,
    `${i2}\tresponse_header_timeout ${caddyDuration(route.timeoutMs)}`,
    `${i2}}`,
    `${indent}}`,
  ];
}

function siteBlock(plan: CaddyPlan): string[] {
  const out: string[] = [`:${plan.gateway.port} {`];
  const origins = plan.gateway.corsOrigins;
  if (origins) {
    out.push(
      "\t@cors_preflight {",
      "\t\tmethod OPTIONS",
      `\t\theader Origin ${origins.map(token).join(" ")}`,
      "\t}",
      "\thandle @cors_preflight {",
      "\t\theader {",
      "\t\t\tAccess-Control-Allow-Origin {http.request.header.Origin}",
      `\t\t\tAccess-Control-Allow-Methods "${CORS_METHODS}"`,
      `\t\t\tAccess-Control-Allow-Headers "${CORS_HEADERS}"`,
      "\t\t\tAccess-Control-Max-Age 3600",
      "\t\t\tVary Origin",
      "\t\t}",
      "\t\trespond 204",
      "\t}",
      `\t@cors header Origin ${origins.map(token).join(" ")}`,
      "\theader @cors {",
      "\t\tdefer",
      "\t\tAccess-Control-Allow-Origin {http.request.header.Origin}",
      "\t\tVary Origin",
      "\t}",
    );
  }
  for (const r of plan.routes) {
    const methods = r.methods ? [`\t\tmethod ${r.methods.join(" ")}`] : [];
    out.push("", `\t@${r.name} {`, `\t\tpath ${r.paths.map(token).join(" ")}`, ...methods, "\t}", `\thandle @${r.name} {`);
    if (r.auth) out.push(`\t\tforward_auth ${CADDY_AUTH_VERIFIER} {`, `\t\t\turi ${CADDY_AUTH_URI}`, "\t\t}");
    if (r.stripPrefix) out.push(`\t\turi strip_prefix ${token(r.stripPrefix)}`);
    out.push(...proxyBlock(plan, r, "\t\t"), "\t}");
    if (r.methods) out.push(`\t@${r.name}~methods path ${r.paths.map(token).join(" ")}`, `\thandle @${r.name}~methods {`, "\t\trespond 405", "\t}");
  }
  out.push("", "\thandle {", "\t\trespond 404", "\t}", "}");
  return out;
}

/**
 * A Caddyfile for one gateway of the design.
 * @example generateCaddyfile(mallGo).content.includes("handle @route-orders {")
 */
export function generateCaddyfile(design: Design, options: ExportOptions = {}): ExportOutput {
  const plan = planCaddy(design, options);
  const header = writeHeaderComment(plan.gateway, "Caddyfile", [`Run: caddy run --config ${plan.gateway.gateway.id}.Caddyfile --adapter caddyfile (Caddy 2.6 or later).`], plan.caveats);
  return { fileName: `${plan.gateway.gateway.id}.Caddyfile`, mediaType: "text/plain", content: `${header}\n${siteBlock(plan).join("\n")}\n`, caveats: plan.caveats };
}
