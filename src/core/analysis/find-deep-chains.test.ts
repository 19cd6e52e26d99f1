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
});
