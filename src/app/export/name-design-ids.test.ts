import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { nameDesignIds } from "./name-design-ids";

describe("nameDesignIds", () => {
  const design = mallGoTemplate();
  const nameOf = nameDesignIds(design);
  const user = design.services!.find((s) => s.id === "user-service")!;

  it("names an element by its name on the canvas", () => {
    expect(nameOf("user-service")).toBe(user.name);
  });

  it("names a gateway route by its path and the service it reaches", () => {
    expect(nameOf("route-auth")).toBe(`/api/auth → ${user.name}`);
  });

  it("names a flow by its label when it has one, else by its two ends", () => {
    const flow = design.flows!.find((f) => design.services!.some((s) => s.id === f.from))!;
    const from = design.services!.find((s) => s.id === flow.from)!.name;
    const labelled = nameDesignIds({ ...design, flows: design.flows!.map((f) => (f.id === flow.id ? { ...f, label: "checkout call" } : { ...f, label: undefined })) });
    expect(labelled(flow.id)).toBe("checkout call");
    const unlabelled = nameDesignIds({ ...design, flows: design.flows!.map((f) => ({ ...f, label: undefined })) });
    expect(unlabelled(flow.id)).toMatch(new RegExp(`^${from} → `));
  });

  it("leaves an id it does not know as it is", () => {
    expect(nameOf("ghost")).toBe("ghost");
  });
});
