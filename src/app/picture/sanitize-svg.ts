/**
 * An SVG made from the canvas carries text from the design (names, routes),
 * and a shared design's text is anyone's. The picture is opened by other
 * programs, not only by this page and its CSP, so it leaves with nothing
 * that can run.
 *
 * An allowlist, not a blocklist: DOMPurify keeps only the elements and
 * attributes of its SVG (and SVG filter) profile, plus the HTML that
 * html-to-image draws inside `<foreignObject>` (the HTML profile, allowed
 * only there by DOMPurify's namespace rules). Scripts, `on…` handlers,
 * `javascript:` links and animations are simply not on the list. Links keep
 * only `#fragment` and `data:image/…` targets.
 */
import DOMPurify from "dompurify";

export class UnsafeSvgError extends Error {}

const SVG_NS = "http://www.w3.org/2000/svg";
/** What a link in the picture may point to: inside the picture, or an image. */
const SAFE_URL = /^(?:#|data:image\/(?:png|jpeg|gif|webp);)/i;

const CONFIG = {
  USE_PROFILES: { svg: true, svgFilters: true, html: true },
  // html-to-image draws the canvas as HTML inside <foreignObject>: allowed there, and only there.
  ADD_TAGS: ["foreignObject"],
  HTML_INTEGRATION_POINTS: { foreignobject: true },
  NAMESPACE: SVG_NS,
  PARSER_MEDIA_TYPE: "application/xhtml+xml",
};
const URL_ATTRIBUTES = new Set(["href", "xlink:href", "src"]);

// Links the allowlist lets through (http:, relative paths) still leave the picture: only its own anchors and images stay.
DOMPurify.addHook("uponSanitizeAttribute", (_node, data) => {
  if (URL_ATTRIBUTES.has(data.attrName.toLowerCase()) && !SAFE_URL.test(data.attrValue.replace(/[\u0000-\u0020\u007f-\u009f]+/g, ""))) data.keepAttr = false;
});

/**
 * The SVG text with only what its allowlist keeps; throws `UnsafeSvgError`
 * for text that is not one well-formed SVG document.
 * @example sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>') // '<svg xmlns="http://www.w3.org/2000/svg"></svg>'
 */
export function sanitizeSvg(svgText: string): string {
  return sanitizeSvgDocument(parseSvg(svgText));
}

/** Parses SVG text; throws `UnsafeSvgError` unless it is one well-formed SVG document. */
export function parseSvg(svgText: string): Document {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "svg" || doc.getElementsByTagName("parsererror").length > 0) throw new UnsafeSvgError("the picture is not a well-formed SVG document");
  return doc;
}

/** The document as SVG text with only what the allowlist keeps. */
export function sanitizeSvgDocument(doc: Document): string {
  const clean = DOMPurify.sanitize(new XMLSerializer().serializeToString(doc), CONFIG as Parameters<typeof DOMPurify.sanitize>[1]);
  if (!/^<svg[\s>]/.test(clean)) throw new UnsafeSvgError("the picture is not an SVG document");
  return clean;
}
