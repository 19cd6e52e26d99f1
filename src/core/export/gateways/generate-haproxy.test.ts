import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTool } from "../../../../test/tools/find-tool";
import { freePort } from "../../../../test/tools/free-port";
import { checkHaproxy, runHaproxy } from "../../../../test/tools/haproxy";
import { request, startBackend, type Backend, type EchoBody } from "../../../../test/tools/http-backends";
import { liveDesign, ORIGIN, withLoopbackHosts } from "../../../../test/tools/loopback-design";
import type { Running } from "../../../../test/tools/run-process";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateHaproxy } from "./generate-haproxy";

const haproxy = requireTool("haproxy");
const SECRET = "test-secret-not-a-real-one";
const env = { ...process.env, JWT_SECRET: SECRET };

/** An HS256 JWT, as the service that issues tokens would sign it. */
function signJwt(payload: Record<string, unknown>, secret = SECRET): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}`;
  return `${data}.${createHmac("sha256", secret).update(data).digest("base64url")}`;
}

// Outside the skipIf blocks on purpose: a missing haproxy must fail the run, not skip it.
it("finds haproxy (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => haproxy.assertPresentInCi());

describe("generateHaproxy", () => {
  const mallGo = generateHaproxy(mallGoTemplate());

  it("writes one backend per route and picks them by longest prefix", () => {
    expect(mallGo.content.match(/^backend /gm)).toHaveLength(9);
    const order = [...mallGo.content.matchAll(/path_beg (\S+) \}/g)].map((m) => m[1]!.length);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("retries the listed statuses on another instance", () => {
    const orders = mallGo.content.split("\nbackend be_route-orders\n")[1]!.split("\n\n")[0]!;
    expect(orders).toContain("retries 3");
    expect(orders).toContain("retry-on conn-failure empty-response response-timeout 502 503");
    expect(orders).toContain("option redispatch 1");
  });

  it("keeps the JWT secret out of the file and says there is no burst", () => {
    expect(mallGo.content).toContain('"${JWT_SECRET}"');
    expect(mallGo.caveats.some((c) => c.message.startsWith("HAProxy has no burst"))).toBe(true);
  });

  it("takes the health check interval, timeout and deregistration time from each service", () => {
    const payments = mallGo.content.split("\nbackend be_route-payments\n")[1]!.split("\n\n")[0]!;
    expect(payments).toContain("uri /healthz");
    expect(payments).toContain("timeout check 2s");
    expect(payments).toContain("default-server inter 5s fall 12 rise 2");
  });
});

describe.skipIf(!haproxy.found)("haproxy -c accepts the export", () => {

  it("for mall-go as it is, without a warning beyond unresolvable example hosts", () => {
    const r = checkHaproxy(haproxy.path, generateHaproxy(mallGoTemplate()).content, env);
    expect(r.ok, r.output).toBe(true);
    expect(r.warnings.filter((w) => !w.includes("could not resolve address"))).toEqual([]);
  });

  it.each(["least_conn", "consistent_hash", "weighted"] as const)("with %s balancing, api_key auth, stripped and templated paths, any origin", (loadBalancing) => {
    const d = withLoopbackHosts(mallGoTemplate());
    Object.assign(d.gateways![0]!, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/users/register"] }, cors: { origins: ["*"] }, rateLimit: undefined });
    d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}", stripPrefix: true, retry: { maxRetries: 0 } } : f));
    const r = checkHaproxy(haproxy.path, generateHaproxy(d).content, env);
    expect(r.ok, r.output).toBe(true);
    expect(r.warnings).toEqual([]);
  });
});

describe.skipIf(!haproxy.found)("HAProxy running the export on loopback", () => {
  let alpha: Backend, betaBad: Backend, betaGood: Backend;
  let gateway: Running | undefined;
  let base = "";

  beforeAll(async () => {
    [alpha, betaBad, betaGood] = await Promise.all([
      startBackend("alpha-1"),
      startBackend("beta-bad", () => ({ status: 502, body: "bad gateway from beta-bad" })),
      startBackend("beta-good"),
    ]);
    const port = await freePort();
    const out = generateHaproxy(liveDesign({ gateway: port, alpha: alpha.port, betaBad: betaBad.port, betaGood: betaGood.port }));
    gateway = await runHaproxy(haproxy.path, out.content, port, env);
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([alpha, betaBad, betaGood].filter(Boolean).map((b) => b.close()));
  });

  const get = (path: string, headers: Record<string, string> = {}) => request(`${base}${path}`, { headers });
  const echo = (text: string) => JSON.parse(text) as EchoBody;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const valid = () => signJwt({ sub: "u1", exp: Math.floor(Date.now() / 1000) + 300 });

  it("sends a request on each route to the right service", async () => {
    const a = await get("/api/alpha/items", bearer(valid()));
    expect(a.status).toBe(200);
    expect(echo(a.text)).toMatchObject({ instance: "alpha-1", path: "/api/alpha/items" });
    expect(echo((await get("/api/open/x")).text).instance).toBe("alpha-1");
    expect(echo((await get("/api/beta/x")).text).instance).toBe("beta-good");
    expect(echo((await get("/api/strip/deep/path")).text)).toMatchObject({ instance: "alpha-1", path: "/deep/path" });
  });

  it("refuses a protected path without a token, with a forged one, or with an expired one", async () => {
    expect((await get("/api/alpha/items")).status).toBe(401);
    expect((await get("/api/alpha/items", bearer(signJwt({ sub: "u1" }, "another-secret")))).status).toBe(401);
    expect((await get("/api/alpha/items", bearer(signJwt({ sub: "u1", exp: 1000 })))).status).toBe(401);
  });

  it("serves public routes and public paths inside protected routes without credentials", async () => {
    expect((await get("/api/open/x")).status).toBe(200);
    expect(echo((await get("/api/alpha/login")).text).instance).toBe("alpha-1");
  });

  it("retries a 502 from one instance on the other", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await get(`/api/beta/retry-${i}`));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results.every((r) => echo(r.text).instance === "beta-good")).toBe(true);
    expect(betaBad.seen.filter((s) => s.path.startsWith("/api/beta/retry-")).length).toBeGreaterThan(0);
  });

  it("refuses every protected request when started without JWT_SECRET, even a token signed with an empty key", async () => {
    const port = await freePort();
    const { JWT_SECRET: _unset, ...noSecret } = env;
    const out = generateHaproxy(liveDesign({ gateway: port, alpha: alpha.port, betaBad: betaBad.port, betaGood: betaGood.port }));
    const bare = await runHaproxy(haproxy.path, out.content, port, noSecret);
    try {
      const forged = signJwt({ sub: "u1", exp: Math.floor(Date.now() / 1000) + 300 }, "");
      expect((await request(`http://127.0.0.1:${port}/api/alpha/items`, { headers: bearer(forged) })).status).toBe(401);
      expect((await request(`http://127.0.0.1:${port}/api/open/x`)).status).toBe(200);
    } finally {
      await bare.stop();
    }
  });

  it("refuses methods a route does not allow and paths no route matches", async () => {
    expect((await request(`${base}/api/open/x`, { method: "POST", body: "{}" })).status).toBe(405);
    expect((await get("/elsewhere")).status).toBe(404);
  });

  it("answers CORS preflights and echoes allowed origins only", async () => {
    const pre = await request(`${base}/api/alpha/items`, { method: "OPTIONS", headers: { origin: ORIGIN, "access-control-request-method": "POST" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect((await get("/api/open/x", { origin: "https://evil.example.com" })).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe.skipIf(!haproxy.found)("HAProxy rate limit on loopback", () => {
  let alpha: Backend;
  let gateway: Running | undefined;

  afterAll(async () => {
    await gateway?.stop();
    await alpha?.close();
  });

  it("answers 429 to requests past the rate", async () => {
    alpha = await startBackend("alpha-1");
    const port = await freePort();
    const design = liveDesign({ gateway: port, alpha: alpha.port, betaBad: alpha.port, betaGood: alpha.port }, { requestsPerSecond: 2, burst: 2 });
    gateway = await runHaproxy(haproxy.path, generateHaproxy(design).content, port, env);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request(`http://127.0.0.1:${port}/api/open/x`)).status);
    expect(statuses.slice(0, 2)).toEqual([200, 200]);
    // At least one: a very slow machine may see the window slide between requests.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });
});
