/**
 * html-to-image copies each HTML element's computed style into the picture,
 * but clones an `<svg>` whole without looking inside: edge lines and arrow
 * heads, painted by stylesheet classes, come out unstroked (invisible). This
 * copies the paint of every element inside each live `<svg>` onto its clone.
 */

const PAINT = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "opacity", "visibility", "display"] as const;

/**
 * Writes the live canvas's SVG paint into the picture's style attributes.
 * Elements are paired by document order; an `<svg>` whose clone differs in
 * shape from the live one is left as it was.
 */
export function copySvgPaint(live: Element, doc: Document): void {
  // By name, not namespace: inside the foreignObject's XHTML, not every parser puts inner <svg> in the SVG namespace.
  const clones = Array.from(doc.getElementsByTagName("svg")).filter((el) => el !== (doc.documentElement as Element));
  const originals = Array.from(live.querySelectorAll("svg"));
  if (clones.length !== originals.length) return;
  originals.forEach((original, i) => {
    const from = [original, ...Array.from(original.querySelectorAll("*"))];
    const to = [clones[i]!, ...Array.from(clones[i]!.getElementsByTagName("*"))];
    if (from.length !== to.length || from.some((el, j) => el.localName.toLowerCase() !== to[j]!.localName.toLowerCase())) return;
    from.forEach((el, j) => {
      if (j === 0) return; // the <svg> itself got its style from html-to-image
      const cs = getComputedStyle(el);
      const style = PAINT.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(";");
      const own = to[j]!.getAttribute("style");
      to[j]!.setAttribute("style", own ? `${style};${own}` : style);
    });
  });
}
