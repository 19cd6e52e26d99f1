/**
 * An SVG made from the canvas carries text from the design (names, routes),
 * and a shared design's text is anyone's. The picture is opened by other
 * programs, not only by this page and its CSP, so it leaves with nothing
 * that can run: no script or embedding elements, no `on…` handlers, no
 * `javascript:` (or other non-image) links, no animation that could set one.
 */

const DROPPED_ELEMENTS = new Set(["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base", "link", "meta", "handler", "listener", "portal"]);
const ANIMATIONS = new Set(["set", "animate", "animatetransform", "animatemotion"]);
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src", "action", "formaction", "data", "background", "poster", "srcset"]);
/** What a link in the picture may point to: inside the picture, or an image. */
const SAFE_URL = /^(?:#|data:image\/(?:png|jpeg|gif|webp);)/i;

export class UnsafeSvgError extends Error {}

/** Browsers ignore control characters and spaces inside a URL scheme (`java\tscript:`); so does this check. */
const squash = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, "");

/**
 * The SVG text with everything that could run removed; throws `UnsafeSvgError`
 * for text that is not one well-formed SVG document.
 * @example sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>') // '<svg xmlns="http://www.w3.org/2000/svg"/>'
 */
export function sanitizeSvg(svgText: string): string {
  const doc = parseSvg(svgText);
  sanitizeSvgDocument(doc);
  return new XMLSerializer().serializeToString(doc);
}

/** Parses SVG text; throws `UnsafeSvgError` unless it is one well-formed SVG document. */
export function parseSvg(svgText: string): Document {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || doc.getElementsByTagName("parsererror").length > 0) throw new UnsafeSvgError("the picture is not a well-formed SVG document");
  return doc;
}

/** Removes, in place, everything in an SVG document that could run. */
export function sanitizeSvgDocument(doc: Document): void {
  // A static copy: removing elements while walking a live list skips some.
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const name = el.localName.toLowerCase();
    if (DROPPED_ELEMENTS.has(name)) {
      el.remove();
      continue;
    }
    if (ANIMATIONS.has(name) && /^(?:on|href$|xlink:href$)/i.test(squash(el.getAttribute("attributeName") ?? ""))) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith("on")) el.removeAttribute(attr.name);
      else if (URL_ATTRIBUTES.has(attrName) || attr.localName.toLowerCase() === "href") {
        if (!SAFE_URL.test(squash(attr.value))) el.removeAttributeNode(attr);
      }
    }
  }
}
