import { describe, expect, it } from "vitest";
import { krakendValidator } from "../../../../test/tools/shared-schemas";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateKrakend, KRAKEND_JWK_PATH } from "./generate-krakend";
import { GATEWAY_TARGETS } from "./index";

type Krakend = {
  version: number;
  port: number;
  endpoints: { endpoint: string; method: string; timeout: string; extra_config?: Record<string, unknown>; backend: { url_pattern: string; host: string[] }[] }[];
};

describe("generateKrakend", () => {
  const out = generateKrakend(mallGoTemplate());
  const config = JSON.parse(out.content) as Krakend;

  it("is a version 3 configuration that KrakenD's schema accepts", () => {
    expect(config.version).toBe(3);
    const r = krakendValidator()(config);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(krakendValidator()({ ...config, endpoints: [{ ...config.endpoints[0], retries: 3 }] }).valid).toBe(false);
  });

  it("routes a service's declared endpoints under a route, or the route's own path", () => {
    const paths = config.endpoints.map((e) => `${e.method} ${e.endpoint}`);
    expect(paths).toContain("POST /api/orders");
    expect(paths).toContain("GET /api/orders/{id}");
    expect(paths).toContain("GET /api/products");
    expect(paths).not.toContain("POST /api/products");
    expect(paths).toContain("DELETE /api/cart");
  });

  it("validates a JWT on protected endpoints only", () => {
    const find = (m: string, p: string) => config.endpoints.find((e) => e.method === m && e.endpoint === p)!;
    expect(find("POST", "/api/orders").extra_config?.["auth/validator"]).toMatchObject({ alg: "HS256", jwk_local_path: KRAKEND_JWK_PATH });
    expect(find("GET", "/api/products").extra_config?.["auth/validator"]).toBeUndefined();
  });

  it("says KrakenD never retries and has no health checks", () => {
    const text = out.caveats.map((c) => c.message).join("\n");
    expect(text).toContain("never retries");
    expect(text).toContain("no backend health checks");
    expect(out.content).toContain("Caveat: KrakenD never retries");
  });

  it("leaves protected endpoints out rather than open them when it cannot check API keys", () => {
    const d = mallGoTemplate();
    d.gateways![0]!.auth = { type: "api_key", publicPaths: ["/api/auth"] };
    const result = generateKrakend(d);
    const c = JSON.parse(result.content) as Krakend;
    expect(c.endpoints.map((e) => e.endpoint)).not.toContain("/api/orders");
    expect(result.caveats.some((x) => x.message.includes("left out rather than exposed"))).toBe(true);
    expect(krakendValidator()(c).errors).toEqual([]);
  });

  it("strips the prefix in the backend's url_pattern and writes durations KrakenD accepts", () => {
    const d = mallGoTemplate();
    d.flows = d.flows!.map((f) => (f.id === "route-orders" ? { ...f, stripPrefix: true, timeout: "1m30s" } : f));
    const c = JSON.parse(generateKrakend(d).content) as Krakend;
    const e = c.endpoints.find((x) => x.endpoint === "/api/orders/{id}")!;
    expect(e.backend[0]!.url_pattern).toBe("/{id}");
    expect(e.timeout).toBe("90s");
    expect(krakendValidator()(c).errors).toEqual([]);
  });

  it("turns a route's circuit breaker into KrakenD's, and every other target says it has none", () => {
    const d = mallGoTemplate();
    d.flows = d.flows!.map((f) => (f.id === "route-orders" ? { ...f, circuitBreaker: { failureRatio: 0.5, minRequests: 10, openFor: "45s" } } : f));
    const c = JSON.parse(generateKrakend(d).content) as { endpoints: { endpoint: string; backend: { extra_config?: Record<string, unknown> }[] }[] };
    const orders = c.endpoints.find((e) => e.endpoint === "/api/orders")!;
    expect(orders.backend[0]!.extra_config?.["qos/circuit-breaker"]).toEqual({ interval: 60, timeout: 45, max_errors: 5, log_status_change: true });
    expect(krakendValidator()(c).errors).toEqual([]);
    for (const t of GATEWAY_TARGETS.filter((x) => x.id !== "krakend")) {
      expect(t.generate(d).caveats.some((x) => x.elements.includes("route-orders") && x.message.includes("circuit breaker")), t.id).toBe(true);
    }
  });
});
