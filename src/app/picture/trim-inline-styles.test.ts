// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { trimInlineStyles } from "./trim-inline-styles";

const XHTML = "http://www.w3.org/1999/xhtml";

/** A picture whose elements carry the given inline styles, nested in order (outermost first). */
function nested(...styles: string[]): Document {
  const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject/></svg>', "image/svg+xml");
  let parent: Element = doc.getElementsByTagName("foreignObject")[0]!;
  for (const style of styles) {
    const div = doc.createElementNS(XHTML, "div");
    div.setAttribute("style", style);
    parent.appendChild(div);
    parent = div;
  }
  return doc;
}
const styleOf = (doc: Document, depth: number) => (doc.getElementsByTagName("div")[depth] as HTMLElement).style;

describe("trimming a picture's inline styles", () => {
  it("drops an inherited property equal to the parent's and keeps one that differs", () => {
    const doc = nested("color: rgb(1, 2, 3); font-size: 13px", "color: rgb(1, 2, 3); font-size: 11px");
    trimInlineStyles(doc);
    expect(styleOf(doc, 0).getPropertyValue("color")).toBe("rgb(1, 2, 3)");
    expect(styleOf(doc, 1).getPropertyValue("color")).toBe("");
    expect(styleOf(doc, 1).getPropertyValue("font-size")).toBe("11px");
  });

  it("compares with what the parent had, even after the parent's own copy was dropped", () => {
    const doc = nested("color: red", "color: red", "color: red");
    trimInlineStyles(doc);
    expect([0, 1, 2].map((d) => styleOf(doc, d).getPropertyValue("color"))).toEqual(["red", "", ""]);
  });

  it("drops other properties at their initial value and keeps the rest", () => {
    const doc = nested("position: static; opacity: 1; padding-top: 0px; padding-left: 8px; box-shadow: none; display: flex");
    trimInlineStyles(doc);
    const s = styleOf(doc, 0);
    expect([s.getPropertyValue("position"), s.getPropertyValue("opacity"), s.getPropertyValue("padding-top"), s.getPropertyValue("box-shadow")]).toEqual(["", "", "", ""]);
    expect(s.getPropertyValue("padding-left")).toBe("8px");
    expect(s.getPropertyValue("display")).toBe("flex");
  });

  it("drops a border side that is not drawn, whatever its colour, and keeps one that is", () => {
    const doc = nested("border-top-style: none; border-top-width: 0px; border-top-color: rgb(9, 9, 9); border-left-style: solid; border-left-width: 1px; border-left-color: rgb(9, 9, 9)");
    trimInlineStyles(doc);
    const s = styleOf(doc, 0);
    expect(s.getPropertyValue("border-top-color")).toBe("");
    expect(s.getPropertyValue("border-left-color")).toBe("rgb(9, 9, 9)");
    expect(s.getPropertyValue("border-left-width")).toBe("1px");
  });

  it("leaves an svg's own style whole: the browser clips an svg unless told otherwise", () => {
    const doc = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" style="color: red"><svg xmlns="http://www.w3.org/2000/svg" style="overflow-x: visible; overflow-y: visible; color: red"/></div></foreignObject></svg>', "image/svg+xml");
    trimInlineStyles(doc);
    const inner = doc.getElementsByTagName("svg")[1] as unknown as SVGSVGElement;
    expect(inner.style.getPropertyValue("overflow-x")).toBe("visible");
    expect(inner.style.getPropertyValue("color")).toBe("red");
  });
});
