/**
 * "So the mall-go guide's gateway code can load it": gateway-json exports go through
 * the mall-go guide's own Go structs with unknown fields refused, and Go's encoder
 * writes back the very same bytes, so every field name and type matches.
 * scripts/install-test-deps.sh installs Go, so a missing toolchain fails
 * the run; it skips, saying so, only under SEAMS_SKIP_SYSTEM_DEPS=1.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTool } from "../../../../test/tools/find-tool";
import { buildSeedDecoder, type SeedDecoder } from "../../../../test/tools/seed-gateway";
import { AUTH_TYPES, LOAD_BALANCING } from "../../model/schema";
import { mallGoTemplate } from "../../templates/mall-go";
import { generateGatewayJson } from "./generate-gateway-json";

const goTool = requireTool("go");
const go = goTool.found ? goTool.path : undefined;

// Outside the skipIf block on purpose: a missing Go must fail the run, not skip it.
it("finds go (required; skipped with a message only under SEAMS_SKIP_SYSTEM_DEPS=1)", () => goTool.assertPresentInCi());

describe.skipIf(!go)("gateway-json through the mall-go guide's Go structs", () => {
  let seed: SeedDecoder | undefined;
  beforeAll(() => {
    seed = buildSeedDecoder(go!);
  }, 120_000);
  afterAll(() => seed?.remove());

  it("round-trips mall-go byte for byte with unknown fields refused", () => {
    const content = generateGatewayJson(mallGoTemplate()).content;
    const r = seed!.roundTrip(content);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(content);
  });

  it("refuses a field the mall-go guide does not have, so the round trip can fail", () => {
    const content = generateGatewayJson(mallGoTemplate()).content.replace('"port": 80,', '"port": 80, "listen": 80,');
    expect(seed!.roundTrip(content)).toMatchObject({ ok: false, stderr: expect.stringContaining("unknown field") });
  });

  it("round-trips any gateway settings, durations and retries", () => {
    const duration = fc.oneof(fc.constantFrom("1ms", "250ms", "5s", "1m30s", "2h", "999999999h"), fc.integer({ min: 0, max: 10_000 }).map((n) => `${n}ms`));
    fc.assert(
      fc.property(
        fc.record({
          lb: fc.constantFrom(...LOAD_BALANCING),
          auth: fc.option(fc.constantFrom(...AUTH_TYPES), { nil: undefined }),
          rate: fc.option(fc.record({ requestsPerSecond: fc.integer({ min: 1, max: 1_000_000 }), burst: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }) }), { nil: undefined }),
          timeout: duration,
          delay: duration,
          retries: fc.integer({ min: 0, max: 10 }),
          on: fc.uniqueArray(fc.integer({ min: 100, max: 599 }), { maxLength: 5 }),
        }),
        ({ lb, auth, rate, timeout, delay, retries, on }) => {
          const d = mallGoTemplate();
          Object.assign(d.gateways![0]!, { loadBalancing: lb, auth: auth ? { type: auth } : undefined, rateLimit: rate, cors: undefined });
          d.flows = d.flows!.map((f) => (f.id === "route-orders" ? { ...f, timeout, retry: { maxRetries: retries, delay, on } } : f));
          const content = generateGatewayJson(d).content;
          const r = seed!.roundTrip(content);
          expect(r.stderr).toBe("");
          expect(r.stdout).toBe(content);
        },
      ),
      { numRuns: 25 },
    );
  });
});
