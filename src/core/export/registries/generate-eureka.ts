/**
 * Eureka registration payloads: per instance the `{"instance": {...}}` body of
 * `POST /eureka/apps/<APP>` (JSON, the shape Eureka's own Jackson codec
 * reads: `port: {"$": 8080, "@enabled": "true"}`, `dataCenterInfo["@class"]`).
 * Eureka never calls the health URL itself (clients renew a lease), so the
 * lease follows the health check: renew every interval, expire after
 * deregister-after.
 */
import type { Design } from "../../model/schema";
import type { Caveat, ExportOutput } from "../types";
import { healthUrl, isIpv4, listRegistrations } from "./list-registrations";

export interface EurekaInstance {
  instanceId: string;
  hostName: string;
  app: string;
  ipAddr: string;
  status: "UP";
  port: { $: number; "@enabled": "true" };
  securePort: { $: number; "@enabled": "false" };
  healthCheckUrl: string;
  statusPageUrl: string;
  homePageUrl: string;
  vipAddress: string;
  secureVipAddress: string;
  dataCenterInfo: { "@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo"; name: "MyOwn" };
  leaseInfo: { renewalIntervalInSecs: number; durationInSecs: number };
  metadata: Record<string, string>;
}

export interface EurekaRegistration {
  method: "POST";
  path: string;
  body: { instance: EurekaInstance };
}

/**
 * The Eureka registrations for a design.
 * @example JSON.parse(generateEureka(mallGo).content).registrations[0].body.instance.app === "USER-SERVICE"
 */
export function generateEureka(design: Design): ExportOutput {
  const caveats: Caveat[] = [];
  const registrations: EurekaRegistration[] = [];
  const regs = listRegistrations(design);
  const named: string[] = [];
  for (const reg of regs) {
    const app = reg.service.id.toUpperCase();
    const metadata: Record<string, string> = { ...reg.meta };
    if (reg.tags.length > 0) metadata.tags = JSON.stringify(reg.tags);
    const weighted = reg.instances.some((i) => i.weight !== 1);
    if (reg.instances.some((i) => !isIpv4(i.host))) named.push(reg.service.id);
    for (const inst of reg.instances) {
      const base = `http://${inst.addr}`;
      registrations.push({
        method: "POST",
        path: `/eureka/apps/${app}`,
        body: {
          instance: {
            // Spring Cloud's default instance id: host:app:port.
            instanceId: `${inst.host}:${reg.service.id}:${inst.port}`,
            hostName: inst.host,
            app,
            ipAddr: inst.host,
            status: "UP",
            port: { $: inst.port, "@enabled": "true" },
            securePort: { $: 443, "@enabled": "false" },
            healthCheckUrl: healthUrl(inst, reg.health.path),
            statusPageUrl: healthUrl(inst, reg.health.path),
            homePageUrl: `${base}/`,
            vipAddress: reg.service.id,
            secureVipAddress: reg.service.id,
            dataCenterInfo: { "@class": "com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo", name: "MyOwn" },
            leaseInfo: { renewalIntervalInSecs: Math.max(1, Math.ceil(reg.health.intervalMs / 1000)), durationInSecs: Math.max(1, Math.ceil(reg.health.deregisterAfterMs / 1000)) },
            metadata: weighted ? { ...metadata, weight: String(inst.weight) } : metadata,
          },
        },
      });
    }
  }
  if (regs.length > 0) {
    caveats.unshift({
      elements: regs.map((r) => r.service.id),
      code: "eureka.noHealthUrls", message: "Eureka does not call health URLs: instances stay UP while their client renews the lease (renewalIntervalInSecs from the health check interval, durationInSecs from deregister-after); the health check timeout is not used, and weights are only metadata.",
    });
  }
  if (named.length > 0) {
    caveats.push({ elements: named, code: "eureka.hostNames", params: { services: named.join(", ") }, message: `Eureka wants an IPv4 address in ipAddr; the instances of ${named.join(", ")} have host names, which are put there instead. Let each client register itself to report its real address.` });
  }
  const body = { notes: caveats.map((c) => c.message), registrations };
  return { fileName: "eureka-instances.json", mediaType: "application/json", content: `${JSON.stringify(body, null, 2)}\n`, caveats };
}
