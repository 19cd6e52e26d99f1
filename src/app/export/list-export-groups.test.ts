import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS } from "../../core/export/registry";
import { DESIGN_JSON_ID } from "./design-json-target";
import { dialogTargetById, listExportGroups } from "./list-export-groups";

describe("listExportGroups", () => {
  it("groups Gateways, Registries, Diagrams, then Design", () => {
    expect(listExportGroups().map((g) => g.title)).toEqual(["Gateways", "Registries", "Diagrams", "Design"]);
  });

  it("offers every core target once, in the order seams export --list prints them, and Design JSON last", () => {
    const ids = listExportGroups().flatMap((g) => g.targets.map((t) => t.id));
    expect(ids).toEqual([...EXPORT_TARGETS.map((t) => t.id), DESIGN_JSON_ID]);
  });

  it("puts each target in the group of its scope", () => {
    for (const g of listExportGroups()) for (const t of g.targets) expect(t.scope).toBe(g.scope);
  });

  it("leaves out a group with no targets", () => {
    expect(listExportGroups(EXPORT_TARGETS.filter((t) => t.scope === "registry")).map((g) => g.scope)).toEqual(["registry"]);
  });
});

describe("dialogTargetById", () => {
  it("finds core targets and Design JSON, and nothing else", () => {
    expect(dialogTargetById("nginx")?.title).toBe("nginx");
    expect(dialogTargetById(DESIGN_JSON_ID)?.scope).toBe("design");
    expect(dialogTargetById("word")).toBeUndefined();
  });
});
