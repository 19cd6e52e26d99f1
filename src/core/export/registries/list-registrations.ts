/**
 * What every registry target registers, worked out once: each service's
 * effective instances with stable ids, its effective health check in
 * milliseconds, and the metadata the mall-go guide attaches (version, context, team).
 */
import { effectiveHealthCheck, effectiveInstances, type EffectiveInstance } from "../../model/defaults";
import { parseDuration } from "../../model/duration";
import type { Design, Service } from "../../model/schema";

export interface RegisteredInstance extends EffectiveInstance {
  /** `<service id>-<n>`, n from 1: unique in the design, since stripping `-<n>` gives back the service id. */
  id: string;
  /** `host:port`, the address grpc-go and the health URLs use. */
  addr: string;
}

export interface Registration {
  service: Service;
  instances: RegisteredInstance[];
  health: { path: string; interval: string; timeout: string; deregisterAfter: string; intervalMs: number; timeoutMs: number; deregisterAfterMs: number };
  /** Only the keys the design sets, in a fixed order; the team falls back to the context's. */
  meta: { version?: string; context?: string; team?: string };
  tags: string[];
}

/**
 * One registration per service, in design order.
 * @example listRegistrations(mallGo)[0].instances[0].id === "user-service-1"
 */
export function listRegistrations(design: Design): Registration[] {
  const contexts = new Map((design.contexts ?? []).map((c) => [c.id, c]));
  return (design.services ?? []).map((service) => {
    const h = effectiveHealthCheck(service);
    const team = service.team ?? (service.context ? contexts.get(service.context)?.team : undefined);
    const meta: Registration["meta"] = {};
    if (service.version !== undefined) meta.version = service.version;
    if (service.context !== undefined) meta.context = service.context;
    if (team !== undefined) meta.team = team;
    return {
      service,
      instances: effectiveInstances(service).map((inst, i) => ({ ...inst, id: `${service.id}-${i + 1}`, addr: `${inst.host}:${inst.port}` })),
      health: {
        ...h,
        // The schema's pattern guarantees these parse; 0 would only hide a schema bug.
        intervalMs: parseDuration(h.interval) ?? 0,
        timeoutMs: parseDuration(h.timeout) ?? 0,
        deregisterAfterMs: parseDuration(h.deregisterAfter) ?? 0,
      },
      meta,
      tags: [...(service.tags ?? [])],
    };
  });
}

/** `http://host:port/path`: the health URL of one instance. */
export function healthUrl(instance: RegisteredInstance, path: string): string {
  return `http://${instance.addr}${path}`;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Whether a host is a dotted IPv4 address (Eureka's ipAddr wants one). */
export function isIpv4(host: string): boolean {
  return IPV4.test(host);
}
