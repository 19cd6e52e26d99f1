import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { traefikValidator } from "../../../../test/tools/shared-schemas";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateTraefik, pathRule, TRAEFIK_AUTH_ADDRESS } from "./generate-traefik";

type Dynamic = { http: { routers: Record<string, { rule: string; priority: number; service: string; middlewares?: string[] }>; services: Record<string, { loadBalancer: { servers: { url: string }[]; healthCheck: { path: string; interval: string }; serversTransport: string; sticky?: unknown } }>; middlewares: Record<string, Record<string, Record<string, unknown>>>; serversTransports: Record<string, unknown> } };

describe("generateTraefik", () => {
  const out = generateTraefik(mallGoTemplate());
  const cfg = parse(out.content) as Dynamic;

  it("is accepted by the published Traefik v3 file-provider schema, which does refuse a wrong shape", () => {
    const r = traefikValidator()(cfg);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(traefikValidator()({ http: { middlewares: { x: { retry: { attempts: 2, status: ["502"] } } } } }).valid).toBe(false);
    expect(traefikValidator()({ http: { routers: { x: { rule: "Path(`/`)" } } } }).valid).toBe(false);
  });

  it("routes each location by its path and what is below it, longest first by priority", () => {
    expect(cfg.http.routers["route-orders"]).toMatchObject({ rule: "Path(`/api/orders`) || PathPrefix(`/api/orders/`)", service: "route-orders", priority: 1011 });
    expect(cfg.http.routers["route-products"]!.rule).toBe("(Path(`/api/products`) || PathPrefix(`/api/products/`)) && (Method(`GET`) || Method(`OPTIONS`))");
    expect(pathRule("/api/users/{id}", undefined)).toBe("PathRegexp(`^/api/users/[^/]+(/|$)`)");
  });

  it("chains CORS, the rate limit and forward auth on protected routers only, plus each route's own retry", () => {
    expect(cfg.http.routers["route-orders"]!.middlewares).toEqual(["seams-cors", "seams-rate-limit", "seams-auth", "route-orders-retry"]);
    expect(cfg.http.routers["route-products"]!.middlewares).toEqual(["seams-cors", "seams-rate-limit", "route-products-retry"]);
    expect(cfg.http.middlewares["seams-auth"]!.forwardAuth!.address).toBe(TRAEFIK_AUTH_ADDRESS);
    expect(cfg.http.middlewares["seams-rate-limit"]!.rateLimit).toEqual({ average: 100, burst: 200, period: "1s" });
    expect(cfg.http.middlewares["route-orders-retry"]!.retry).toEqual({ attempts: 4, initialInterval: "100ms" });
  });

  it("gives every route a service on its instances with the service's health check and the route's timeout", () => {
    const svc = cfg.http.services["route-payments"]!.loadBalancer;
    expect(svc.healthCheck).toEqual({ path: "/healthz", interval: "5s", timeout: "2s" });
    expect(svc.serversTransport).toBe("timeout-10s");
    expect(cfg.http.serversTransports["timeout-10s"]).toEqual({ forwardingTimeouts: { dialTimeout: "10s", responseHeaderTimeout: "10s" } });
    expect(cfg.http.services["route-orders"]!.loadBalancer.servers).toEqual([{ url: "http://order-1.internal:8080" }, { url: "http://order-2.internal:8080" }]);
  });

  it("is valid with a breaker, stripped and templated paths, api_key auth and every balancing strategy", () => {
    for (const loadBalancing of ["least_conn", "consistent_hash", "weighted"] as const) {
      const d = mallGoTemplate();
      Object.assign(d.gateways![0]!, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/orders/catalog"] }, cors: undefined, rateLimit: undefined });
      d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}", stripPrefix: true, circuitBreaker: { failureRatio: 0.3 } } : f));
      const c = parse(generateTraefik(d).content) as Dynamic;
      expect(traefikValidator()(c).errors, loadBalancing).toEqual([]);
      expect(c.http.middlewares["route-users-breaker"]!.circuitBreaker!.expression).toBe("NetworkErrorRatio() > 0.3 || ResponseCodeRatio(500, 600, 0, 600) > 0.3");
      expect(c.http.routers["route-orders~public-2"]).toMatchObject({ service: "route-orders", middlewares: ["route-orders-retry"] });
    }
  });

  it("stays valid and the same configuration whatever the names hold", () => {
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const c = parse(generateTraefik(d).content);
        expect(c).toEqual(cfg);
        expect(traefikValidator()(c).valid).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
