/**
 * Designs for real-tool tests: every instance on 127.0.0.1, so `nginx -t`
 * (which resolves upstream hosts) passes without DNS and live tests can put
 * small local servers behind the gateway.
 */
import type { Design } from "../../src/core/index";

/** The same design with every service's instances on 127.0.0.1, each on its own port from `firstPort` up. */
export function withLoopbackHosts(design: Design, firstPort = 20000): Design {
  let next = firstPort;
  return {
    ...design,
    services: (design.services ?? []).map((s) => {
      const count = Math.max(1, s.instances?.length ?? 0);
      const weights = s.instances?.map((i) => i.weight) ?? [];
      return { ...s, instances: Array.from({ length: count }, (_, n) => ({ host: "127.0.0.1", port: next++, weight: weights[n] ?? 1 })) };
    }),
  };
}

export interface LivePorts {
  gateway: number;
  alpha: number;
  betaBad: number;
  betaGood: number;
}

export const ORIGIN = "https://shop.example.com";

/**
 * A gateway with four routes over two services:
 * - /api/alpha (protected; /api/alpha/login inside it is public) -> alpha
 * - /api/open (public, GET only) -> alpha
 * - /api/beta (public, retry once on 502) -> beta: one instance always 502, one healthy
 * - /api/strip (public, strip the prefix) -> alpha
 */
export function liveDesign(ports: LivePorts, rateLimit = { requestsPerSecond: 1000, burst: 1000 }): Design {
  return {
    format: "seams-design",
    version: 1,
    name: "live loopback",
    services: [
      { id: "alpha-service", name: "alpha", instances: [{ host: "127.0.0.1", port: ports.alpha }] },
      { id: "beta-service", name: "beta", instances: [{ host: "127.0.0.1", port: ports.betaBad }, { host: "127.0.0.1", port: ports.betaGood }] },
    ],
    gateways: [
      {
        id: "edge",
        name: "edge",
        port: ports.gateway,
        rateLimit,
        auth: { type: "jwt", publicPaths: ["/api/alpha/login"] },
        loadBalancing: "round_robin",
        cors: { origins: [ORIGIN] },
      },
    ],
    flows: [
      { id: "route-alpha", from: "edge", to: "alpha-service", kind: "sync", path: "/api/alpha", timeout: "2s" },
      { id: "route-open", from: "edge", to: "alpha-service", kind: "sync", path: "/api/open", public: true, methods: ["GET"] },
      { id: "route-beta", from: "edge", to: "beta-service", kind: "sync", path: "/api/beta", public: true, retry: { maxRetries: 1, delay: "0ms", on: [502] } },
      { id: "route-strip", from: "edge", to: "alpha-service", kind: "sync", path: "/api/strip", public: true, stripPrefix: true },
    ],
  };
}
