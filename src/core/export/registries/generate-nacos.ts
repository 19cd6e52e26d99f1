/**
 * Nacos registration payloads: one request per instance for
 * `POST /nacos/v1/ns/instance` (form-encoded parameters, shown here as JSON
 * objects), with `metadata` as the JSON string Nacos expects. Instances are
 * ephemeral, as Nacos clients register them: kept alive by client heartbeats,
 * so the design's HTTP health check is carried as notes and as the persistent
 * alternative's cluster health checker, never silently dropped.
 */
import type { Design } from "../../model/schema";
import type { Caveat, ExportOutput } from "../types";
import { listRegistrations } from "./list-registrations";

export const NACOS_GROUP = "DEFAULT_GROUP";
export const NACOS_CLUSTER = "DEFAULT";

export interface NacosInstanceRequest {
  serviceName: string;
  ip: string;
  port: number;
  weight: number;
  enabled: boolean;
  healthy: boolean;
  ephemeral: boolean;
  /** A JSON object as a string: Nacos takes metadata as one form parameter. */
  metadata: string;
  clusterName: string;
  groupName: string;
}

export interface NacosExport {
  endpoint: "POST /nacos/v1/ns/instance";
  contentType: "application/x-www-form-urlencoded";
  notes: string[];
  instances: NacosInstanceRequest[];
  /** For persistent registration (`ephemeral=false`): the cluster health checker to set with `PUT /nacos/v1/ns/cluster`. */
  healthChecks: { serviceName: string; clusterName: string; healthChecker: { type: "HTTP"; path: string }; checkPort: number; useInstancePort4Check: true }[];
}

/**
 * The Nacos instance registrations for a design.
 * @example JSON.parse(generateNacos(mallGo).content).instances[0].serviceName === "user-service"
 */
export function generateNacos(design: Design): ExportOutput {
  const caveats: Caveat[] = [];
  const instances: NacosInstanceRequest[] = [];
  const healthChecks: NacosExport["healthChecks"] = [];
  const regs = listRegistrations(design);
  for (const reg of regs) {
    const metadata: Record<string, string> = { ...reg.meta };
    if (reg.tags.length > 0) metadata.tags = JSON.stringify(reg.tags);
    // Nacos' own keys (milliseconds) for heartbeat-kept instances: the interval and when to delete a silent one.
    metadata["preserved.heart.beat.interval"] = String(reg.health.intervalMs);
    metadata["preserved.ip.delete.timeout"] = String(reg.health.deregisterAfterMs);
    for (const inst of reg.instances) {
      instances.push({
        serviceName: reg.service.id,
        ip: inst.host,
        port: inst.port,
        weight: inst.weight,
        enabled: true,
        healthy: true,
        ephemeral: true,
        metadata: JSON.stringify(metadata),
        clusterName: NACOS_CLUSTER,
        groupName: NACOS_GROUP,
      });
    }
    healthChecks.push({
      serviceName: reg.service.id,
      clusterName: NACOS_CLUSTER,
      healthChecker: { type: "HTTP", path: reg.health.path },
      checkPort: reg.instances[0]?.port ?? 0,
      useInstancePort4Check: true,
    });
  }
  if (regs.length > 0) {
    caveats.push({
      elements: regs.map((r) => r.service.id),
      message:
        "Nacos runs HTTP health checks only for persistent instances; these are ephemeral (client heartbeats), so the health check path and timeout are not used. To use them, register with ephemeral=false and set each cluster's healthChecker as listed under healthChecks.",
    });
  }
  const body: NacosExport = {
    endpoint: "POST /nacos/v1/ns/instance",
    contentType: "application/x-www-form-urlencoded",
    notes: caveats.map((c) => c.message),
    instances,
    healthChecks,
  };
  return { fileName: "nacos-instances.json", mediaType: "application/json", content: `${JSON.stringify(body, null, 2)}\n`, caveats };
}
