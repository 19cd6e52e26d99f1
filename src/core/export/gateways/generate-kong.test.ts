import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { kongValidator } from "../../../../test/tools/shared-schemas";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateKong, KONG_CONSUMER } from "./generate-kong";

type KongState = {
  _format_version: string;
  services: { name: string; host: string; retries: number; read_timeout: number; routes: { name: string; paths: string[]; strip_path: boolean; plugins?: { name: string }[] }[] }[];
  upstreams: { name: string; algorithm: string; healthchecks: { active: { http_path: string; healthy: { interval: number } } }; targets: { target: string; weight: number }[] }[];
  plugins: { name: string; config: Record<string, unknown> }[];
  consumers: { username: string; jwt_secrets: { key: string; secret: string }[] }[];
};

describe("generateKong", () => {
  const out = generateKong(mallGoTemplate());
  const state = parse(out.content) as KongState;

  it("is a decK 3.0 state file that decK's schema accepts", () => {
    expect(state._format_version).toBe("3.0");
    const r = kongValidator()(state);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(kongValidator()({ ...state, services: [{ ...state.services[0], retry_on: [502] }] }).valid).toBe(false);
  });

  it("gives every route its own Kong service on its service's upstream, keeping timeouts in milliseconds", () => {
    const orders = state.services.find((s) => s.name === "route-orders")!;
    expect(orders).toMatchObject({ host: "order-service.upstream", read_timeout: 5000, retries: 3 });
    expect(orders.routes[0]).toMatchObject({ name: "route-orders", paths: ["/api/orders"], strip_path: false });
  });

  it("puts jwt on protected routes only, with the secret left to decK's environment", () => {
    const plugins = (name: string) => state.services.find((s) => s.name === name)!.routes[0]!.plugins?.map((p) => p.name);
    expect(plugins("route-orders")).toEqual(["jwt"]);
    expect(plugins("route-products")).toBeUndefined();
    expect(state.consumers[0]!.jwt_secrets[0]).toEqual(expect.objectContaining({ key: KONG_CONSUMER, secret: '${{ env "DECK_JWT_SECRET" }}' }));
  });

  it("checks health in whole seconds from each service's own settings", () => {
    const payments = state.upstreams.find((u) => u.name === "payment-service.upstream")!;
    expect(payments.healthchecks.active.http_path).toBe("/healthz");
    expect(payments.healthchecks.active.healthy.interval).toBe(5);
    expect(state.upstreams.find((u) => u.name === "catalog-service.upstream")!.targets).toEqual([{ target: "catalog-1.internal:8080", weight: 2 }, { target: "catalog-2.internal:8080", weight: 1 }]);
  });

  it("limits the rate and says Kong has no burst, in the file and in the list", () => {
    expect(state.plugins.find((p) => p.name === "rate-limiting")!.config).toMatchObject({ second: 100 });
    const burst = out.caveats.find((c) => c.message.includes("no burst"))!;
    expect(out.content).toContain(`# - ${burst.message}`);
  });

  it("is valid for every balancing strategy and auth type", () => {
    for (const loadBalancing of ["least_conn", "consistent_hash", "weighted"] as const) {
      for (const type of ["api_key", "oauth2", "none"] as const) {
        const d = mallGoTemplate();
        Object.assign(d.gateways![0]!, { loadBalancing, auth: { type, publicPaths: ["/api/users/register"] } });
        const r = kongValidator()(parse(generateKong(d).content));
        expect(r.errors, `${loadBalancing} ${type}`).toEqual([]);
      }
    }
  });
});
