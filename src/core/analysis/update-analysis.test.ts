import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { updateElement } from "../edit/edit-design";
import { circularTemplate } from "../templates/circular";
import { mallGoTemplate } from "../templates/mall-go";
import { overSplitTemplate } from "../templates/over-split";
import type { Design } from "../model/schema";
import { analyzeDesign } from "./analyze-design";
import { generateDesign } from "./generate-design";
import { updateAnalysis } from "./update-analysis";

const designs: Design[] = [mallGoTemplate(), circularTemplate(), overSplitTemplate(), generateDesign({ services: 120, flowsPerService: 3, seed: 3 })];

/** Edits a person makes in the inspector, to any element: fields no rule reads, split sliders, and fields every rule reads. */
const edit = fc.oneof(
  fc.record({ field: fc.constantFrom("description", "technology", "version", "engine", "port", "tags"), value: fc.constantFrom("x", "1.2", "no", 8081, ["a"], undefined) }),
  // Values a rule could read if it started to: many instances, slow health checks, gateway policies.
  fc.record({
    field: fc.constantFrom("instances", "endpoints", "healthCheck", "rateLimit", "auth", "loadBalancing", "cors"),
    value: fc.constantFrom(
      undefined,
      Array.from({ length: 12 }, (_, i) => ({ host: `10.0.0.${i + 1}`, port: 8080, weight: i + 1 })),
      [{ method: "GET", path: "/x" }],
      { path: "/health", interval: "1m", timeout: "30s", deregisterAfter: "1h" },
      { requestsPerSecond: 1, burst: 0 },
      { type: "jwt", publicPaths: ["/"] },
      "round-robin",
      { origins: ["*"] },
    ),
  }),
  fc.record({ field: fc.constant("split"), value: fc.option(fc.record({ businessComplexity: fc.integer({ min: 1, max: 10 }), teamAutonomy: fc.integer({ min: 1, max: 10 }) }), { nil: undefined }) }),
  fc.record({ field: fc.constantFrom("name", "team", "context", "tables"), value: fc.constantFrom("user-x", "team-1", "ctx-00000", ["t"], undefined) }),
);

describe("updateAnalysis", () => {
  it("gives exactly the full analysis, or undefined, for any few inspector edits", () => {
    fc.assert(
      fc.property(fc.constantFrom(...designs), fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 3 }), (design, edits) => {
        const ids = [...(design.services ?? []), ...(design.databases ?? []), ...(design.contexts ?? []), ...(design.brokers ?? []), ...(design.gateways ?? [])].map((e) => e.id);
        let after = design;
        for (const [i, { field, value }] of edits) after = updateElement(after, ids[i % ids.length]!, { [field]: value });
        const updated = updateAnalysis(design, after, analyzeDesign(design));
        if (updated) expect(updated).toEqual(analyzeDesign(after));
      }),
      { numRuns: 300 },
    );
  });

  it("answers without a full run for descriptions, layout and split sliders, and keeps score order", () => {
    const design = overSplitTemplate();
    const analysis = analyzeDesign(design);
    const id = design.services![0]!.id;
    expect(updateAnalysis(design, updateElement(design, id, { description: "why" }), analysis)).toBe(analysis);
    expect(updateAnalysis(design, { ...design, layout: {} }, analysis)).toBe(analysis);
    const slid = updateElement(design, id, { split: { businessComplexity: 10, teamAutonomy: 10, dataIndependence: 10, scalingRequirement: 10, deploymentFrequency: 10, technologyDiversity: 10 } });
    const updated = updateAnalysis(design, slid, analysis);
    expect(updated).toBeDefined();
    expect(updated).toEqual(analyzeDesign(slid));
    expect(Object.keys(updated!.scores)).toEqual(Object.keys(analyzeDesign(slid).scores));
    expect(updated!.findings.map((f) => f.message)).not.toEqual(analysis.findings.map((f) => f.message));
  });

  it("leaves flows, names, teams and the project to the full run", () => {
    const design = mallGoTemplate();
    const analysis = analyzeDesign(design);
    const id = design.services![0]!.id;
    expect(updateAnalysis(design, updateElement(design, id, { name: "other" }), analysis)).toBeUndefined();
    expect(updateAnalysis(design, updateElement(design, id, { team: "t" }), analysis)).toBeUndefined();
    expect(updateAnalysis(design, { ...design, flows: design.flows!.slice(1) }, analysis)).toBeUndefined();
    expect(updateAnalysis(design, { ...design, project: { teamSize: 3 } }, analysis)).toBeUndefined();
  });
});
