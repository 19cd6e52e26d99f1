/**
 * `gateway-api`: Kubernetes Gateway API (`gateway.networking.k8s.io/v1`,
 * standard channel) for one gateway: a Gateway with an HTTP listener on the
 * gateway's port and one HTTPRoute per route (GRPCRoute for gRPC routes) with
 * path matches, the route's timeout, prefix rewriting, and backend refs to
 * the Services the `kubernetes` export writes (same names, same ports).
 * Only standard-channel fields: on standard CRDs `kubectl apply` refuses
 * experimental ones (retry, CORS, external auth), so those are caveats.
 */
import { DEFAULT_SERVICE_PORT } from "../../model/defaults";
import type { Design } from "../../model/schema";
import { escapeRegex } from "../escape/escape-regex";
import { assignNames, KUBERNETES_NAME } from "../registries/assign-names";
import { stringifyYaml, type YamlDocument } from "../registries/stringify-yaml";
import { ENGLISH_CAVEAT_WORDS, type Caveat, type ExportOptions, type ExportOutput } from "../types";
import { planGateway, type RoutePlan } from "./plan-gateway";

/** The class a deployer replaces with their implementation's (envoy-gateway, istio, nginx, ...). */
export const GATEWAY_CLASS_PLACEHOLDER = "replace-with-your-gateway-class";
const API_VERSION = "gateway.networking.k8s.io/v1";

/**
 * A Gateway API duration (GEP-2257: up to four `<1-5 digits><h|m|s|ms>` parts).
 * @example gatewayDuration(1500) === "1s500ms"
 */
export function gatewayDuration(ms: number): string {
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(ms));
  for (const [unit, size] of [["h", 3_600_000], ["m", 60_000], ["s", 1000], ["ms", 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${Math.min(n, 99999)}${unit}`);
    rest -= n * size;
  }
  return parts.join("") || "0s";
}

export interface GatewayApiObject {
  apiVersion: string;
  kind: "Gateway" | "HTTPRoute" | "GRPCRoute";
  metadata: { name: string; labels: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

function httpRule(r: RoutePlan, backend: { name: string; port: number }): Record<string, unknown> {
  const templated = r.path.includes("{");
  const path = templated
    ? { type: "RegularExpression", value: `^${r.path.split(/(\{[^/}]*\})/).map((p) => (p.startsWith("{") ? "[^/]+" : escapeRegex(p))).join("")}(/.*)?$` }
    : { type: "PathPrefix", value: r.path };
  const matches = r.methods ? r.methods.map((method) => ({ path, method })) : [{ path }];
  const filters = r.stripPrefix && !templated && r.path !== "/" ? [{ type: "URLRewrite", urlRewrite: { path: { type: "ReplacePrefixMatch", replacePrefixMatch: "/" } } }] : [];
  return { matches, ...(filters.length > 0 ? { filters } : {}), backendRefs: [backend], timeouts: { request: gatewayDuration(r.timeoutMs) } };
}

/** The Gateway and its routes as objects, in file order. */
export function listGatewayApiObjects(design: Design, options: ExportOptions = {}): { objects: GatewayApiObject[]; caveats: Caveat[] } {
  const plan = planGateway(design, options);
  const gw = [plan.gateway.id];
  const caveats: Caveat[] = [...plan.caveats];
  const services = design.services ?? [];
  // The kubernetes export names Services this way over all services, so the refs meet its Services.
  const serviceNames = assignNames(services.map((s) => s.id), KUBERNETES_NAME).names;
  const routeNames = assignNames(plan.routes.map((r) => r.id), KUBERNETES_NAME);
  const gatewayName = assignNames([plan.gateway.id], KUBERNETES_NAME);
  caveats.push(...gatewayName.caveats, ...routeNames.caveats);
  const name = gatewayName.names.get(plan.gateway.id)!;
  const labels = { "app.kubernetes.io/managed-by": "seams", "seams/gateway": name };
  const objects: GatewayApiObject[] = [
    {
      apiVersion: API_VERSION,
      kind: "Gateway",
      metadata: { name, labels, annotations: { "seams/gateway-id": plan.gateway.id } },
      spec: { gatewayClassName: GATEWAY_CLASS_PLACEHOLDER, listeners: [{ name: "http", protocol: "HTTP", port: plan.port, allowedRoutes: { namespaces: { from: "Same" } } }] },
    },
  ];
  const grpcIds = new Set((design.flows ?? []).filter((f) => f.protocol === "grpc").map((f) => f.id));
  for (const r of plan.routes) {
    const backend = { name: serviceNames.get(r.upstream.service.id)!, port: r.upstream.service.port ?? DEFAULT_SERVICE_PORT };
    const metadata = { name: routeNames.names.get(r.id)!, labels, annotations: { "seams/route-id": r.id } };
    const parentRefs = [{ name, sectionName: "http" }];
    if (grpcIds.has(r.id)) objects.push({ apiVersion: API_VERSION, kind: "GRPCRoute", metadata, spec: { parentRefs, rules: [{ backendRefs: [backend] }] } });
    else objects.push({ apiVersion: API_VERSION, kind: "HTTPRoute", metadata, spec: { parentRefs, rules: [httpRule(r, backend)] } });
  }
  caveats.push({ elements: gw, code: "gatewayApi.classPlaceholder", params: { placeholder: GATEWAY_CLASS_PLACEHOLDER }, message: `gatewayClassName is a placeholder (${GATEWAY_CLASS_PLACEHOLDER}): set your implementation's GatewayClass before applying` });
  const grpc = plan.routes.filter((r) => grpcIds.has(r.id));
  if (grpc.length > 0) caveats.push({ elements: grpc.map((r) => r.id), code: "gatewayApi.grpcRoute", params: { routes: grpc.map((r) => r.id).join(", ") }, message: `${grpc.map((r) => r.id).join(", ")}: a GRPCRoute matches gRPC services and methods, not path prefixes, so it takes every gRPC request on the listener; standard GRPCRoutes have no timeout` });
  const templated = plan.routes.filter((r) => r.path.includes("{") && !grpcIds.has(r.id));
  if (templated.length > 0) caveats.push({ elements: templated.map((r) => r.id), message: `${templated.map((r) => r.path).join(", ")} use a RegularExpression path match, whose support is implementation-specific${templated.some((r) => r.stripPrefix) ? "; their prefix is not stripped (ReplacePrefixMatch needs a PathPrefix match)" : ""}` });
  const retrying = plan.routes.filter((r) => r.retry.maxRetries > 0);
  if (retrying.length > 0) caveats.push({ elements: retrying.map((r) => r.id), code: "gatewayApi.noRetries", message: "retries are not exported: rules[].retry is in the experimental channel only, and kubectl refuses it on standard-channel CRDs; set them in your implementation's policy" });
  if (plan.auth) caveats.push({ elements: gw, code: "gatewayApi.noAuth", params: { auth: plan.auth.type }, message: `the standard Gateway API has no credential check: ${plan.auth.type} on the protected routes needs your implementation's policy (e.g. Envoy Gateway SecurityPolicy, or the experimental ExternalAuth filter)` });
  if (plan.rateLimit) caveats.push({ elements: gw, code: "gatewayApi.noRateLimit", message: "the standard Gateway API has no rate limit: set it in your implementation's policy (e.g. Envoy Gateway BackendTrafficPolicy)" });
  if (plan.corsOrigins) caveats.push({ elements: gw, code: "gatewayApi.noCors", message: "CORS is not exported: the CORS filter is in the experimental channel only" });
  const breakers = plan.routes.filter((r) => r.circuitBreaker);
  if (breakers.length > 0) caveats.push({ elements: breakers.map((r) => r.id), code: "gatewayApi.noBreaker", message: "the Gateway API has no circuit breaker; use your implementation's backend policy" });
  if (plan.loadBalancing !== "round_robin") caveats.push({ elements: gw, code: "gatewayApi.loadBalancing", params: { lb: plan.loadBalancing }, message: `load balancing (${plan.loadBalancing}) is the implementation's choice in the Gateway API; set it in its backend policy` });
  if (plan.upstreams.some((u) => (u.service.instances?.length ?? 0) > 0)) caveats.push({ elements: plan.upstreams.map((u) => u.service.id), code: "gatewayApi.backendRefs", message: "backend refs name the Services of the kubernetes export; the instance hosts and weights of the design are not used (Kubernetes gives each replica its own address)" });
  return { objects, caveats };
}

/**
 * Gateway API manifests (multi-document YAML for kubectl apply) for one gateway of the design.
 * @example parseAllDocuments(generateGatewayApi(mallGo).content).length === 10
 */
export function generateGatewayApi(design: Design, options: ExportOptions = {}): ExportOutput {
  const { objects, caveats } = listGatewayApiObjects(design, options);
  const words = options.words ?? ENGLISH_CAVEAT_WORDS;
  const header = [
    `Kubernetes Gateway API (v1, standard channel) for gateway ${objects[0]!.metadata.annotations!["seams/gateway-id"]}, generated by Seams. Apply with the kubernetes export's Services.`,
    ...(caveats.length === 0 ? [words.none] : [words.heading, ...caveats.map((c) => `- ${words.caveat(c)}`)]),
  ];
  const docs: YamlDocument[] = objects.map((value, i) => ({ value, comments: i === 0 ? header : [] }));
  return { fileName: `${objects[0]!.metadata.name}.gateway-api.yaml`, mediaType: "application/yaml", content: stringifyYaml(docs), caveats };
}
