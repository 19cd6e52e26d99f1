/**
 * The defaults of docs/design-format.md, in one place, so exporters,
 * analysis and the inspector agree. A design keeps only what the user set;
 * these fill in the rest when something needs the effective value.
 */
import type { Flow, Gateway, Service } from "./schema";

export const DEFAULT_SERVICE_PORT = 8080;
export const DEFAULT_GATEWAY_PORT = 80;
export const DEFAULT_HEALTH = { path: "/health", interval: "10s", timeout: "3s", deregisterAfter: "30s" } as const;
export const DEFAULT_ROUTE_TIMEOUT = "5s";
export const DEFAULT_RETRY = { maxRetries: 3, delay: "100ms", on: [502, 503, 504] } as const;
export const DEFAULT_LOAD_BALANCING = "round_robin" as const;
/** The mall-go guide's circuit breaker: trip at 50% failures over at least 5 requests, stay open 30s (gobreaker-style). */
export const DEFAULT_CIRCUIT_BREAKER = { failureRatio: 0.5, minRequests: 5, openFor: "30s", halfOpenRequests: 5 } as const;

export interface EffectiveInstance {
  host: string;
  port: number;
  weight: number;
}

/** A service's upstreams: its instances, else one instance `{host: id, port}`. */
export function effectiveInstances(service: Service): EffectiveInstance[] {
  const port = service.port ?? DEFAULT_SERVICE_PORT;
  if (!service.instances || service.instances.length === 0) return [{ host: service.id, port, weight: 1 }];
  return service.instances.map((i) => ({ host: i.host, port: i.port ?? port, weight: i.weight ?? 1 }));
}

export function effectiveHealthCheck(service: Service): { path: string; interval: string; timeout: string; deregisterAfter: string } {
  const h = service.healthCheck ?? {};
  return {
    path: h.path ?? DEFAULT_HEALTH.path,
    interval: h.interval ?? DEFAULT_HEALTH.interval,
    timeout: h.timeout ?? DEFAULT_HEALTH.timeout,
    deregisterAfter: h.deregisterAfter ?? DEFAULT_HEALTH.deregisterAfter,
  };
}

export function effectiveProtocol(flow: Flow): NonNullable<Flow["protocol"]> {
  return flow.protocol ?? (flow.kind === "sync" ? "http" : "event");
}

/** The path prefix of a gateway route: its `path`, else `/<service id>`. */
export function effectiveRoutePath(flow: Flow): string {
  return flow.path ?? `/${flow.to}`;
}

/**
 * The retry policy every exporter applies. A flow without `retry` is retried
 * by the format's default (3 times on 502/503/504); only `maxRetries: 0`
 * turns retries off.
 */
export function effectiveRetry(flow: Flow): { maxRetries: number; delay: string; on: number[] } {
  const r = flow.retry;
  return { maxRetries: r?.maxRetries ?? DEFAULT_RETRY.maxRetries, delay: r?.delay ?? DEFAULT_RETRY.delay, on: r?.on ? [...r.on] : [...DEFAULT_RETRY.on] };
}


export function effectiveGatewayPort(gateway: Gateway): number {
  return gateway.port ?? DEFAULT_GATEWAY_PORT;
}
