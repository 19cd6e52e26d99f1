import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addFlow, removeIds, uniqueId, updateElement, updateFlow, usedIds } from "../edit/edit-design";
import { renameElement } from "../edit/rename-element";
import { circularTemplate } from "../templates/circular";
import { mallGoTemplate } from "../templates/mall-go";
import { overSplitTemplate } from "../templates/over-split";
import type { Design, Flow } from "../model/schema";
import { analyzeDesign } from "./analyze-design";
import { generateDesign } from "./generate-design";
import { updateAnalysis } from "./update-analysis";

const designs: Design[] = [mallGoTemplate(), circularTemplate(), overSplitTemplate(), generateDesign({ services: 120, flowsPerService: 3, seed: 3 }), generateDesign({ services: 60, flowsPerService: 4, seed: 8 })];
const elementIds = (design: Design) => [...(design.services ?? []), ...(design.databases ?? []), ...(design.contexts ?? []), ...(design.brokers ?? []), ...(design.gateways ?? [])].map((e) => e.id);

/** Edits a person makes in the inspector, to any element: fields no rule reads, split sliders, names, contexts, and fields every rule reads. */
const elementEdit = fc.oneof(
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
  // Names: random ones, and stems that make or break a family of over-split services (typed a letter at a time).
  fc.record({ field: fc.constant("name"), value: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("user-x", "user-y", "order-", "Order Service", "u", "user-profile-a", "ship")) }),
  // A new name that carries the id along, as the inspector does while the id follows the name (flows, events and routes follow).
  fc.record({ field: fc.constant("id"), value: fc.constantFrom("order-service", "billing", "x") }),
  fc.record({ field: fc.constantFrom("team", "context", "tables"), value: fc.constantFrom("team-1", "team-2", "ctx-00000", "ctx-00003", "users", "ordering", ["t"], ["a", "b"], undefined) }),
);

/** Flow edits from the inspector and the canvas: protocol, kind, event, resilience settings, new ends, a new flow, a deleted one. */
const flowEdit = fc.oneof(
  // Each field with values of its own type, as the inspector gives them (a bend list as a route path once crashed the id rename below).
  fc.record({ field: fc.constant("protocol"), value: fc.constantFrom("http", "grpc", "amqp", undefined) }),
  fc.record({ field: fc.constant("label"), value: fc.constantFrom("x", "order data", undefined) }),
  fc.record({ field: fc.constant("path"), value: fc.constantFrom("/api", "/api/orders", undefined) }),
  fc.record({ field: fc.constant("methods"), value: fc.constantFrom(["GET"], ["GET", "POST"], undefined) }),
  fc.record({ field: fc.constant("bends"), value: fc.constantFrom([{ x: 1, y: 2 }], undefined) }),
  fc.record({ field: fc.constant("kind"), value: fc.constantFrom("sync", "async") }),
  fc.record({ field: fc.constant("event"), value: fc.constantFrom("order-created", "e1", undefined) }),
  fc.record({ field: fc.constant("timeout"), value: fc.constantFrom("100ms", "2s", "30s", undefined) }),
  fc.record({ field: fc.constant("retry"), value: fc.constantFrom({ maxRetries: 3 }, { maxRetries: 9, delay: "1s", on: [502, 503] }, { maxRetries: 0 }, undefined) }),
  fc.record({ field: fc.constant("circuitBreaker"), value: fc.constantFrom({ failureRatio: 0.5, minRequests: 5, openFor: "30s", halfOpenRequests: 5 }, undefined) }),
  fc.record({ field: fc.constantFrom("from", "to"), value: fc.nat() }),
  fc.record({ field: fc.constant("add"), value: fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<Flow["kind"]>("sync", "async"), fc.constantFrom(undefined, "e1", "order-created")) }),
  fc.record({ field: fc.constant("remove"), value: fc.constant(undefined) }),
);

/** Applies one generated edit to the element or flow the number picks. */
function apply(design: Design, at: number, edit: { kind: "element" | "flow"; field: string; value: unknown }): Design {
  const ids = elementIds(design);
  const flows = design.flows ?? [];
  if (edit.kind === "element" && edit.field === "id") {
    const id = ids[at % ids.length]!;
    const to = uniqueId(edit.value as string, usedIds(design));
    return updateElement(renameElement(design, id, to), to, { name: to });
  }
  if (edit.kind === "element") return updateElement(design, ids[at % ids.length]!, { [edit.field]: edit.value });
  if (edit.field === "add") {
    const [from, to, kind, event] = edit.value as [number, number, Flow["kind"], string | undefined];
    return addFlow(design, { id: `new-flow-${flows.length}`, from: ids[from % ids.length]!, to: ids[to % ids.length]!, kind, ...(event ? { event } : {}) });
  }
  if (flows.length === 0) return design;
  const flow = flows[at % flows.length]!;
  if (edit.field === "remove") return removeIds(design, [flow.id]);
  if (edit.field === "from" || edit.field === "to") return updateFlow(design, flow.id, { [edit.field]: ids[(edit.value as number) % ids.length] });
  return updateFlow(design, flow.id, { [edit.field]: edit.value });
}

const anyEdit = fc.oneof(elementEdit.map((e) => ({ kind: "element" as const, ...e })), flowEdit.map((e) => ({ kind: "flow" as const, ...e })));

describe("updateAnalysis", () => {
  it("gives exactly the full analysis, or undefined, for any few inspector edits to elements and flows", () => {
    const incremental = new Set<string>();
    fc.assert(
      // Stepwise, as a person types (each update starts from the facts the last one left); or all at once, as an undo of several edits.
      fc.property(fc.constantFrom(...designs), fc.array(fc.tuple(fc.nat(), anyEdit), { minLength: 1, maxLength: 4 }), fc.boolean(), (design, edits, stepwise) => {
        let before = design;
        let analysis = analyzeDesign(design);
        let after = design;
        for (const [i, [at, edit]] of edits.entries()) {
          after = apply(after, at, edit);
          if (!stepwise && i < edits.length - 1) continue;
          const updated = updateAnalysis(before, after, analysis);
          const full = analyzeDesign(after);
          if (updated) {
            for (const [, e] of stepwise ? [edits[i]!] : edits) incremental.add(`${e.kind}.${e.field}`);
            expect(updated).toEqual(full);
          }
          before = after;
          analysis = updated ?? full;
        }
      }),
      { numRuns: 600 },
    );
    // Every kind of edit the issue names went the incremental way in some run (and was held equal to the full run there).
    for (const field of ["element.name", "element.context", "element.team", "element.split", "flow.protocol", "flow.kind", "flow.event", "flow.timeout", "flow.retry", "flow.circuitBreaker", "flow.from", "flow.to", "flow.add", "flow.remove"])
      expect(incremental).toContain(field);
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

  it("renames a service in the findings that name it, and keeps every other finding object as it was", () => {
    const design = circularTemplate();
    const analysis = analyzeDesign(design);
    const cycle = analysis.findings.find((f) => f.code === "circular-dependency")!;
    const renamed = updateElement(design, cycle.elements[0]!, { name: "Renamed Service" });
    const updated = updateAnalysis(design, renamed, analysis)!;
    expect(updated).toEqual(analyzeDesign(renamed));
    expect(updated.findings.find((f) => f.code === "circular-dependency")!.message).toContain("Renamed Service");
    expect(updated.evidence).toBe(analysis.evidence);
  });

  it("re-judges a flow's protocol, a new flow and a removed one without the full run", () => {
    const design = mallGoTemplate();
    const analysis = analyzeDesign(design);
    const flow = design.flows!.find((f) => f.kind === "sync")!;
    expect(updateAnalysis(design, updateFlow(design, flow.id, { protocol: "grpc" }), analysis)).toBe(analysis);
    const [a, b] = design.services!;
    const added = addFlow(design, { id: "back", from: flow.to, to: flow.from, kind: "sync" });
    expect(updateAnalysis(design, added, analysis)).toEqual(analyzeDesign(added));
    expect(updateAnalysis(design, added, analysis)!.findings.some((f) => f.code === "circular-dependency")).toBe(true);
    const removed = removeIds(design, [flow.id]);
    expect(updateAnalysis(design, removed, analysis)).toEqual(analyzeDesign(removed));
    const moved = updateElement(design, a!.id, { context: b!.context ?? undefined });
    expect(updateAnalysis(design, moved, analysis)).toEqual(analyzeDesign(moved));
  });

  it("leaves a new id with flows, new or removed elements and many changes at once to the full run", () => {
    const design = mallGoTemplate();
    const analysis = analyzeDesign(design);
    const id = design.services![0]!.id;
    const renamed = updateElement(renameElement(design, id, "account-service"), "account-service", { name: "account-service" });
    expect(updateAnalysis(design, renamed, analysis)).toBeUndefined();
    expect(updateAnalysis(design, removeIds(design, [id]), analysis)).toBeUndefined();
    expect(updateAnalysis(design, { ...design, flows: [] }, analysis)).toBeUndefined();
  });
});
