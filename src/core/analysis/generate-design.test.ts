import { describe, expect, it } from "vitest";
import { loadDesign } from "../load/load-design";
import { generateDesign } from "./generate-design";

describe("generateDesign", () => {
  it("makes a valid design with contexts, databases, brokers, a gateway and a layout", () => {
    const design = generateDesign({ services: 1000, flowsPerService: 3, seed: 1 });
    const loaded = loadDesign(JSON.stringify(design));
    expect(loaded.ok ? loaded.warnings : loaded.errors).toEqual([]);
    expect(design.services).toHaveLength(1000);
    expect(design.flows!.length / 1000).toBeGreaterThan(2.5);
    expect(design.flows!.length / 1000).toBeLessThan(3.6);
    for (const list of [design.contexts, design.databases, design.brokers, design.gateways]) expect(list!.length).toBeGreaterThan(0);
    expect(Object.keys(design.layout!).length).toBeGreaterThan(2000);
  });

  it("gives the same design for the same seed and another for another seed", () => {
    const a = generateDesign({ services: 200, seed: 5 });
    expect(generateDesign({ services: 200, seed: 5 })).toEqual(a);
    expect(generateDesign({ services: 200, seed: 6 })).not.toEqual(a);
  });

  it("stays within the schema's limits at 50,000 services", () => {
    const design = generateDesign({ services: 50_000, flowsPerService: 3, seed: 2 });
    expect(design.contexts!.length).toBeLessThanOrEqual(2000);
    expect(design.brokers!.length).toBeLessThanOrEqual(5000);
    expect(design.flows!.length).toBeLessThanOrEqual(200_000);
  });
});
