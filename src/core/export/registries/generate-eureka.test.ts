import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateEureka, type EurekaRegistration } from "./generate-eureka";

describe("generateEureka on mall-go", () => {
  const out = generateEureka(mallGoTemplate());
  const body = JSON.parse(out.content) as { notes: string[]; registrations: EurekaRegistration[] };
  const order1 = body.registrations.find((r) => r.body.instance.hostName === "order-1.internal")!;

  it("matches the reviewed payloads", async () => {
    await expect(out.content).toMatchFileSnapshot("./__snapshots__/mall-go.eureka.json");
  });

  it("posts each instance to /eureka/apps/<APP> with the app id in upper case", () => {
    expect(body.registrations).toHaveLength(13);
    expect(order1.method).toBe("POST");
    expect(order1.path).toBe("/eureka/apps/ORDER-SERVICE");
    expect(order1.body.instance).toMatchObject({ instanceId: "order-1.internal:order-service:8080", app: "ORDER-SERVICE", vipAddress: "order-service", status: "UP" });
  });

  it("writes ports and data-center info the way Eureka's codec reads them", () => {
    expect(order1.body.instance.port).toEqual({ $: 8080, "@enabled": "true" });
    expect(order1.body.instance.securePort).toEqual({ $: 443, "@enabled": "false" });
    expect(order1.body.instance.dataCenterInfo).toEqual({ "@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", name: "MyOwn" });
  });

  it("derives the lease from the health check and points the health URL at its path", () => {
    const pay = body.registrations.find((r) => r.body.instance.app === "PAYMENT-SERVICE")!.body.instance;
    expect(pay.leaseInfo).toEqual({ renewalIntervalInSecs: 5, durationInSecs: 60 });
    expect(pay.healthCheckUrl).toBe("http://payment-service:8080/healthz");
  });

  it("puts a host name into ipAddr only with a caveat naming it", () => {
    expect(order1.body.instance.ipAddr).toBe("order-1.internal");
    const caveat = out.caveats.find((c) => c.elements.includes("order-service") && c.message.includes("ipAddr"));
    expect(caveat?.elements).toEqual(["user-service", "profile-service", "catalog-service", "search-service", "order-service", "cart-service", "payment-service", "inventory-service", "shipping-service", "notification-service"]);
  });

  it("raises no ipAddr caveat for an IPv4 host", () => {
    const design = mallGoTemplate();
    design.services = [{ id: "s", name: "s", instances: [{ host: "10.1.2.3" }] }];
    const r = generateEureka(design);
    expect((JSON.parse(r.content) as { registrations: EurekaRegistration[] }).registrations[0]!.body.instance.ipAddr).toBe("10.1.2.3");
    expect(r.caveats.some((c) => c.message.includes("ipAddr"))).toBe(false);
  });
});
