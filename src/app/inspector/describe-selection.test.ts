import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { translateFor } from "../../i18n/catalog-source";

describe("describeSelection", () => {
  const design = mallGoTemplate();
  const en = translateFor("en");

  it("counts the selection by kind in palette order, singular for one", () => {
    expect(describeSelection(design, ["route-auth", "order-service", "cart-service", "ordering"], en)).toBe("1 context, 2 services, 1 flow");
  });

  it("skips ids that are no longer in the design", () => {
    expect(describeSelection(design, ["gone", "order-db"], en)).toBe("1 database");
  });

  it("speaks Chinese with Chinese counters and list marks", () => {
    expect(describeSelection(design, ["route-auth", "order-service", "cart-service", "ordering"], translateFor("zh-CN"))).toBe("1 个上下文、2 个服务、1 条流");
  });
});
