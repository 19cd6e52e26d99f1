import { describe, expect, it } from "vitest";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { ExportError } from "../types";
import { pickGateway } from "./pick-gateway";
import { planGateway, publicPathList } from "./plan-gateway";

const base = (): Design => ({
  format: "seams-design",
  version: 1,
  name: "plan",
  services: [{ id: "users", name: "users" }, { id: "orders", name: "orders", port: 9000, instances: [{ host: "o1" }, { host: "o2", port: 9001, weight: 3 }] }],
  databases: [{ id: "db", name: "db" }],
  gateways: [{ id: "gw", name: "gw", auth: { type: "jwt", publicPaths: ["/users/register"] } }],
  flows: [
    { id: "r-users", from: "gw", to: "users", kind: "sync", path: "/users" },
    { id: "r-orders", from: "gw", to: "orders", kind: "sync" },
    { id: "r-open", from: "gw", to: "users", kind: "sync", path: "/users/open", public: true },
    { id: "call", from: "users", to: "orders", kind: "sync" },
  ],
});

describe("pickGateway", () => {
  it("takes the only gateway when none is named", () => {
    expect(pickGateway(base()).id).toBe("gw");
  });

  it("refuses to guess between several gateways and names them", () => {
    const d = base();
    d.gateways!.push({ id: "admin", name: "admin" });
    expect(() => pickGateway(d)).toThrow(new ExportError("this design has 2 gateways (gw, admin); name the one to export", "severalGateways", { count: 2, ids: "gw, admin" }));
    expect(pickGateway(d, { gatewayId: "admin" }).id).toBe("admin");
  });

  it("says which gateways exist when the named one does not", () => {
    expect(() => pickGateway(base(), { gatewayId: "nope" })).toThrow(/its gateways are: gw/);
    expect(() => pickGateway({ ...base(), gateways: [] })).toThrow(/no gateway/);
  });
});

describe("planGateway", () => {
  const plan = planGateway(base());

  it("routes the gateway's flows to services, with the format's defaults", () => {
    expect(plan.routes.map((r) => [r.id, r.path, r.timeout, r.retry.on])).toEqual([
      ["r-users", "/users", "5s", [502, 503, 504]],
      ["r-orders", "/orders", "5s", [502, 503, 504]],
      ["r-open", "/users/open", "5s", [502, 503, 504]],
    ]);
    expect(plan.port).toBe(80);
    expect(plan.loadBalancing).toBe("round_robin");
  });

  it("shares one upstream per service, instances filled from the service's port", () => {
    expect(plan.upstreams.map((u) => u.service.id)).toEqual(["users", "orders"]);
    expect(plan.upstreams[1]!.instances).toEqual([{ host: "o1", port: 9000, weight: 1 }, { host: "o2", port: 9001, weight: 3 }]);
    expect(plan.upstreams[0]!.instances).toEqual([{ host: "users", port: 8080, weight: 1 }]);
  });

  it("splits a public path inside a protected route into its own public location, longest first", () => {
    expect(plan.locations.map((l) => [l.path, l.route.id, l.public])).toEqual([
      ["/users/register", "r-users", true],
      ["/users/open", "r-open", true],
      ["/orders", "r-orders", false],
      ["/users", "r-users", false],
    ]);
  });

  it("lists public paths for prefix-matching targets: the gateway's and the public routes'", () => {
    expect(publicPathList(plan)).toEqual(["/users/register", "/users/open"]);
  });

  it("leaves out flows to non-services and second routes on one path, with a caveat each", () => {
    const d = base();
    d.flows!.push({ id: "to-db", from: "gw", to: "db", kind: "sync" }, { id: "r-dup", from: "gw", to: "orders", kind: "sync", path: "/users" });
    const p = planGateway(d);
    expect(p.routes.map((r) => r.id)).not.toContain("r-dup");
    expect(p.caveats.map((c) => c.elements[0])).toEqual(["to-db", "r-dup"]);
  });

  it("warns when a public route's prefix covers a protected one, since prefix matchers open both", () => {
    const d = base();
    d.flows = [
      { id: "open-all", from: "gw", to: "users", kind: "sync", path: "/api", public: true },
      { id: "secret", from: "gw", to: "orders", kind: "sync", path: "/api/secret" },
    ];
    expect(planGateway(d).caveats.some((c) => c.elements.includes("secret") && c.message.includes("prefix"))).toBe(true);
  });

  it("treats every route as public when the gateway checks nothing", () => {
    const d = mallGoTemplate();
    d.gateways![0]!.auth = { type: "none" };
    const p = planGateway(d);
    expect(p.auth).toBeUndefined();
    expect(p.locations.every((l) => l.public)).toBe(true);
  });

  it("says gRPC routes are proxied as plain HTTP", () => {
    const d = base();
    d.flows = d.flows!.map((f) => (f.id === "r-orders" ? { ...f, protocol: "grpc" as const } : f));
    expect(planGateway(d).caveats.find((c) => c.elements.includes("r-orders"))?.message).toMatch(/gRPC/);
  });

  it("defaults the burst to one second of requests", () => {
    const d = base();
    d.gateways![0]!.rateLimit = { requestsPerSecond: 50 };
    expect(planGateway(d).rateLimit).toEqual({ requestsPerSecond: 50, burst: 50 });
  });
});
