import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { apisixValidator } from "../../../../test/tools/shared-schemas";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateApisix, generateApisixAdmin } from "./generate-apisix";
import { APISIX_CONSUMER } from "./plan-apisix";

type Standalone = { routes: { id: string; uris: string[]; methods?: string[]; priority: number; upstream_id: string; timeout: { read: number }; plugins?: Record<string, Record<string, unknown>> }[]; upstreams: { id: string; type: string; nodes: unknown[]; retries: number; checks: { active: { http_path: string; healthy: { interval: number } } } }[]; global_rules: { id: string; plugins: Record<string, Record<string, unknown>> }[]; consumers: { username: string; plugins: Record<string, Record<string, unknown>> }[] };

const dir = mkdtempSync(path.join(tmpdir(), "seams-apisix-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the Admin API script with a stand-in curl on PATH that records each call's path and body. */
function runAdminScript(script: string): { status: number | null; calls: { path: string; body: unknown }[]; stderr: string } {
  const bin = mkdtempSync(path.join(dir, "bin-"));
  const log = path.join(bin, "calls.log");
  writeFileSync(path.join(bin, "curl"), `#!/bin/sh\n# stand-in curl: the URL after PUT and the --data-binary body, one JSON line per call\nurl=""; body=""\nwhile [ $# -gt 0 ]; do case "$1" in -X) shift 2;; -H) shift 2;; --data-binary) body="$2"; shift 2;; -*) shift;; *) url="$1"; shift;; esac; done\nprintf '%s\\t%s\\n' "$url" "$body" >> "${log}"\n`);
  chmodSync(path.join(bin, "curl"), 0o755);
  const file = path.join(bin, "admin.sh");
  writeFileSync(file, script);
  const r = spawnSync("/bin/sh", [file], { encoding: "utf8", env: { PATH: `${bin}:/usr/bin:/bin`, APISIX_ADMIN: "http://admin.test:9180", APISIX_ADMIN_KEY: "k" } });
  let calls: { path: string; body: unknown }[] = [];
  try {
    calls = readFileSync(log, "utf8").trim().split("\n").map((l) => { const [url, body] = l.split("\t"); return { path: url!.replace("http://admin.test:9180", ""), body: JSON.parse(body!) as unknown }; });
  } catch {
    // no calls
  }
  return { status: r.status, calls, stderr: r.stderr };
}

describe("generateApisix", () => {
  const out = generateApisix(mallGoTemplate());
  const cfg = parse(out.content) as Standalone;
  const route = (id: string) => cfg.routes.find((r) => r.id === id)!;

  it("passes the schema written from APISIX's documentation, which refuses a misspelt field, and ends with #END", () => {
    const r = apisixValidator()(cfg);
    expect(r.errors).toEqual([]);
    expect(out.content.endsWith("\n#END\n")).toBe(true);
    expect(apisixValidator()({ ...cfg, routes: [{ ...cfg.routes[0], upstream: "x" }] }).valid).toBe(false);
    expect(apisixValidator()({ ...cfg, upstreams: [{ ...cfg.upstreams[0], type: "fastest" }] }).valid).toBe(false);
  });

  it("routes a path and what is below it, longest first by priority, with the route's timeout in seconds", () => {
    expect(cfg.routes.map((r) => r.id)).toEqual(["route-shipments", "route-payments", "route-products", "route-profiles", "route-orders", "route-search", "route-users", "route-auth", "route-cart"]);
    expect(route("route-orders")).toMatchObject({ uris: ["/api/orders", "/api/orders/*"], priority: 11, upstream_id: "order-service", timeout: { read: 5 } });
    expect(route("route-products").methods).toEqual(["GET", "OPTIONS"]);
  });

  it("checks JWTs on protected routes only, against one consumer whose secret comes from the environment", () => {
    expect(Object.keys(route("route-orders").plugins!)).toEqual(["jwt-auth"]);
    expect(route("route-products").plugins).toBeUndefined();
    expect(cfg.consumers).toEqual([{ username: APISIX_CONSUMER, plugins: { "jwt-auth": { key: "seams-gateway-clients", secret: "$env://SEAMS_JWT_SECRET", algorithm: "HS256" } } }]);
  });

  it("limits the rate and answers CORS once for the whole gateway, as a global rule", () => {
    expect(cfg.global_rules).toEqual([{ id: "seams-gateway", plugins: { "limit-req": { rate: 100, burst: 200, key_type: "var", key: "remote_addr", rejected_code: 429, nodelay: true }, cors: expect.objectContaining({ allow_origins: "https://shop.example.com" }) } }]);
  });

  it("gives each service an upstream with its nodes, health check and retries", () => {
    const payments = cfg.upstreams.find((u) => u.id === "payment-service")!;
    expect(payments.checks.active).toMatchObject({ http_path: "/healthz", healthy: { interval: 5 } });
    expect(cfg.upstreams.find((u) => u.id === "catalog-service")!.nodes).toEqual([{ host: "catalog-1.internal", port: 8080, weight: 2 }, { host: "catalog-2.internal", port: 8080, weight: 1 }]);
  });

  it("is valid with api_key auth, breakers, stripped and templated paths and every balancing strategy", () => {
    for (const loadBalancing of ["least_conn", "consistent_hash", "weighted"] as const) {
      const d: Design = mallGoTemplate();
      Object.assign(d.gateways![0]!, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/orders/catalog"] }, cors: undefined, rateLimit: undefined });
      d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}", stripPrefix: true, circuitBreaker: { failureRatio: 0.5 } } : f));
      const c = parse(generateApisix(d).content) as Standalone;
      expect(apisixValidator()(c).errors, loadBalancing).toEqual([]);
      expect(c.routes.find((r) => r.id === "route-orders.public-2")?.plugins).toBeUndefined();
      expect(c.routes.find((r) => r.id === "route-users")!.plugins!["proxy-rewrite"]).toEqual({ regex_uri: ["^/api/users/?(.*)", "/$1"] });
    }
  });

  it("stays the same configuration whatever the names hold", () => {
    fc.assert(fc.property(hostileDesign, (d) => {
      expect(parse(generateApisix(d).content)).toEqual(cfg);
    }), { numRuns: 40 });
  });
});

describe("generateApisixAdmin", () => {
  it("is a POSIX sh script that PUTs exactly the standalone objects: upstreams, the global rule, the consumer, then routes", () => {
    const cfg = parse(generateApisix(mallGoTemplate()).content) as Standalone;
    const script = generateApisixAdmin(mallGoTemplate()).content;
    expect(spawnSync("/bin/sh", ["-n"], { input: script }).status).toBe(0);
    const r = runAdminScript(script);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const strip = ({ id: _id, ...rest }: { id: string }) => rest;
    expect(r.calls).toEqual([
      ...cfg.upstreams.map((u) => ({ path: `/apisix/admin/upstreams/${u.id}`, body: strip(u) })),
      ...cfg.global_rules.map((g) => ({ path: `/apisix/admin/global_rules/${g.id}`, body: strip(g) })),
      ...cfg.consumers.map((c) => ({ path: "/apisix/admin/consumers", body: c })),
      ...cfg.routes.map((x) => ({ path: `/apisix/admin/routes/${x.id}`, body: strip(x) })),
    ]);
  });

  it("refuses to run without the Admin API address and key", () => {
    const r = spawnSync("/bin/sh", ["-c", generateApisixAdmin(mallGoTemplate()).content], { encoding: "utf8", env: { PATH: "/usr/bin:/bin" } });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("set APISIX_ADMIN");
  });
});
