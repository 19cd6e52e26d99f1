import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../templates/mall-go";
import { countElements, ELEMENT_KINDS, emptyDesign, forEachElement, indexElements } from "./elements";

describe("the one walk over a design's element collections", () => {
  const design = mallGoTemplate();

  it("visits every element once, with its kind and index, in ELEMENT_KINDS order", () => {
    const seen: string[] = [];
    forEachElement(design, (kind, el, index) => {
      expect(indexElements(design).get(el.id)).toMatchObject({ kind, index });
      seen.push(kind);
    });
    expect(seen).toHaveLength(indexElements(design).size);
    expect([...new Set(seen)]).toEqual(ELEMENT_KINDS.filter((k) => seen.includes(k)));
  });

  it("counts elements of every kind, and no flows", () => {
    expect(countElements(design)).toBe(indexElements(design).size);
    expect(countElements(design)).toBe((design.contexts!.length + design.services!.length + design.databases!.length + design.brokers!.length + design.gateways!.length));
    expect(countElements(emptyDesign())).toBe(0);
    expect(countElements({ ...emptyDesign(), flows: [{ id: "f", from: "a", to: "b", kind: "sync" }] })).toBe(0);
  });
});
