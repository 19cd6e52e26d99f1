/**
 * Off means no retries in every gateway export, and no `retry` means the
 * format's default (3 retries on 502/503/504), the same in every export.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Design, Flow } from "../../model/schema";
import { DEFAULT_RETRY } from "../../model/defaults";
import { describeRetry, retriesOn } from "../../model/describe-retry";
import { GATEWAY_TARGETS } from "./index";
import { generateApisix, generateApisixAdmin } from "./generate-apisix";
import { generateCaddyJson } from "./generate-caddy-json";
import { generateCaddyfile } from "./generate-caddyfile";
import { generateEnvoy } from "./generate-envoy";
import { generateGatewayApi } from "./generate-gateway-api";
import { generateGatewayJson } from "./generate-gateway-json";
import { generateHaproxy } from "./generate-haproxy";
import { generateKong } from "./generate-kong";
import { generateKrakend } from "./generate-krakend";
import { generateNginx } from "./generate-nginx";
import { generateTraefik } from "./generate-traefik";

function design(retry: Flow["retry"]): Design {
  return {
    format: "seams-design",
    version: 1,
    name: "retry",
    services: [{ id: "orders", name: "orders" }],
    gateways: [{ id: "edge", name: "edge" }],
    flows: [{ id: "route-orders", from: "edge", to: "orders", kind: "sync", protocol: "http", path: "/api/orders", ...(retry ? { retry } : {}) }],
  };
}
const OFF = design({ maxRetries: 0 });
const DEFAULT = design(undefined);

describe("retry of a gateway route", () => {
  it("is described as the exports apply it", () => {
    expect(describeRetry(DEFAULT.flows![0]!)).toBe("default: 3 retries on 502/503/504, 100ms apart");
    expect(retriesOn(DEFAULT.flows![0]!)).toBe(true);
    expect(describeRetry(OFF.flows![0]!)).toBe("off: no export retries this call");
    expect(retriesOn(OFF.flows![0]!)).toBe(false);
    expect(describeRetry(design({ maxRetries: 1, on: [503] }).flows![0]!)).toBe("1 retry on 503, 100ms apart");
  });

  it("off: the seed JSON retries 0 times", () => {
    const json = JSON.parse(generateGatewayJson(OFF).content);
    for (const r of json.routes) expect(r.retry.max_retries).toBe(0);
    expect(JSON.parse(generateGatewayJson(DEFAULT).content).routes[0].retry.max_retries).toBe(DEFAULT_RETRY.maxRetries);
  });

  it("off: nginx never passes a request to the next upstream", () => {
    const conf = generateNginx(OFF).content;
    expect(conf).toContain("proxy_next_upstream off;");
    expect(conf).not.toContain("proxy_next_upstream_tries");
    expect(generateNginx(DEFAULT).content).toContain(`proxy_next_upstream_tries ${DEFAULT_RETRY.maxRetries + 1};`);
  });

  it("off: HAProxy retries 0 times and has no retry-on", () => {
    const cfg = generateHaproxy(OFF).content;
    expect(cfg).toMatch(/retries 0\n/);
    expect(cfg).not.toContain("retry-on");
    expect(generateHaproxy(DEFAULT).content).toContain(`retries ${DEFAULT_RETRY.maxRetries}`);
  });

  it("off: Kong's service retries 0 times", () => {
    expect(parse(generateKong(OFF).content).services[0].retries).toBe(0);
    expect(parse(generateKong(DEFAULT).content).services[0].retries).toBe(DEFAULT_RETRY.maxRetries);
  });

  it("off: KrakenD (which never retries) raises no retry caveat", () => {
    expect(generateKrakend(OFF).caveats.some((c) => /retr/.test(c.message))).toBe(false);
    expect(generateKrakend(DEFAULT).caveats.some((c) => /never retries/.test(c.message))).toBe(true);
  });

  it("off: Caddy tries no other instance, Traefik has no retry middleware, Envoy no retry policy", () => {
    expect(generateCaddyfile(OFF).content).not.toContain("lb_try_duration");
    expect(generateCaddyfile(DEFAULT).content).toContain("lb_try_duration");
    expect(generateCaddyJson(OFF).content).not.toContain("try_duration");
    expect(JSON.stringify(parse(generateTraefik(OFF).content))).not.toContain("retry");
    expect(parse(generateTraefik(DEFAULT).content).http.middlewares["route-orders-retry"].retry.attempts).toBe(DEFAULT_RETRY.maxRetries + 1);
    expect(generateEnvoy(OFF).content).not.toContain("retry_policy");
    expect(generateEnvoy(DEFAULT).content).toContain(`num_retries: ${DEFAULT_RETRY.maxRetries}`);
  });

  it("off: APISIX's upstream retries 0 times, and the Gateway API writes no retry either way", () => {
    expect(parse(generateApisix(OFF).content).upstreams[0].retries).toBe(0);
    expect(parse(generateApisix(DEFAULT).content).upstreams[0].retries).toBe(DEFAULT_RETRY.maxRetries);
    expect(generateApisixAdmin(OFF).content).toContain('"retries":0');
    expect(generateGatewayApi(OFF).content).not.toContain("retry:");
    expect(generateGatewayApi(OFF).caveats.some((c) => /retr/.test(c.message))).toBe(false);
    expect(generateGatewayApi(DEFAULT).caveats.some((c) => /retries are not exported/.test(c.message))).toBe(true);
  });

  it("covers every gateway target", () => {
    expect(GATEWAY_TARGETS.map((t) => t.id).sort()).toEqual(["apisix", "apisix-admin", "caddy", "caddy-json", "envoy", "gateway-api", "gateway-json", "haproxy", "kong", "krakend", "nginx", "traefik"]);
  });
});
