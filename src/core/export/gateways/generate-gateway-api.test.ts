import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { Gateway, GRPCRoute, HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import type { Design } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { listKubernetesObjects } from "../registries/generate-kubernetes";
import { gatewayDuration, generateGatewayApi, GATEWAY_CLASS_PLACEHOLDER, type GatewayApiObject } from "./generate-gateway-api";

const MODEL = { Gateway, HTTPRoute, GRPCRoute } as const;

/** Every object through the official CRD schema (the models of @kubernetes-models/gateway-api); throws on the first invalid one. */
function validateAll(objects: readonly GatewayApiObject[]) {
  for (const o of objects) new MODEL[o.kind](o as never).validate();
}
const objectsOf = (content: string) => parseAllDocuments(content).map((d) => d.toJS() as GatewayApiObject);

describe("generateGatewayApi", () => {
  const out = generateGatewayApi(mallGoTemplate());
  const objects = objectsOf(out.content);
  const route = (name: string) => objects.find((o) => o.metadata.name === name)!;

  it("writes a Gateway and an HTTPRoute per route, all valid against the official CRD schemas", () => {
    expect(objects.map((o) => o.kind)).toEqual(["Gateway", ...Array(9).fill("HTTPRoute")]);
    expect(() => validateAll(objects)).not.toThrow();
    const bad = structuredClone(route("route-orders"));
    (bad.spec.rules as { timeouts: { request: string } }[])[0]!.timeouts.request = "5 seconds";
    expect(() => validateAll([bad])).toThrow();
  });

  it("listens on the gateway's port, with the class left to the deployer", () => {
    expect(objects[0]!.spec).toEqual({ gatewayClassName: GATEWAY_CLASS_PLACEHOLDER, listeners: [{ name: "http", protocol: "HTTP", port: 80, allowedRoutes: { namespaces: { from: "Same" } } }] });
    expect(out.caveats.some((c) => c.message.includes("gatewayClassName is a placeholder"))).toBe(true);
  });

  it("matches each route's path (one match per allowed method) with its timeout", () => {
    expect(route("route-products").spec.rules).toEqual([{ matches: [{ path: { type: "PathPrefix", value: "/api/products" }, method: "GET" }], backendRefs: [{ name: "catalog-service", port: 8080 }], timeouts: { request: "5s" } }]);
    expect(route("route-payments").spec.rules).toMatchObject([{ timeouts: { request: "10s" } }]);
  });

  it("refers to exactly the Services the kubernetes export writes", () => {
    const services = new Map(listKubernetesObjects(mallGoTemplate()).objects.filter((o) => o.kind === "Service").map((o) => [o.metadata.name, (o.spec.ports as { port: number }[])[0]!.port]));
    for (const o of objects.slice(1)) for (const rule of o.spec.rules as { backendRefs: { name: string; port: number }[] }[]) for (const ref of rule.backendRefs) expect(services.get(ref.name), ref.name).toBe(ref.port);
  });

  it("rewrites stripped prefixes, uses a regular expression for templated paths, a GRPCRoute for gRPC, and stays valid", () => {
    const d: Design = mallGoTemplate();
    d.flows = d.flows!.map((f) => (f.id === "route-users" ? { ...f, path: "/api/users/{id}" } : f.id === "route-cart" ? { ...f, stripPrefix: true } : f.id === "route-payments" ? { ...f, protocol: "grpc" } : f));
    d.gateways![0]!.id = "api.gateway_1";
    d.flows = d.flows.map((f) => (f.from === "api-gateway" ? { ...f, from: "api.gateway_1" } : f));
    const objs = objectsOf(generateGatewayApi(d).content);
    expect(() => validateAll(objs)).not.toThrow();
    expect(objs[0]!.metadata.name).toBe("api-gateway-1");
    expect(objs.find((o) => o.metadata.name === "route-cart")!.spec.rules).toMatchObject([{ filters: [{ type: "URLRewrite", urlRewrite: { path: { type: "ReplacePrefixMatch", replacePrefixMatch: "/" } } }] }]);
    expect(objs.find((o) => o.metadata.name === "route-users")!.spec.rules).toMatchObject([{ matches: [{ path: { type: "RegularExpression", value: "^/api/users/[^/]+(/.*)?$" } }] }]);
    expect(objs.find((o) => o.metadata.name === "route-payments")!.kind).toBe("GRPCRoute");
    expect(objs.slice(1).every((o) => (o.spec.parentRefs as { name: string }[])[0]!.name === "api-gateway-1")).toBe(true);
  });

  it("writes Gateway API durations", () => {
    expect([gatewayDuration(5000), gatewayDuration(1500), gatewayDuration(90_000), gatewayDuration(250)]).toEqual(["5s", "1s500ms", "1m30s", "250ms"]);
  });

  it("keeps every spec the same, and valid, whatever the names hold", () => {
    const specs = objects.map((o) => o.spec);
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const objs = objectsOf(generateGatewayApi(d).content);
        expect(objs.map((o) => o.spec)).toEqual(specs);
        expect(() => validateAll(objs)).not.toThrow();
      }),
      { numRuns: 30 },
    );
  });
});
