import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../templates/mall-go";
import { analyzeDesign } from "./analyze-design";
import { sketchDesign } from "./sketch-design";
import type { Flow } from "../model/schema";

const call = (from: string, to: string, retries?: number): Omit<Flow, "id"> => ({ from, to, kind: "sync", ...(retries !== undefined ? { retry: { maxRetries: retries } } : {}) });
const amplification = (flows: Omit<Flow, "id">[]) =>
  analyzeDesign(sketchDesign({ services: ["a", "b", "c", "d"], gateways: ["gw"], flows })).findings.filter((f) => f.code === "retry-amplification");

describe("retry-amplification", () => {
  it("finds the issue's 256: a route with 3 retries over three hops of 3 retries each", () => {
    const [f, ...rest] = amplification([call("gw", "a", 3), call("a", "b", 3), call("b", "c", 3), call("c", "d", 3)]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", factor: 256, path: ["gw", "a", "b", "c", "d"], flows: ["gw-a", "a-b", "b-c", "c-d"] });
    expect(f!.message).toContain("4 x 4 x 4 x 4");
    expect(f!.message).toContain("d may get 256 requests");
    expect(f!.message).toMatch(/Retry at one layer only/);
  });

  it("counts a route without retry as the mall-go guide's 3 retries, and flags at 10x", () => {
    expect(amplification([call("gw", "a"), call("a", "b", 2)])[0]).toMatchObject({ factor: 12, path: ["gw", "a", "b"] });
    expect(amplification([call("gw", "a"), call("a", "b", 1)])).toEqual([]); // 8x
  });

  it("needs two retrying layers: one call with many retries is not a multiplication", () => {
    expect(amplification([call("a", "b", 10)])).toEqual([]);
    expect(amplification([call("gw", "a", 0), call("a", "b", 10)])).toEqual([]);
  });

  it("is quiet on mall-go, and survives a sync cycle", () => {
    expect(analyzeDesign(mallGoTemplate()).findings.filter((f) => f.code === "retry-amplification")).toEqual([]);
    expect(amplification([call("gw", "a"), call("a", "b", 3), call("b", "a", 3), call("a", "c", 3)]).map((f) => [f.path, f.factor])).toEqual([[["gw", "a", "c"], 16]]);
  });
});
