import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkEnvoyBootstrap } from "../../../../test/tools/envoy-proto";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { envoyDuration, ENVOY_JWKS_FILE, generateEnvoy } from "./generate-envoy";

type Route = { name: string; match: Record<string, unknown>; route: Record<string, unknown>; typed_per_filter_config?: Record<string, Record<string, unknown>> };
type Bootstrap = { static_resources: { listeners: { address: unknown; filter_chains: { filters: { typed_config: { route_config: { virtual_hosts: { routes: Route[] }[] }; http_filters: { name: string; typed_config: Record<string, unknown> }[] } }[] }[] }[]; clusters: Record<string, unknown>[] } };
const hcm = (b: Bootstrap) => b.static_resources.listeners[0]!.filter_chains[0]!.filters[0]!.typed_config;

describe("generateEnvoy", () => {
  const out = generateEnvoy(mallGoTemplate());
  const b = parse(out.content) as Bootstrap;
  const routes = hcm(b).route_config.virtual_hosts[0]!.routes;
  const route = (name: string) => routes.find((r) => r.name === name)!;

  it("decodes as an envoy.config.bootstrap.v3.Bootstrap through Envoy's own proto descriptors, which do catch mistakes", () => {
    expect(checkEnvoyBootstrap(b)).toEqual([]);
    const broken = structuredClone(b);
    (broken.static_resources.clusters[0] as Record<string, unknown>).connect_timeout = "5000ms";
    hcm(broken).route_config.virtual_hosts[0]!.routes[0]!.match.path_separated_prefix = "/api/";
    (broken.static_resources.clusters[1] as Record<string, unknown>).lb_policy = "FASTEST";
    const errors = checkEnvoyBootstrap(broken).join("\n");
    expect(errors).toMatch(/connect_timeout: "5000ms" is not a protobuf Duration/);
    expect(errors).toMatch(/lb_policy: "FASTEST" is not a value/);
    expect(errors).toMatch(/path_separated_prefix: "\/api\/" does not match Envoy's pattern/);
    expect(checkEnvoyBootstrap({ static_resources: { clusters: [{ name: "x", nope: 1 }] } })).toEqual(["$.static_resources.clusters[0].nope: no such field in envoy.config.cluster.v3.Cluster"]);
  });

  it("matches path segments longest first, with each route's timeout and retry policy", () => {
    expect(routes.map((r) => r.match.path_separated_prefix)).toEqual(["/api/shipments", "/api/payments", "/api/products", "/api/profiles", "/api/orders", "/api/search", "/api/users", "/api/auth", "/api/cart"]);
    expect(route("route-orders").route).toEqual({ cluster: "order-service", timeout: "5s", retry_policy: { retry_on: "connect-failure,refused-stream,reset,retriable-status-codes", retriable_status_codes: [502, 503], num_retries: 3, retry_back_off: { base_interval: "0.1s" } } });
    expect(route("route-products").match.headers).toEqual([{ name: ":method", string_match: { safe_regex: { regex: "^(GET)$" } } }]);
  });

  it("checks JWTs on protected routes only, limits the rate with one bucket, and answers CORS", () => {
    expect(route("route-orders").typed_per_filter_config!["envoy.filters.http.jwt_authn"]).toMatchObject({ requirement_name: "seams" });
    expect(route("route-products").typed_per_filter_config!["envoy.filters.http.jwt_authn"]).toMatchObject({ disabled: true });
    const filters = hcm(b).http_filters;
    expect(filters.map((f) => f.name)).toEqual(["envoy.filters.http.cors", "envoy.filters.http.local_ratelimit", "envoy.filters.http.jwt_authn", "envoy.filters.http.router"]);
    expect(filters[1]!.typed_config.token_bucket).toEqual({ max_tokens: 200, tokens_per_fill: 100, fill_interval: "1s" });
    expect(JSON.stringify(filters[2]!.typed_config)).toContain(ENVOY_JWKS_FILE);
  });

  it("gives every service a cluster with health checks and outlier detection, the breaker's where a route has one", () => {
    const payments = b.static_resources.clusters.find((c) => c.name === "payment-service")!;
    expect(payments.health_checks).toEqual([{ timeout: "2s", interval: "5s", unhealthy_threshold: 12, healthy_threshold: 2, http_health_check: { path: "/healthz" } }]);
    expect(payments.outlier_detection).toEqual({ consecutive_5xx: 5, base_ejection_time: "30s", max_ejection_percent: 50 });
    expect(b.static_resources.clusters).toHaveLength(8);
  });

  it("is valid for api_key auth, every balancing strategy, breakers, templated, stripped and root paths", () => {
    for (const loadBalancing of ["least_conn", "consistent_hash", "weighted"] as const) {
      const d: Design = mallGoTemplate();
      Object.assign(d.gateways![0]!, { loadBalancing, auth: { type: "api_key", publicPaths: ["/api/orders/catalog"] }, cors: { origins: ["*"] } });
      d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}", stripPrefix: true, circuitBreaker: { failureRatio: 0.4 } } : f.id === "route-cart" ? { ...f, retry: { maxRetries: 2, on: [] } } : f));
      d.flows.push({ id: "route-root", from: "api-gateway", to: "cart-service", kind: "sync", path: "/", stripPrefix: true });
      const c = parse(generateEnvoy(d).content) as Bootstrap;
      expect(checkEnvoyBootstrap(c), loadBalancing).toEqual([]);
      const rs = hcm(c).route_config.virtual_hosts[0]!.routes;
      expect(rs.find((r) => r.name === "route-users")!.route.regex_rewrite).toEqual({ pattern: { regex: "^/api/users/[^/]+/?" }, substitution: "/" });
      expect(rs.at(-1)!.match).toEqual({ prefix: "/" });
    }
  });

  it("writes protobuf durations", () => {
    expect([envoyDuration(100), envoyDuration(5000), envoyDuration(1500)]).toEqual(["0.1s", "5s", "1.5s"]);
  });

  it("stays the same valid bootstrap whatever the names hold", () => {
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const c = parse(generateEnvoy(d).content);
        expect(c).toEqual(b);
      }),
      { numRuns: 40 },
    );
  });
});
