import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../templates/mall-go";
import { databaseUsers } from "./find-shared-databases";
import { gatherEvidence } from "./gather-evidence";
import { gatherFacts } from "./gather-facts";
import { sketchDesign } from "./sketch-design";

const evidenceOf = (design = mallGoTemplate()) => {
  const facts = gatherFacts(design);
  return gatherEvidence(facts, databaseUsers(facts));
};

describe("gatherEvidence", () => {
  it("shows that mall-go's cart service shares the order database and order-service does not own its data alone", () => {
    const e = evidenceOf();
    expect(e["cart-service"]).toMatchObject({ ownsData: false, databases: ["order-db"], sharedDatabases: ["order-db"], callsOut: 1, calledBy: 1, team: "orders", teamServices: 1 });
    expect(e["user-service"]).toMatchObject({ ownsData: true, calledBy: 1, gatewayRoutes: 2, team: "identity" });
    expect(e["payment-service"]).toMatchObject({ publishes: 1, consumes: 1 });
  });

  it("counts distinct callers and callees, takes the context's team when the service has none", () => {
    const design = sketchDesign({ services: [{ id: "a", context: "x" }, "b"], flows: ["a -> b", "a -> b"] });
    design.contexts = [{ id: "x", name: "x", team: "core" }];
    const e = evidenceOf(design);
    expect(e.a).toMatchObject({ callsOut: 1, ownsData: false, team: "core", teamServices: 0 });
    expect(e.b).toMatchObject({ calledBy: 1, teamServices: 0 });
    expect(e.b!.team).toBeUndefined();
  });
});
