/**
 * What every gateway target needs, worked out once: the chosen gateway, its
 * routes (its flows to services, with the format's defaults filled in), the
 * locations each route becomes once public sub-paths are split out, the
 * upstreams, and the caveats that hold for every target.
 */
import { effectiveGatewayPort, effectiveHealthCheck, effectiveInstances, effectiveRetry, effectiveRoutePath, DEFAULT_CIRCUIT_BREAKER, DEFAULT_LOAD_BALANCING, DEFAULT_ROUTE_TIMEOUT, type EffectiveInstance } from "../../model/defaults";
import { parseDuration } from "../../model/duration";
import type { AuthType, Design, Flow, Gateway, LoadBalancing, Service } from "../../model/schema";
import { ENGLISH_CAVEAT_WORDS, type Caveat, type CaveatWords, type ExportOptions } from "../types";
import { pickGateway } from "./pick-gateway";

export type HttpMethod = NonNullable<Flow["methods"]>[number];

export interface UpstreamPlan {
  service: Service;
  instances: EffectiveInstance[];
  health: { path: string; interval: string; intervalMs: number; timeout: string; timeoutMs: number; deregisterAfterMs: number };
}

export interface RoutePlan {
  /** The flow id: unique in the design, so a safe name for a route or backend. */
  id: string;
  path: string;
  upstream: UpstreamPlan;
  /** Undefined means every method. */
  methods: HttpMethod[] | undefined;
  public: boolean;
  stripPrefix: boolean;
  timeout: string;
  timeoutMs: number;
  retry: { maxRetries: number; delay: string; delayMs: number; on: number[] };
  /** Only when the flow sets one; the mall-go guide's defaults fill its missing fields. */
  circuitBreaker: { failureRatio: number; minRequests: number; openForMs: number; halfOpenRequests: number } | undefined;
}

/** One path prefix the gateway matches: a route's own path, or a public path inside a protected route. */
export interface LocationPlan {
  path: string;
  route: RoutePlan;
  public: boolean;
}

export interface GatewayPlan {
  designName: string;
  gateway: Gateway;
  port: number;
  routes: RoutePlan[];
  /** Longest path first, the order first-match targets must test them in. */
  locations: LocationPlan[];
  /** One per service that a route reaches, in route order. */
  upstreams: UpstreamPlan[];
  /** Undefined when the gateway checks no credentials. */
  auth: { type: Exclude<AuthType, "none">; publicPaths: string[] } | undefined;
  rateLimit: { requestsPerSecond: number; burst: number } | undefined;
  corsOrigins: string[] | undefined;
  loadBalancing: LoadBalancing;
  /** Caveats that hold for every target (dropped flows and the like). */
  caveats: Caveat[];
  /** The language the file's caveat comments are written in. */
  words: CaveatWords;
}

const ms = (d: string): number => parseDuration(d) ?? 0;

function planUpstream(service: Service): UpstreamPlan {
  const h = effectiveHealthCheck(service);
  return { service, instances: effectiveInstances(service), health: { path: h.path, interval: h.interval, intervalMs: ms(h.interval), timeout: h.timeout, timeoutMs: ms(h.timeout), deregisterAfterMs: ms(h.deregisterAfter) } };
}

function planRoute(flow: Flow, upstream: UpstreamPlan, publicByAuth: (path: string) => boolean): RoutePlan {
  const path = effectiveRoutePath(flow);
  const timeout = flow.timeout ?? DEFAULT_ROUTE_TIMEOUT;
  const retry = effectiveRetry(flow);
  return {
    id: flow.id,
    path,
    upstream,
    methods: flow.methods && flow.methods.length > 0 ? [...new Set(flow.methods)] : undefined,
    public: flow.public === true || publicByAuth(path),
    stripPrefix: flow.stripPrefix === true,
    timeout,
    timeoutMs: ms(timeout),
    retry: { ...retry, delayMs: ms(retry.delay), on: [...new Set(retry.on)] },
    circuitBreaker: flow.circuitBreaker
      ? {
          failureRatio: flow.circuitBreaker.failureRatio,
          minRequests: flow.circuitBreaker.minRequests ?? DEFAULT_CIRCUIT_BREAKER.minRequests,
          openForMs: ms(flow.circuitBreaker.openFor ?? DEFAULT_CIRCUIT_BREAKER.openFor),
          halfOpenRequests: flow.circuitBreaker.halfOpenRequests ?? DEFAULT_CIRCUIT_BREAKER.halfOpenRequests,
        }
      : undefined,
  };
}

/** Longest first, then alphabetical: the order a longest-prefix match needs, and a stable one. */
function byLongestPath(a: LocationPlan, b: LocationPlan): number {
  return b.path.length - a.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/**
 * The gateway a target exports and everything about it that targets share.
 * Throws ExportError when the gateway cannot be chosen.
 * @example planGateway(mallGo).routes.map((r) => r.path) // ["/api/auth", "/api/users", ...]
 */
export function planGateway(design: Design, options: ExportOptions = {}): GatewayPlan {
  const gateway = pickGateway(design, options);
  const caveats: Caveat[] = [];
  const services = new Map((design.services ?? []).map((s) => [s.id, s]));
  const auth = gateway.auth && gateway.auth.type !== "none" ? { type: gateway.auth.type, publicPaths: [...new Set(gateway.auth.publicPaths ?? [])] } : undefined;
  // The mall-go guide's isPublicPath: a plain string prefix, not a path-segment match.
  const publicByAuth = (path: string) => auth === undefined || auth.publicPaths.some((p) => path.startsWith(p));

  const upstreams = new Map<string, UpstreamPlan>();
  const routes: RoutePlan[] = [];
  const seenPaths = new Map<string, string>();
  for (const flow of design.flows ?? []) {
    if (flow.from !== gateway.id) continue;
    const service = services.get(flow.to);
    if (!service) {
      caveats.push({ elements: [flow.id], code: "gateway.notService", params: { flow: flow.id, to: flow.to }, message: `flow ${flow.id} goes to ${flow.to}, which is not a service; a gateway only routes to services, so it is left out` });
      continue;
    }
    const path = effectiveRoutePath(flow);
    const prior = seenPaths.get(path);
    if (prior !== undefined) {
      caveats.push({ elements: [flow.id, prior], code: "gateway.samePath", params: { route: flow.id, path, prior }, message: `route ${flow.id} has the same path ${path} as route ${prior}; only ${prior} is exported` });
      continue;
    }
    seenPaths.set(path, flow.id);
    let upstream = upstreams.get(service.id);
    if (!upstream) upstreams.set(service.id, (upstream = planUpstream(service)));
    routes.push(planRoute(flow, upstream, publicByAuth));
  }
  const grpc = (design.flows ?? []).filter((f) => f.from === gateway.id && f.protocol === "grpc" && routes.some((r) => r.id === f.id));
  if (grpc.length > 0) {
    caveats.push({ elements: grpc.map((f) => f.id), code: grpc.length === 1 ? "gateway.grpcOne" : "gateway.grpcMany", params: { routes: grpc.map((f) => f.id).join(", ") }, message: `${grpc.map((f) => f.id).join(", ")} ${grpc.length === 1 ? "is a gRPC route" : "are gRPC routes"}, exported as plain HTTP/1.1 proxying like the others; gRPC needs HTTP/2 end to end (nginx grpc_pass on an http2 listener, HAProxy proto h2, Kong protocol grpc), which this export does not set up` });
  }
  if (routes.length === 0) caveats.push({ elements: [gateway.id], code: "gateway.noRoutes", params: { gateway: gateway.id }, message: `gateway ${gateway.id} has no routes to services; the export routes nothing` });

  const locations: LocationPlan[] = routes.map((route) => ({ path: route.path, route, public: route.public }));
  for (const p of auth?.publicPaths ?? []) {
    if (seenPaths.has(p)) continue;
    // A public path inside a protected route's prefix becomes its own location
    // on that route's upstream, so the longer prefix can skip the check.
    const owner = locations.filter((l) => p.startsWith(l.path)).sort(byLongestPath)[0];
    if (owner && !owner.public) locations.push({ path: p, route: owner.route, public: true });
  }
  locations.sort(byLongestPath);

  for (const pub of locations.filter((l) => l.public && l.path === l.route.path)) {
    const covered = locations.filter((l) => !l.public && l.path !== pub.path && l.path.startsWith(pub.path));
    if (covered.length > 0 && pub.route.public && !publicByAuth(pub.path)) {
      caveats.push({
        elements: [pub.route.id, ...covered.map((c) => c.route.id)],
        code: "gateway.publicPrefix",
        params: { route: pub.route.id, path: pub.path, protected: covered.map((c) => c.path).join(", ") },
        message: `public route ${pub.route.id} (${pub.path}) is a prefix of protected ${covered.map((c) => c.path).join(", ")}; targets that match public paths by prefix (the mall-go guide) leave those open too`,
      });
    }
  }

  return {
    designName: design.name,
    gateway,
    port: effectiveGatewayPort(gateway),
    routes,
    locations,
    upstreams: [...upstreams.values()],
    auth,
    rateLimit: gateway.rateLimit ? { requestsPerSecond: gateway.rateLimit.requestsPerSecond, burst: gateway.rateLimit.burst ?? gateway.rateLimit.requestsPerSecond } : undefined,
    corsOrigins: gateway.cors && gateway.cors.origins.length > 0 ? [...new Set(gateway.cors.origins)] : undefined,
    loadBalancing: gateway.loadBalancing ?? DEFAULT_LOAD_BALANCING,
    caveats,
    words: options.words ?? ENGLISH_CAVEAT_WORDS,
  };
}

/** Public paths for targets that take a plain list (the mall-go guide, HAProxy ACLs): the gateway's own plus every public route's. */
export function publicPathList(plan: GatewayPlan): string[] {
  const paths = [...(plan.auth?.publicPaths ?? [])];
  for (const r of plan.routes) if (r.public && !paths.some((p) => r.path.startsWith(p))) paths.push(r.path);
  return paths;
}

/** Throws at compile time when a switch over a union misses a case. */
export function unreachable(x: never): never {
  throw new Error(`unexpected value ${JSON.stringify(x)}`);
}
