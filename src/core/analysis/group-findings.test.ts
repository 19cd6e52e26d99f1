import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../templates/mall-go";
import { analyzeDesign } from "./analyze-design";
import { groupFindings } from "./group-findings";

describe("groupFindings", () => {
  const badges = groupFindings(analyzeDesign(mallGoTemplate()).findings);

  it("marks each element with its codes and its worst severity", () => {
    expect(badges.get("order-db")).toMatchObject({ severity: "warning", codes: ["shared-database"] });
    expect(badges.get("order-service")?.codes).toEqual(["circular-dependency", "shared-database"]);
    expect(badges.get("cart-service")).toMatchObject({ severity: "warning", codes: ["shared-database", "missing-circuit-breaker"] });
  });

  it("marks the flows of a cycle so the canvas can draw those edges", () => {
    expect(badges.get("order-created-pub")?.codes).toEqual(["circular-dependency"]);
    expect(badges.has("route-auth")).toBe(false);
  });
});
