import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../templates/mall-go";
import { analyzeDesign } from "./analyze-design";
import { sketchDesign } from "./sketch-design";
import type { Flow } from "../model/schema";

const call = (from: string, to: string, extra: Partial<Flow> = {}): Omit<Flow, "id"> => ({ from, to, kind: "sync", ...extra });
const budgetFindings = (flows: Omit<Flow, "id">[], services = ["a", "b", "c", "d"]) =>
  analyzeDesign(sketchDesign({ services, gateways: ["gw"], flows })).findings.filter((f) => f.code === "timeout-budget");

describe("timeout-budget", () => {
  it("flags a caller that gives up before its callee's own timeouts x tries, naming the path and the figures", () => {
    const [f, ...rest] = budgetFindings([call("a", "b", { timeout: "2s" }), call("b", "c", { timeout: "1s", retry: { maxRetries: 2 } })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", path: ["a", "b", "c"], flows: ["a-b", "b-c"], timeout: 2000, budget: 3000 });
    expect(f!.message).toContain("a gives up on b after 2s, but b may take up to 3s along a -> b -> c (c 1s x 3 tries)");
  });

  it("adds up a call without its own timeout from what its callee may take", () => {
    const [f] = budgetFindings([call("a", "b", { timeout: "1s" }), call("b", "c"), call("c", "d", { timeout: "800ms", retry: { maxRetries: 1 } })]);
    expect(f).toMatchObject({ path: ["a", "b", "c", "d"], budget: 1600 });
  });

  it("checks a gateway route against the mall-go guide's 5s when it states no timeout", () => {
    const [f] = budgetFindings([call("gw", "a"), call("a", "b", { timeout: "3s", retry: { maxRetries: 1 } })]);
    expect(f).toMatchObject({ path: ["gw", "a", "b"], timeout: 5000, budget: 6000 });
  });

  it("is quiet when every caller waits longer than everything below it, and on mall-go", () => {
    expect(budgetFindings([call("a", "b", { timeout: "5s" }), call("b", "c", { timeout: "1s", retry: { maxRetries: 3 } })])).toEqual([]);
    expect(analyzeDesign(mallGoTemplate()).findings.filter((f) => f.code === "timeout-budget")).toEqual([]);
  });

  it("does not loop on a sync cycle", () => {
    const found = budgetFindings([call("a", "b", { timeout: "1s" }), call("b", "a", { timeout: "1s" }), call("b", "c", { timeout: "2s" })]);
    expect(found.map((f) => f.path)).toEqual([["a", "b", "c"]]);
  });
});
