import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { adaptCaddyfile, checkCaddy, runCaddy, type CaddyFormat } from "../../../../test/tools/caddy";
import { requireTool } from "../../../../test/tools/find-tool";
import { freePort } from "../../../../test/tools/free-port";
import { request, startBackend, startVerifier, type Backend, type EchoBody } from "../../../../test/tools/http-backends";
import { liveDesign, ORIGIN } from "../../../../test/tools/loopback-design";
import type { Running } from "../../../../test/tools/run-process";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateCaddyJson } from "./generate-caddy-json";
import { generateCaddyfile } from "./generate-caddyfile";
import { CADDY_AUTH_VERIFIER } from "./plan-caddy";

const caddy = requireTool("caddy");
const TOKEN = "test-token-0123456789";

type Route = { match?: { path?: string[]; method?: string[] }[]; handle: { handler: string; upstreams?: { dial: string }[]; strip_path_prefix?: string; status_code?: number; load_balancing?: Record<string, unknown> }[] };
const routesOf = (content: string) => (JSON.parse(content) as { apps: { http: { servers: Record<string, { listen: string[]; routes: Route[] }> } } }).apps.http.servers["api-gateway"]!;

// Outside the skipIf blocks on purpose: in CI a missing caddy must fail the run, not skip it.
it("finds caddy (required in CI; skipped with a message elsewhere)", () => caddy.assertPresentInCi());

describe("generateCaddyJson and generateCaddyfile", () => {
  const json = generateCaddyJson(mallGoTemplate());
  const server = routesOf(json.content);
  const file = generateCaddyfile(mallGoTemplate());

  it("listen on the gateway's port with a route per location, longest path first, and 404 for the rest", () => {
    expect(server.listen).toEqual([":80"]);
    const paths = server.routes.filter((r) => r.match?.[0]?.path && !r.handle.some((h) => h.status_code === 405)).map((r) => r.match![0]!.path![0]);
    expect(paths).toEqual(["/api/shipments", "/api/payments", "/api/products", "/api/profiles", "/api/orders", "/api/search", "/api/users", "/api/auth", "/api/cart"]);
    expect(server.routes.at(-1)!.handle).toEqual([{ handler: "static_response", status_code: 404 }]);
  });

  it("match a route's path and what is below it, not a longer word", () => {
    expect(server.routes.find((r) => r.match?.[0]?.path?.[0] === "/api/orders")!.match![0]!.path).toEqual(["/api/orders", "/api/orders/*"]);
  });

  it("ask the verifier before protected routes only, and proxy to every instance", () => {
    const orders = server.routes.find((r) => r.match?.[0]?.path?.[0] === "/api/orders")!;
    expect(orders.handle.map((h) => h.handler)).toEqual(["reverse_proxy", "reverse_proxy"]);
    expect(orders.handle[0]!.upstreams).toEqual([{ dial: CADDY_AUTH_VERIFIER }]);
    expect(orders.handle[1]!.upstreams).toEqual([{ dial: "order-1.internal:8080" }, { dial: "order-2.internal:8080" }]);
    expect(orders.handle[1]!.load_balancing).toEqual({ selection_policy: { policy: "round_robin" }, try_duration: "300ms", try_interval: "100ms" });
    const products = server.routes.find((r) => r.match?.[0]?.path?.[0] === "/api/products")!;
    expect(products.handle.map((h) => h.handler)).toEqual(["reverse_proxy"]);
    expect(products.match![0]!.method).toEqual(["GET", "OPTIONS"]);
  });

  it("say what Caddy cannot do, in the Caddyfile's header and the caveat list", () => {
    expect(json.caveats.map((c) => c.message).join("\n")).toMatch(/no rate limit without a plugin[\s\S]*forward_auth[\s\S]*never on a 502/);
    for (const c of file.caveats) expect(file.content).toContain(`# - ${c.message.slice(0, 60)}`);
    expect(file.caveats).toEqual(json.caveats);
  });
});

const variants = (): [string, Design][] =>
  (["least_conn", "consistent_hash", "weighted"] as const).map((loadBalancing) => {
    const d = mallGoTemplate();
    Object.assign(d.gateways![0]!, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/users/register"] }, cors: { origins: ["*"] }, rateLimit: undefined });
    d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}/orders", stripPrefix: true, circuitBreaker: { failureRatio: 0.5 } } : f));
    d.flows!.push({ id: "route-root", from: "api-gateway", to: "cart-service", kind: "sync", path: "/", stripPrefix: true, retry: { maxRetries: 0 } });
    return [loadBalancing, d];
  });

describe.skipIf(!caddy.found)("caddy validate accepts the export", () => {
  it.each([["json", generateCaddyJson], ["caddyfile", generateCaddyfile]] as const)("%s for mall-go", (format, generate) => {
    const r = checkCaddy(caddy.path, generate(mallGoTemplate()).content, format);
    expect(r.ok, r.output).toBe(true);
  });

  it.each(variants())("both formats with %s balancing, api_key auth, a breaker, templated and root paths, CORS for any origin", (_lb, d) => {
    for (const [format, generate] of [["json", generateCaddyJson], ["caddyfile", generateCaddyfile]] as const) {
      const r = checkCaddy(caddy.path, generate(d).content, format);
      expect(r.ok, `${format}: ${r.output}`).toBe(true);
    }
  });

  it("adapts the Caddyfile to the same routes as the JSON target", () => {
    const adapted = adaptCaddyfile(caddy.path, generateCaddyfile(mallGoTemplate()).content) as { apps: { http: { servers: Record<string, { listen: string[]; routes: { match?: { path?: string[] }[] }[] }> } } };
    const [server] = Object.values(adapted.apps.http.servers);
    const paths = (routes: { match?: { path?: string[] }[] }[]) => routes.map((r) => r.match?.[0]?.path?.join(" ") ?? "");
    expect(server!.listen).toEqual([":80"]);
    expect(paths(server!.routes)).toEqual(paths(routesOf(generateCaddyJson(mallGoTemplate()).content).routes));
  });

  it("accepts the Caddyfile whatever the names, labels and descriptions hold", () => {
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const r = checkCaddy(caddy.path, generateCaddyfile(d).content, "caddyfile");
        expect(r.ok, r.output).toBe(true);
      }),
      { numRuns: 8 },
    );
  });

  it("refuses a broken config, so the check can fail", () => {
    expect(checkCaddy(caddy.path, ":80 {\n\treverse_proxy {\n", "caddyfile").ok).toBe(false);
    expect(checkCaddy(caddy.path, JSON.stringify({ apps: { http: { servers: { x: { listen: [":80"], routes: [{ handle: [{ handler: "nope" }] }] } } } } }), "json").ok).toBe(false);
  });
});

describe.skipIf(!caddy.found).each(["json", "caddyfile"] as const)("caddy running the %s export on loopback", (format: CaddyFormat) => {
  let alpha: Backend, betaBad: Backend, betaGood: Backend, verifier: Backend;
  let gateway: Running | undefined;
  let base = "";

  beforeAll(async () => {
    [alpha, betaBad, betaGood, verifier] = await Promise.all([
      startBackend("alpha-1"),
      startBackend("beta-bad", () => ({ status: 502, body: "bad gateway from beta-bad" })),
      startBackend("beta-good"),
      startVerifier(TOKEN),
    ]);
    const port = await freePort();
    const design = liveDesign({ gateway: port, alpha: alpha.port, betaBad: betaBad.port, betaGood: betaGood.port });
    const out = (format === "json" ? generateCaddyJson : generateCaddyfile)(design).content;
    // The one edit a deployer makes: point the verifier placeholder at a real verifier.
    expect(out).toContain(CADDY_AUTH_VERIFIER);
    gateway = await runCaddy(caddy.path, out.replaceAll(CADDY_AUTH_VERIFIER, `127.0.0.1:${verifier.port}`), format, port);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([alpha, betaBad, betaGood, verifier].filter(Boolean).map((b) => b.close()));
  });

  const get = (path: string, headers: Record<string, string> = {}) => request(`${base}${path}`, { headers });
  const echo = (text: string) => JSON.parse(text) as EchoBody;
  const bearer = { authorization: `Bearer ${TOKEN}` };

  it("sends a request on each route to the right service, and 404 elsewhere", async () => {
    const a = await get("/api/alpha/items", bearer);
    expect(a.status).toBe(200);
    expect(echo(a.text)).toMatchObject({ instance: "alpha-1", path: "/api/alpha/items" });
    expect(echo((await get("/api/open/x")).text).instance).toBe("alpha-1");
    expect((await get("/elsewhere")).status).toBe(404);
    expect((await get("/api/openfoo")).status).toBe(404);
  });

  it("strips the prefix where the route says so", async () => {
    expect(echo((await get("/api/strip/deep/path")).text).path).toBe("/deep/path");
  });

  it("refuses a protected path without credentials, and lets public paths inside it through", async () => {
    expect((await get("/api/alpha/items")).status).toBe(401);
    expect((await get("/api/alpha/items", { authorization: "Bearer wrong" })).status).toBe(401);
    expect(echo((await get("/api/alpha/login")).text).instance).toBe("alpha-1");
  });

  it("refuses methods a route does not allow", async () => {
    expect((await request(`${base}/api/open/x`, { method: "POST", body: "{}" })).status).toBe(405);
  });

  it("takes the failing instance out by its health check", async () => {
    // Caddy checks at start and then every interval; give the first check a moment.
    let statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await get(`/api/beta/x-${i}`)).status);
      if (statuses.every((s) => s === 200)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(betaBad.seen.some((s) => s.path === "/health")).toBe(true);
  });

  it("answers CORS preflights for allowed origins only, and marks allowed responses", async () => {
    const pre = await request(`${base}/api/alpha/items`, { method: "OPTIONS", headers: { origin: ORIGIN, "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect((await get("/api/open/x", { origin: ORIGIN })).headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect((await get("/api/open/x", { origin: "https://evil.example.com" })).headers.get("access-control-allow-origin")).toBeNull();
  });
});
