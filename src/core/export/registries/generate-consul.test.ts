import { describe, expect, it } from "vitest";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import type { Caveat } from "../types";
import { fitConsulMeta, generateConsul, type ConsulService } from "./generate-consul";

const parse = (content: string) => JSON.parse(content) as { services: ConsulService[] };

describe("generateConsul on mall-go", () => {
  const out = generateConsul(mallGoTemplate());
  const { services } = parse(out.content);

  it("matches the reviewed agent file", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.consul.json");
  });

  it("registers one entry per instance, with the service id as name and <service>-<n> ids", () => {
    expect(services).toHaveLength(13);
    expect(services.filter((s) => s.name === "user-service").map((s) => [s.id, s.address, s.port])).toEqual([
      ["user-service-1", "user-1.internal", 8080],
      ["user-service-2", "user-2.internal", 8080],
    ]);
    expect(services.find((s) => s.name === "profile-service")).toMatchObject({ id: "profile-service-1", address: "profile-service", port: 8080 });
  });

  it("checks health like the mall-go guide: /health every 10s, timeout 3s, deregister after 30s", () => {
    expect(services.find((s) => s.id === "order-service-2")!.check).toEqual({
      http: "http://order-2.internal:8080/health",
      method: "GET",
      interval: "10s",
      timeout: "3s",
      deregister_critical_service_after: "30s",
    });
  });

  it("uses the design's own health check where it sets one", () => {
    expect(services.find((s) => s.name === "payment-service")!.check).toMatchObject({ http: "http://payment-service:8080/healthz", interval: "5s", timeout: "2s", deregister_critical_service_after: "1m" });
  });

  it("puts version, context and team in meta", () => {
    expect(services.find((s) => s.name === "order-service")!.meta).toEqual({ version: "1.0.0", context: "ordering", team: "orders" });
  });

  it("weighs instances only for services whose instances differ in weight", () => {
    expect(services.filter((s) => s.name === "catalog-service").map((s) => s.weights)).toEqual([{ passing: 2, warning: 1 }, { passing: 1, warning: 1 }]);
    expect(services.find((s) => s.name === "order-service")!.weights).toBeUndefined();
  });

  it("warns that Consul raises a deregister time under 1m, for every service but payment-service", () => {
    const warned = out.caveats.filter((c) => c.message.includes("raises anything under 1m")).flatMap((c) => c.elements);
    expect(warned).toHaveLength(9);
    expect(warned).not.toContain("payment-service");
  });
});

describe("generateConsul caveats", () => {
  it("warns that Consul DNS cannot find a service whose id holds . or _", () => {
    const design = { ...emptyDesign(), services: [{ id: "orders.v2", name: "o", healthCheck: { deregisterAfter: "2m" } }, { id: "plain", name: "p", healthCheck: { deregisterAfter: "1m" } }] };
    const out = generateConsul(design);
    expect(out.caveats.map((c) => c.elements)).toEqual([["orders.v2"]]);
    expect(out.caveats[0]!.message).toMatch(/DNS/);
  });
});

describe("fitConsulMeta", () => {
  it("keeps valid pairs as they are", () => {
    const caveats: Caveat[] = [];
    expect(fitConsulMeta({ version: "1", team: "a b" }, "s", caveats)).toEqual({ version: "1", team: "a b" });
    expect(caveats).toEqual([]);
  });

  it("leaves out keys Consul refuses, and says so", () => {
    const caveats: Caveat[] = [];
    expect(fitConsulMeta({ "bad key": "x", "consul-x": "y", ok: "z" }, "s", caveats)).toEqual({ ok: "z" });
    expect(caveats).toHaveLength(2);
  });

  it("cuts values to 512 bytes on a character boundary", () => {
    const caveats: Caveat[] = [];
    const meta = fitConsulMeta({ team: "é".repeat(300) }, "s", caveats);
    expect(meta.team).toBe("é".repeat(256));
    expect(caveats[0]!.message).toContain("512 bytes");
  });
});
