/** The gateway targets, in the order the export dialog and `seams export --list` show them. */
import type { ExportTarget } from "../types";
import { generateApisix, generateApisixAdmin } from "./generate-apisix";
import { generateCaddyJson } from "./generate-caddy-json";
import { generateCaddyfile } from "./generate-caddyfile";
import { generateGatewayApi } from "./generate-gateway-api";
import { generateEnvoy } from "./generate-envoy";
import { generateGatewayJson } from "./generate-gateway-json";
import { generateHaproxy } from "./generate-haproxy";
import { generateKong } from "./generate-kong";
import { generateKrakend } from "./generate-krakend";
import { generateNginx } from "./generate-nginx";
import { generateTraefik } from "./generate-traefik";

export const GATEWAY_TARGETS: readonly ExportTarget[] = [
  { id: "gateway-json", title: "mall-go gateway JSON", scope: "gateway", summary: "The mall-go guide's GatewayConfig (Go json tags, durations in nanoseconds), loadable by its NewAPIGateway.", generate: generateGatewayJson },
  { id: "nginx", title: "nginx", scope: "gateway", summary: "A complete nginx.conf (OSS 1.22+): upstreams, locations, retries, limit_req, auth_request, CORS.", generate: generateNginx },
  { id: "haproxy", title: "HAProxy", scope: "gateway", summary: "A complete haproxy.cfg (2.6+): a backend per route, health checks, retry-on, rate table, JWT checks, CORS.", generate: generateHaproxy },
  { id: "kong", title: "Kong (decK)", scope: "gateway", summary: "A decK / DB-less state file (_format_version 3.0): upstreams, services, routes, jwt, rate-limiting, cors.", generate: generateKong },
  { id: "krakend", title: "KrakenD", scope: "gateway", summary: "A KrakenD CE configuration (version 3): endpoints, backends, JWT validation, rate limits, CORS.", generate: generateKrakend },
  { id: "gateway-api", title: "Kubernetes Gateway API", scope: "gateway", summary: "gateway.networking.k8s.io/v1: a Gateway and an HTTPRoute (or GRPCRoute) per route, with timeouts, onto the kubernetes export's Services.", generate: generateGatewayApi },
  { id: "apisix", title: "Apache APISIX", scope: "gateway", summary: "A standalone apisix.yaml (3.x): routes, upstreams with nodes and health checks, limit-req, jwt-auth, cors, retries, timeouts.", generate: generateApisix },
  { id: "apisix-admin", title: "Apache APISIX (Admin API)", scope: "gateway", summary: "The same APISIX objects as Admin API calls: a POSIX sh script of curl PUTs for an etcd-backed cluster.", generate: generateApisixAdmin },
  { id: "traefik", title: "Traefik", scope: "gateway", summary: "Traefik v3 dynamic configuration (file provider, YAML): routers, services with health checks, rate limit, retry, circuit breaker, CORS, forward auth.", generate: generateTraefik },
  { id: "envoy", title: "Envoy", scope: "gateway", summary: "An Envoy v3 static bootstrap: a listener, routes with retry policies and timeouts, clusters with health checks and outlier detection, local_ratelimit, jwt_authn, CORS.", generate: generateEnvoy },
  { id: "caddy", title: "Caddy (Caddyfile)", scope: "gateway", summary: "A Caddyfile (2.6+): a handle per route, reverse_proxy with health checks, tries and timeouts, forward_auth, CORS headers.", generate: generateCaddyfile },
  { id: "caddy-json", title: "Caddy (JSON)", scope: "gateway", summary: "Caddy's native JSON config (2.6+), the same routes as the Caddyfile, for caddy run --config or the admin API.", generate: generateCaddyJson },
];
