import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkNginx, runNginx } from "../../../../test/tools/nginx";
import { requireTool } from "../../../../test/tools/find-tool";
import { freePort } from "../../../../test/tools/free-port";
import { request, startBackend, startVerifier, type Backend, type EchoBody } from "../../../../test/tools/http-backends";
import { liveDesign, ORIGIN, withLoopbackHosts } from "../../../../test/tools/loopback-design";
import type { Running } from "../../../../test/tools/run-process";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { AUTH_VERIFIER, generateNginx } from "./generate-nginx";

const nginx = requireTool("nginx");
const TOKEN = "test-token-0123456789";

/** The exported config with its verifier placeholder pointed at a test verifier (the one edit a deployer makes). */
function withVerifier(config: string, port: number): string {
  const placeholder = `server ${AUTH_VERIFIER};`;
  expect(config).toContain(placeholder);
  return config.replace(placeholder, `server 127.0.0.1:${port};`);
}

// Outside the skipIf blocks on purpose: a missing nginx must fail the run, not skip it.
it("finds nginx (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => nginx.assertPresentInCi());

describe("generateNginx", () => {
  const mallGo = generateNginx(mallGoTemplate());

  it("writes an upstream per routed service and a location per route", () => {
    expect(mallGo.content.match(/^\s+upstream [a-z-]+-service \{/gm)).toHaveLength(8);
    expect(mallGo.content.match(/^\s+location \/api\//gm)).toHaveLength(9);
  });

  it("answers 429 past the gateway-wide rate limit", () => {
    expect(mallGo.content).toContain('limit_req_zone "gateway" zone=seams_rate:10m rate=100r/s;');
    expect(mallGo.content).toContain("limit_req zone=seams_rate burst=200 nodelay;");
    expect(mallGo.content).toContain("limit_req_status 429;");
  });

  it("checks credentials through auth_request outside the public paths only", () => {
    const block = (path: string) => mallGo.content.split(`location ${path} {`)[1]!.split("}")[0]!;
    expect(block("/api/orders")).toContain("auth_request /_seams/auth;");
    expect(block("/api/products")).not.toContain("auth_request");
    expect(mallGo.caveats.some((c) => c.message.includes("auth_request"))).toBe(true);
  });

  it("retries the listed statuses on the next instance, one try more than the retries", () => {
    expect(mallGo.content).toContain("proxy_next_upstream error timeout http_502 http_503;\n            proxy_next_upstream_tries 4;");
  });

  it("says every caveat in the file as well as in the list", () => {
    for (const c of mallGo.caveats) expect(mallGo.content).toContain(`# - ${c.message.slice(0, 60)}`);
    expect(mallGo.caveats.map((c) => c.message).join("\n")).toMatch(/no retry delay[\s\S]*POST/);
  });

  it("maps each load-balancing strategy to an upstream method", () => {
    const lb = (loadBalancing: NonNullable<Design["gateways"]>[number]["loadBalancing"]) => {
      const d = mallGoTemplate();
      d.gateways![0]!.loadBalancing = loadBalancing;
      return generateNginx(d).content;
    };
    expect(lb("least_conn")).toContain("least_conn;");
    expect(lb("consistent_hash")).toContain("hash $remote_addr consistent;");
    expect(lb("weighted")).toContain("random;");
    expect(lb("round_robin")).not.toMatch(/least_conn;|random;|hash /);
  });

  it("is deterministic", () => {
    expect(generateNginx(mallGoTemplate()).content).toBe(mallGo.content);
  });
});

describe.skipIf(!nginx.found)("nginx -t accepts the export", () => {

  it("for mall-go with its instances on loopback", () => {
    const r = checkNginx(nginx.path, generateNginx(withLoopbackHosts(mallGoTemplate())).content);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it("with a catch-all route on /", () => {
    const d = withLoopbackHosts(mallGoTemplate());
    d.flows!.push({ id: "route-root", from: "api-gateway", to: "cart-service", kind: "sync", path: "/", stripPrefix: true });
    const r = checkNginx(nginx.path, generateNginx(d).content);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });

  it.each(["least_conn", "consistent_hash", "weighted"] as const)("with %s balancing, api_key auth, stripped prefixes, templated paths and no CORS", (loadBalancing) => {
    const d = withLoopbackHosts(mallGoTemplate());
    const gw = d.gateways![0]!;
    Object.assign(gw, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/users/register"] }, cors: undefined, rateLimit: undefined });
    d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}", stripPrefix: true, retry: { maxRetries: 0 } } : f));
    const r = checkNginx(nginx.path, generateNginx(d).content);
    expect(r.output).toBe("");
    expect(r.ok).toBe(true);
  });
});

describe.skipIf(!nginx.found)("nginx running the export on loopback", () => {
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
    const out = generateNginx(liveDesign({ gateway: port, alpha: alpha.port, betaBad: betaBad.port, betaGood: betaGood.port }));
    gateway = await runNginx(nginx.path, withVerifier(out.content, verifier.port), port);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([alpha, betaBad, betaGood, verifier].filter(Boolean).map((b) => b.close()));
  });

  const get = (path: string, headers: Record<string, string> = {}) => request(`${base}${path}`, { headers });
  const echo = (text: string) => JSON.parse(text) as EchoBody;
  const bearer = { authorization: `Bearer ${TOKEN}` };

  it("sends a request on each route to the right service", async () => {
    const a = await get("/api/alpha/items", bearer);
    expect(a.status).toBe(200);
    expect(echo(a.text)).toMatchObject({ instance: "alpha-1", path: "/api/alpha/items" });
    expect(echo((await get("/api/open/x")).text).instance).toBe("alpha-1");
    expect(echo((await get("/api/beta/x")).text).instance).toBe("beta-good");
  });

  it("strips the prefix where the route says so", async () => {
    expect(echo((await get("/api/strip/deep/path")).text).path).toBe("/deep/path");
  });

  it("refuses a protected path without credentials or with wrong ones", async () => {
    expect((await get("/api/alpha/items")).status).toBe(401);
    expect((await get("/api/alpha/items", { authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("serves public routes and public paths inside protected routes without credentials", async () => {
    expect((await get("/api/open/x")).status).toBe(200);
    expect(echo((await get("/api/alpha/login")).text).instance).toBe("alpha-1");
  });

  it("retries a 502 from one instance on the other", async () => {
    const results = [];
    // Enough requests that round robin (per nginx worker) reaches the failing instance at least once.
    for (let i = 0; i < 8; i++) results.push(await get(`/api/beta/retry-${i}`));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(results.every((r) => echo(r.text).instance === "beta-good")).toBe(true);
    // Round robin sends beta's first request (in this test or an earlier one) to the failing instance;
    // nginx then rests it for fail_timeout, so count every beta request it saw, not only these four.
    expect(betaBad.seen.filter((s) => s.path.startsWith("/api/beta/")).length).toBeGreaterThan(0);
  });

  it("refuses methods a route does not allow", async () => {
    expect((await request(`${base}/api/open/x`, { method: "POST", body: "{}" })).status).toBe(403);
  });

  it("answers CORS preflights for allowed origins only", async () => {
    const pre = await request(`${base}/api/alpha/items`, { method: "OPTIONS", headers: { origin: ORIGIN, "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    const foreign = await get("/api/open/x", { origin: "https://evil.example.com" });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers 404 where no route matches", async () => {
    expect((await get("/elsewhere")).status).toBe(404);
  });
});

describe.skipIf(!nginx.found)("nginx rate limit on loopback", () => {
  let alpha: Backend;
  let gateway: Running | undefined;

  afterAll(async () => {
    await gateway?.stop();
    await alpha?.close();
  });

  it("answers 429 to requests past the burst", async () => {
    alpha = await startBackend("alpha-1");
    const port = await freePort();
    const design = liveDesign({ gateway: port, alpha: alpha.port, betaBad: alpha.port, betaGood: alpha.port }, { requestsPerSecond: 1, burst: 2 });
    gateway = await runNginx(nginx.path, withVerifier(generateNginx(design).content, 9), port);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request(`http://127.0.0.1:${port}/api/open/x`)).status);
    // burst 2 with nodelay: the first request and two more pass at once, then 429 until the bucket refills.
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    // At least one: a very slow machine may see the bucket refill between requests.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});
