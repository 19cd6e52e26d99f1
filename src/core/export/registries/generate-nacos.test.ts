import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateNacos, type NacosExport } from "./generate-nacos";

describe("generateNacos on mall-go", () => {
  const out = generateNacos(mallGoTemplate());
  const body = JSON.parse(out.content) as NacosExport;

  it("matches the reviewed payloads", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.nacos.json");
  });

  it("lists one ephemeral registration per instance in the default group and cluster", () => {
    expect(body.endpoint).toBe("POST /nacos/v1/ns/instance");
    expect(body.instances).toHaveLength(13);
    expect(body.instances.filter((i) => i.serviceName === "catalog-service").map((i) => [i.ip, i.port, i.weight])).toEqual([
      ["catalog-1.internal", 8080, 2],
      ["catalog-2.internal", 8080, 1],
    ]);
    expect(new Set(body.instances.map((i) => `${i.ephemeral}/${i.groupName}/${i.clusterName}`))).toEqual(new Set(["true/DEFAULT_GROUP/DEFAULT"]));
  });

  it("sends metadata as a JSON string, with Nacos' heartbeat keys from the health check", () => {
    const pay = body.instances.find((i) => i.serviceName === "payment-service")!;
    expect(typeof pay.metadata).toBe("string");
    expect(JSON.parse(pay.metadata)).toEqual({
      version: "1.0.0",
      context: "payments",
      team: "payments",
      "preserved.heart.beat.interval": "5000",
      "preserved.ip.delete.timeout": "60000",
    });
  });

  it("says HTTP health checks need persistent instances, and lists the checker to set", () => {
    expect(out.caveats[0]!.message).toMatch(/only for persistent instances/);
    expect(body.notes).toEqual(out.caveats.map((c) => c.message));
    expect(body.healthChecks.find((h) => h.serviceName === "payment-service")!.healthChecker).toEqual({ type: "HTTP", path: "/healthz" });
  });
});
