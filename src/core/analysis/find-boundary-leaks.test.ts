import { describe, expect, it } from "vitest";
import { findBoundaryLeaks } from "./find-boundary-leaks";
import { databaseUsers } from "./find-shared-databases";
import { gatherFacts } from "./gather-facts";
import { sketchDesign, type Sketch } from "./sketch-design";

const base = { contexts: ["ordering", "catalog"], services: [{ id: "cart", context: "ordering" }, { id: "catalog-svc", context: "catalog" }, "loose"], databases: [{ id: "product-db", context: "catalog" }] } satisfies Sketch;
const leaks = (flows: Sketch["flows"]) => {
  const facts = gatherFacts(sketchDesign({ ...base, flows }));
  return findBoundaryLeaks(facts, databaseUsers(facts));
};

describe("findBoundaryLeaks", () => {
  it("warns when a service uses another context's database", () => {
    expect(leaks(["cart -> product-db"])[0]).toMatchObject({ code: "cross-context-data-access", severity: "warning", elements: ["cart", "product-db"], contexts: ["ordering", "catalog"] });
  });

  it("leaves a shared foreign database to the shared-database rule", () => {
    expect(leaks(["cart -> product-db", "catalog-svc -> product-db"])).toEqual([]);
  });

  it("suggests a circuit breaker on a sync call into another context, unless it has one", () => {
    expect(leaks(["cart -> catalog-svc"]).map((f) => [f.code, f.severity])).toEqual([["missing-circuit-breaker", "info"]]);
    expect(leaks([{ from: "cart", to: "catalog-svc", kind: "sync", circuitBreaker: { failureRatio: 0.5 } }])).toEqual([]);
  });

  it("does not judge elements without a context", () => {
    expect(leaks(["loose -> product-db", "loose -> catalog-svc"])).toEqual([]);
  });
});
