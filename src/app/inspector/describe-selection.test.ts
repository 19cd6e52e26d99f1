import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";
import { mallGoTemplate } from "../../core/templates/mall-go";

describe("describeSelection", () => {
  const design = mallGoTemplate();

  it("counts the selection by kind in palette order, singular for one", () => {
    expect(describeSelection(design, ["route-auth", "order-service", "cart-service", "ordering"])).toBe("1 context, 2 services, 1 flow");
  });

  it("skips ids that are no longer in the design", () => {
    expect(describeSelection(design, ["gone", "order-db"])).toBe("1 database");
  });
});
