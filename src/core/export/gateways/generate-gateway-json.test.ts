import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateGatewayJson } from "./generate-gateway-json";

type Seed = {
  port: number;
  routes: { path: string; method: string; service_name: string; upstream: { host: string; port: number; weight: number; health: boolean }[]; timeout: number; retry: { max_retries: number; retry_delay: number; retry_on: number[] }; headers: Record<string, string> }[];
  middleware: { name: string; enabled: boolean; config: Record<string, unknown> }[];
  rate_limiting: { enabled: boolean; requests_per_second: number; burst_size: number; window_size: number };
  authentication: { enabled: boolean; type: string; secret_key: string; public_paths: string[] };
  load_balancing: { strategy: string; health_check: { enabled: boolean; path: string; interval: number; timeout: number } };
};

describe("generateGatewayJson", () => {
  const out = generateGatewayJson(mallGoTemplate());
  const seed = JSON.parse(out.content) as Seed;

  it("uses exactly the mall-go guide's json tags at the top level and in a route", () => {
    expect(Object.keys(seed)).toEqual(["port", "routes", "middleware", "rate_limiting", "authentication", "load_balancing"]);
    expect(Object.keys(seed.routes[0]!)).toEqual(["path", "method", "service_name", "upstream", "timeout", "retry", "headers"]);
    expect(Object.keys(seed.routes[0]!.retry)).toEqual(["max_retries", "retry_delay", "retry_on"]);
  });

  it("writes durations as Go's integer nanoseconds", () => {
    const orders = seed.routes.find((r) => r.path === "/api/orders" && r.method === "POST")!;
    expect(orders.timeout).toBe(5_000_000_000);
    expect(orders.retry).toEqual({ max_retries: 3, retry_delay: 100_000_000, retry_on: [502, 503] });
    expect(seed.rate_limiting.window_size).toBe(1_000_000_000);
    expect(out.content).toMatch(/"timeout": 3000000000,/);
  });

  it("writes one route per allowed method, since the mall-go guide matches method and path exactly", () => {
    expect(seed.routes.filter((r) => r.path === "/api/products").map((r) => r.method)).toEqual(["GET"]);
    expect(seed.routes.filter((r) => r.path === "/api/orders")).toHaveLength(7);
  });

  it("takes upstreams from the instances, or one instance named after the service", () => {
    expect(seed.routes.find((r) => r.path === "/api/products")!.upstream).toEqual([
      { host: "catalog-1.internal", port: 8080, weight: 2, health: true },
      { host: "catalog-2.internal", port: 8080, weight: 1, health: true },
    ]);
    expect(seed.routes.find((r) => r.path === "/api/cart")!.upstream).toEqual([{ host: "cart-service", port: 8080, weight: 1, health: true }]);
  });

  it("carries a placeholder, never a secret, and says so", () => {
    expect(seed.authentication).toEqual({ enabled: true, type: "jwt", secret_key: "${JWT_SECRET}", public_paths: ["/api/auth", "/api/products", "/api/search"] });
    expect(out.caveats.some((c) => c.message.includes("placeholder"))).toBe(true);
  });

  it("maps the strategy to the mall-go guide's constants", () => {
    const strategy = (lb: "weighted" | "least_conn" | "consistent_hash") => {
      const d = mallGoTemplate();
      d.gateways![0]!.loadBalancing = lb;
      return (JSON.parse(generateGatewayJson(d).content) as Seed).load_balancing.strategy;
    };
    expect([strategy("weighted"), strategy("least_conn"), strategy("consistent_hash"), seed.load_balancing.strategy]).toEqual(["weighted_random", "least_connections", "consistent_hash", "round_robin"]);
  });

  it("caps a duration past Go's int64 at its largest value instead of writing a float", () => {
    const d = mallGoTemplate();
    d.flows = d.flows!.map((f) => (f.id === "route-orders" ? { ...f, timeout: "999999999h" } : f));
    const content = generateGatewayJson(d).content;
    expect(content).toContain('"timeout": 9223372036854775807,');
    expect(content).not.toMatch(/e\+/);
  });

  it("says what the mall-go guide cannot do: strip prefixes, or pass anything through an empty bucket", () => {
    const d = mallGoTemplate();
    d.gateways![0]!.rateLimit = { requestsPerSecond: 10, burst: 0 };
    d.flows = d.flows!.map((f) => (f.id === "route-cart" ? { ...f, stripPrefix: true } : f));
    const messages = generateGatewayJson(d).caveats.map((c) => c.message).join("\n");
    expect(messages).toContain("cannot strip a prefix: route-cart");
    expect(messages).toContain("refuse every request");
  });
});
