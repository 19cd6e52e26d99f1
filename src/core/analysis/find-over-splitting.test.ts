import { describe, expect, it } from "vitest";
import type { Design, Split } from "../model/schema";
import { mallGoTemplate } from "../templates/mall-go";
import { overSplitTemplate } from "../templates/over-split";
import { databaseUsers } from "./find-shared-databases";
import { findOverSplitting } from "./find-over-splitting";
import { gatherFacts } from "./gather-facts";
import { generateDesign } from "./generate-design";
import { scoreSplit } from "./score-split";
import { sketchDesign } from "./sketch-design";
import type { SplitScore } from "./types";

const overSplitting = (design: Design) => {
  const facts = gatherFacts(design);
  const scores: Record<string, SplitScore> = {};
  for (const s of facts.services) if (s.split) scores[s.id] = scoreSplit(s.split);
  return findOverSplitting(facts, scores, databaseUsers(facts));
};
const high: Split = { businessComplexity: 8, teamAutonomy: 8, dataIndependence: 8, scalingRequirement: 8, deploymentFrequency: 8, technologyDiversity: 8 };
const low: Split = { businessComplexity: 2, teamAutonomy: 2, dataIndependence: 2, scalingRequirement: 2, deploymentFrequency: 2, technologyDiversity: 2 };

describe("findOverSplitting", () => {
  it("flags the over-split template's user services for every heuristic, and the team that cannot carry them", () => {
    const [users, team] = overSplitting(overSplitTemplate());
    expect(users!.elements).toEqual(["user-service", "user-profile-service", "user-address-service", "user-preference-service"]);
    expect(users!.reasons!.join("\n")).toMatch(/below 4.*\n.*name stem "user".*\n.*both ways.*\n.*single table/);
    expect(team!.reasons![0]).toMatch(/4 services for a team of 6.*under 10/);
  });

  it("does not flag the mall-go template", () => {
    expect(overSplitting(mallGoTemplate())).toEqual([]);
  });

  it("flags a service scored below 4 on its own", () => {
    const [f] = overSplitting(sketchDesign({ services: [{ id: "tiny", split: low }, { id: "big", split: high }] }));
    expect(f).toMatchObject({ code: "over-splitting", severity: "warning", elements: ["tiny"] });
    expect(f!.reasons).toEqual([expect.stringContaining("tiny scores below 4 on the split criteria (2.00)")]);
  });

  it("flags a name-stem family only when its members call each other", () => {
    const services = ["order-service", "order-history-service", "payment-service"];
    expect(overSplitting(sketchDesign({ services, flows: ["order-service -> payment-service"] }))).toEqual([]);
    const [f] = overSplitting(sketchDesign({ services, flows: ["order-service -> order-history-service"] }));
    expect(f!.reasons).toEqual(['order-service and order-history-service share the name stem "order" and call each other synchronously.']);
  });

  it("flags two services calling each other both ways in one context, but not across contexts", () => {
    const inOne = sketchDesign({ contexts: ["x"], services: [{ id: "a", context: "x" }, { id: "b", context: "x" }], flows: ["a -> b", "b -> a"] });
    expect(overSplitting(inOne)[0]!.reasons).toEqual(["a and b call each other both ways."]);
    const across = sketchDesign({ contexts: ["x", "y"], services: [{ id: "a", context: "x" }, { id: "b", context: "y" }], flows: ["a -> b", "b -> a"] });
    expect(overSplitting(across)).toEqual([]);
  });

  it("flags a service that owns one table and leans on a sibling, not one that owns several", () => {
    const design = (tables: string[]) =>
      sketchDesign({ services: ["addresses", "people"], databases: [{ id: "address-db", tables }], flows: ["addresses -> address-db", "addresses -> people"] });
    expect(overSplitting(design(["addresses"]))[0]!.reasons).toEqual(["addresses owns a single table and cannot do its work without calling a sibling."]);
    expect(overSplitting(design(["addresses", "address_history"]))).toEqual([]);
  });

  it("flags more services than half the team size, and not fewer", () => {
    const services = ["a", "b", "c", "d"];
    expect(overSplitting(sketchDesign({ project: { teamSize: 7 }, services }))).toHaveLength(1);
    expect(overSplitting(sketchDesign({ project: { teamSize: 8 }, services }))).toEqual([]);
  });

  it("judges only the contexts it is given, with the whole-design finding under \"\"", () => {
    const design = generateDesign({ services: 400, flowsPerService: 3, seed: 5 });
    const facts = gatherFacts({ ...design, project: { teamSize: 20 } });
    const scores: Record<string, SplitScore> = {};
    for (const s of facts.services) if (s.split) scores[s.id] = scoreSplit(s.split);
    const users = databaseUsers(facts);
    const all = findOverSplitting(facts, scores, users);
    const keyOf = (f: { contexts?: string[] }) => f.contexts?.[0] ?? "";
    const flagged = [...new Set(all.map(keyOf))].filter((k) => k !== "");
    expect(flagged.length).toBeGreaterThan(1);
    const only = new Set([flagged[0]!, "ctx-00001"]);
    expect(findOverSplitting(facts, scores, users, only)).toEqual(all.filter((f) => only.has(keyOf(f))));
    expect(findOverSplitting(facts, scores, users, new Set([""]))).toEqual(all.filter((f) => keyOf(f) === ""));
  });
});
