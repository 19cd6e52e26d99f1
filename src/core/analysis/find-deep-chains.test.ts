import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Design } from "../model/schema";
import { analyzeDependencies } from "./find-cycles";
import { findDeepChains } from "./find-deep-chains";
import { gatherFacts } from "./gather-facts";
import { sketchDesign } from "./sketch-design";

const chainsOf = (design: Design) => {
  const facts = gatherFacts(design);
  return findDeepChains(facts, analyzeDependencies(facts));
};
const chain = (ids: string[]) => ids.slice(1).map((id, i) => `${ids[i]} -> ${id}`);

describe("findDeepChains", () => {
  it("counts the gateway route as a hop: gateway -> a -> b -> c -> d is four hops and a finding", () => {
    const [f, ...rest] = chainsOf(sketchDesign({ gateways: ["gw"], services: ["a", "b", "c", "d"], flows: chain(["gw", "a", "b", "c", "d"]) }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: "deep-sync-chain", severity: "warning", path: ["gw", "a", "b", "c", "d"], hops: 4, flows: ["gw-a", "a-b", "b-c", "c-d"] });
    expect(f!.availability).toBeCloseTo(0.999 ** 4, 12);
  });

  it("lets three hops pass", () => {
    expect(chainsOf(sketchDesign({ gateways: ["gw"], services: ["a", "b", "c"], flows: chain(["gw", "a", "b", "c"]) }))).toEqual([]);
  });

  it("starts at a service nobody calls when no gateway routes to it, and says five hops leave 99.5%", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const [f] = chainsOf(sketchDesign({ services: ids, flows: chain(ids) }));
    expect(f!.path).toEqual(ids);
    expect(f!.hops).toBe(5);
    expect(f!.message).toContain("99.5%");
  });

  it("reports a long chain once, not again from each entry on it", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const found = chainsOf(sketchDesign({ gateways: ["gw"], services: ids, flows: [...chain(ids), "gw -> a", "gw -> b"] }));
    expect(found.map((f) => f.path![1])).toEqual(["a"]);
  });

  it("ignores async flows: an event hop does not extend a sync chain", () => {
    const design = sketchDesign({ services: ["a", "b", "c", "d", "e"], brokers: ["bus"], flows: [...chain(["a", "b", "c"]), "c ~> bus E", "bus ~> d E", ...chain(["d", "e"])] });
    expect(chainsOf(design)).toEqual([]);
  });

  it("goes through a call cycle to the calls beyond it, the short way round", () => {
    const design = sketchDesign({ gateways: ["gw"], services: ["a", "b", "c", "d", "e"], flows: ["gw -> a", "a -> b", "b -> c", "c -> b", "c -> d", "d -> e"] });
    const [f] = chainsOf(design);
    expect(f).toMatchObject({ path: ["gw", "a", "b", "c", "d", "e"], hops: 5, flows: ["gw-a", "a-b", "b-c", "c-d", "d-e"] });
  });

  it("walks past a call cycle without looping forever, and never repeats a service", () => {
    const design = sketchDesign({ services: ["a", "b", "c", "d", "e", "f"], flows: ["a -> b", "b -> c", "c -> b", "c -> d", "d -> e", "e -> f"] });
    for (const f of chainsOf(design)) expect(new Set(f.path).size).toBe(f.path!.length);
  });

  it("follows a 10,000-service chain without overflowing the stack", () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `s${i}`);
    const [f] = chainsOf(sketchDesign({ services: ids, flows: chain(ids) }));
    expect(f!.hops).toBe(9_999);
    expect(f!.message.length).toBeLessThan(1000);
  });

  it("reports, on any acyclic design, real paths as long as the longest from their entry, the longest of all first", () => {
    const n = 8;
    const arb = fc.record({
      calls: fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)).filter(([a, b]) => a < b), { maxLength: 20, selector: ([a, b]) => `${a} ${b}` }),
      routed: fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ calls, routed }) => {
        const ids = Array.from({ length: n }, (_, i) => `s${i}`);
        const design = sketchDesign({ gateways: ["gw"], services: ids, flows: [...calls.map(([a, b]) => `s${a} -> s${b}`), ...routed.map((r) => `gw -> s${r}`)] });
        const longest = (v: number): number => Math.max(0, ...calls.filter(([a]) => a === v).map(([, b]) => 1 + longest(b)));
        const called = new Set(calls.map(([, b]) => b));
        const entryHops = ids.map((_, i) => (routed.includes(i) ? 1 + longest(i) : called.has(i) ? -1 : longest(i)));
        const found = chainsOf(design);
        const best = Math.max(...entryHops);
        expect(found.length > 0).toBe(best > 3);
        if (found.length) expect(found[0]!.hops).toBe(best);
        for (const f of found) {
          const path = f.path!;
          const start = path[0] === "gw" ? 1 : 0;
          const entry = Number(path[start]!.slice(1));
          expect(f.hops).toBe(entryHops[entry]);
          expect(f.hops).toBe(path.length - 1);
          for (let i = start; i + 1 < path.length; i++) expect(calls).toContainEqual([Number(path[i]!.slice(1)), Number(path[i + 1]!.slice(1))]);
        }
      }),
    );
  });

  it("reports, on any design, cycles included, only simple paths of real calls longer than 3 hops", () => {
    const arb = fc.record({
      calls: fc.array(fc.tuple(fc.nat(7), fc.nat(7)).filter(([a, b]) => a !== b), { maxLength: 24 }),
      routed: fc.uniqueArray(fc.nat(7), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(arb, ({ calls, routed }) => {
        const design = sketchDesign({ gateways: ["gw"], services: Array.from({ length: 8 }, (_, i) => `s${i}`), flows: [...calls.map(([a, b]) => `s${a} -> s${b}`), ...routed.map((r) => `gw -> s${r}`)] });
        const flows = new Map(design.flows!.map((f) => [f.id, f]));
        for (const f of chainsOf(design)) {
          expect(f.hops).toBeGreaterThan(3);
          expect(new Set(f.path).size).toBe(f.path!.length);
          expect(f.flows).toHaveLength(f.hops!);
          f.flows!.forEach((id, i) => expect([flows.get(id)!.from, flows.get(id)!.to]).toEqual([f.path![i], f.path![i + 1]]));
        }
      }),
    );
  });
});
