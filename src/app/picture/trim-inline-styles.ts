import { BORDER_SIDES, INHERITED, INITIAL } from "./picture-style";

type Styled = Element & ElementCSSInlineStyle;

/**
 * Elements the browser's own stylesheet leaves alone for these properties,
 * so "initial" and "what the parent has" really are what a bare clone gets.
 * Not `svg` (the browser clips it: `overflow: hidden`), nor buttons, inputs,
 * headings, lists: their own defaults differ and their styles stay whole.
 */
const PLAIN = new Set(["div", "span", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "text", "tspan"]);
const hasStyle = (el: Element): el is Styled => (el as Partial<Styled>).style !== undefined && el.hasAttribute("style");

/**
 * Removes from each element's inline style what it would get anyway: an
 * inherited property equal to its parent's, any other property at its
 * initial value, a border side that is not drawn. The picture looks the
 * same and is many times smaller. Parents are visited before children.
 */
export function trimInlineStyles(doc: Document): void {
  // What each element's inherited properties were before trimming: a child compares with these, not with what is left.
  const seen = new Map<Element, Map<string, string>>();
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    if (!hasStyle(el)) continue;
    const style = el.style;
    const parent = el.parentElement ? seen.get(el.parentElement) : undefined;
    const plain = PLAIN.has(el.localName.toLowerCase());
    const mine = new Map<string, string>();
    for (const p of INHERITED) {
      const v = style.getPropertyValue(p);
      const from = parent?.get(p);
      mine.set(p, v || from || "");
      if (plain && v && from === v) style.removeProperty(p);
    }
    seen.set(el, mine);
    if (!plain) continue;
    for (const b of BORDER_SIDES) {
      if (style.getPropertyValue(b.style) === "none" || style.getPropertyValue(b.width) === "0px") for (const p of [b.style, b.width, b.color]) style.removeProperty(p);
    }
    if (style.getPropertyValue("transform") === "none") style.removeProperty("transform-origin");
    if (style.getPropertyValue("outline-style") === "none") for (const p of ["outline-color", "outline-width", "outline-offset"]) style.removeProperty(p);
    for (const [p, initial] of Object.entries(INITIAL)) if (initial && style.getPropertyValue(p) === initial) style.removeProperty(p);
  }
}
