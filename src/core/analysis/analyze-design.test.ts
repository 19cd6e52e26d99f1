import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexElements } from "../model/elements";
import type { Design } from "../model/schema";
import { loadDesign } from "../load/load-design";
import { TEMPLATES } from "../templates/index";
import { analyzeDesign, compareFindings } from "./analyze-design";
import { FINDING_TEXT } from "./finding-messages";
import { generateDesign } from "./generate-design";
import { sketchDesign } from "./sketch-design";
import { FINDING_CODES } from "./types";

const template = (id: string): Design => TEMPLATES.find((t) => t.id === id)!.create();
const summary = (design: Design) => analyzeDesign(design).findings.map((f) => `${f.severity} ${f.code}`);

/** What every analysis must satisfy, whatever the design. */
function expectSelfConsistent(design: Design): void {
  const analysis = analyzeDesign(design);
  const elements = indexElements(design);
  const flows = new Map((design.flows ?? []).map((f) => [f.id, f]));
  for (const f of analysis.findings) {
    expect(FINDING_CODES).toContain(f.code);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.elements.length).toBeGreaterThan(0);
    for (const id of [...f.elements, ...(f.path ?? []), ...(f.cycle ?? [])]) expect(elements.has(id), `${f.code} names ${id}`).toBe(true);
    for (const id of f.flows ?? []) expect(flows.has(id), `${f.code} names flow ${id}`).toBe(true);
    if (f.cycle) {
      expect(f.cycle[0]).toBe(f.cycle[f.cycle.length - 1]);
      expect(new Set(f.cycle).size).toBe(f.cycle.length - 1);
    }
    if (f.path) expect(f.flows).toHaveLength(f.hops!);
  }
  const sorted = [...analysis.findings].sort(compareFindings);
  expect(analysis.findings).toEqual(sorted);
  for (const s of design.services ?? []) {
    expect(analysis.evidence[s.id]).toBeDefined();
    expect(analysis.scores[s.id] !== undefined).toBe(s.split !== undefined);
  }
  // Same design in, same answer out.
  expect(analyzeDesign(structuredClone(design))).toEqual(analysis);
}

describe("analyzeDesign", () => {
  it.each(TEMPLATES.map((t) => [t.id]))("gives a self-consistent, deterministic analysis of the %s template", (id) => {
    expectSelfConsistent(template(id));
  });

  it("is self-consistent on a generated design of 500 services", () => {
    expectSelfConsistent(generateDesign({ services: 500, flowsPerService: 3, seed: 3 }));
  });

  it("finds one circular-dependency error with both services and both flows in the circular template", () => {
    const cycles = analyzeDesign(template("circular")).findings.filter((f) => f.code === "circular-dependency");
    expect(cycles).toEqual([
      expect.objectContaining({ severity: "error", elements: ["user-service", "order-service"], flows: ["user-calls-order", "order-calls-user"], cycle: ["user-service", "order-service", "user-service"] }),
    ]);
  });

  it("turns the circular template's error into a warning when one call becomes a message", () => {
    const design = template("circular");
    const flow = design.flows!.find((f) => f.id === "order-calls-user")!;
    flow.kind = "async";
    flow.protocol = "message";
    expect(loadDesign(design).ok).toBe(true);
    expect(summary(design)).toContain("warning circular-dependency");
    expect(summary(design)).not.toContain("error circular-dependency");
  });

  it("gives mall-go its shared order database and saga loop as warnings, and no over-splitting", () => {
    const analysis = analyzeDesign(template("mall-go"));
    expect(summary(template("mall-go"))).toEqual(["warning circular-dependency", "warning shared-database", "info missing-circuit-breaker"]);
    const shared = analysis.findings.find((f) => f.code === "shared-database")!;
    expect(shared.elements).toEqual(["order-db", "order-service", "cart-service"]);
    expect(analysis.findings[0]).toMatchObject({ cycle: ["order-service", "payment-service", "order-service"], flows: ["order-created-pub", "order-created-payment", "payment-completed-pub", "payment-completed-order"] });
    expect(analysis.advice).toMatchObject({ recommendation: "microservices", step: "scalabilityRequirement" });
  });

  it("flags the over-split template as over-split and advises a monolith", () => {
    const analysis = analyzeDesign(template("over-split"));
    expect(summary(template("over-split"))).toEqual(["error circular-dependency", "warning over-splitting", "warning over-splitting"]);
    expect(Object.values(analysis.scores).map((s) => s.verdict)).toEqual(["keep-monolith", "keep-monolith", "keep-monolith", "keep-monolith"]);
    expect(analysis.advice?.recommendation).toBe("monolith");
  });

  it("finds nothing to say about the blank template", () => {
    expect(analyzeDesign(template("blank"))).toEqual({ findings: [], scores: {}, evidence: {} });
  });

  it("has a title and a message for every code", () => {
    for (const code of FINDING_CODES) expect(FINDING_TEXT[code].title.length).toBeGreaterThan(0);
  });

  it("never throws on a half-edited design: dangling flows, wrong kinds, repeated ids", () => {
    const id = fc.constantFrom("a", "b", "c", "db", "bus", "gw", "ctx", "ghost");
    const flow = fc.record({ from: id, to: id, kind: fc.constantFrom("sync" as const, "async" as const), event: fc.option(fc.constantFrom("E", "F"), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 15 }), fc.boolean(), (flows, project) => {
        const design = sketchDesign({
          contexts: ["ctx"],
          services: ["a", { id: "b", context: "ctx" }, { id: "c", context: "ghost", split: {} }, "a"],
          databases: [{ id: "db", context: "ctx", tables: ["t"] }],
          brokers: ["bus"],
          gateways: ["gw"],
          flows: flows.map(({ event, ...f }) => (event ? { ...f, event } : f)),
          ...(project ? { project: { teamSize: 3 } } : {}),
        });
        const analysis = analyzeDesign(design);
        expect(new Set(analysis.findings.map((f) => f.key)).size).toBe(analysis.findings.length);
      }),
    );
  });

  it("without evidence, when asked, and with everything else the same", () => {
    for (const design of [...TEMPLATES.map((t) => t.create()), generateDesign({ services: 300, seed: 3 })]) {
      const full = analyzeDesign(design);
      const lean = analyzeDesign(design, { evidence: false });
      expect(Object.keys(full.evidence).length).toBe(design.services?.length ?? 0);
      expect(lean.evidence).toEqual({});
      expect({ ...lean, evidence: full.evidence }).toEqual(full);
    }
  });
});
