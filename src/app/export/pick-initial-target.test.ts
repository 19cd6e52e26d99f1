import { describe, expect, it } from "vitest";
import { emptyDesign } from "../../core/model/elements";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { listExportGroups } from "./list-export-groups";
import { pickInitialTarget } from "./pick-initial-target";

describe("pickInitialTarget", () => {
  const groups = listExportGroups();

  it("opens on the first gateway target when the design has a gateway", () => {
    expect(pickInitialTarget(mallGoTemplate(), groups, undefined)).toBe("gateway-json");
  });

  it("opens on the first registry target when it has none", () => {
    expect(pickInitialTarget(emptyDesign(), groups, undefined)).toBe("consul");
  });

  it("reopens on the person's last choice", () => {
    expect(pickInitialTarget(emptyDesign(), groups, "nginx")).toBe("nginx");
  });

  it("ignores a remembered id that is no longer a target", () => {
    expect(pickInitialTarget(emptyDesign(), groups, "gone")).toBe("consul");
  });
});
