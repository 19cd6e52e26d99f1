/**
 * Pictures of the whole design (not just what is on screen), from React
 * Flow's viewport element as html-to-image draws it. One SVG is made,
 * repaired (edge paint), trimmed (styles each element would get anyway) and
 * cleaned (nothing that runs); the PNG is that same SVG drawn at twice the
 * pixels.
 * html-to-image and DOMPurify load on first use only.
 */
import type { Rect } from "@xyflow/react";
import { downloadBlob, safeFileName } from "../files/download";
import { framePicture } from "./frame-picture";
import { copySvgPaint } from "./copy-svg-paint";
import { trimInlineStyles } from "./trim-inline-styles";
import { PICTURE_STYLE_PROPERTIES } from "./picture-style";

export type PictureFormat = "png" | "svg";

/** Pictures at twice the pixels look sharp on high-density screens; past this many pixels, once is enough. */
const MAX_PIXELS_FOR_DOUBLE = 16_000_000;
const BACKGROUND = "#f8fafc";

/** Handles, the minimap and the canvas's dot grid are for editing, not for the picture. */
const EDITING_ONLY = ["react-flow__handle", "react-flow__minimap", "react-flow__controls", "react-flow__background", "seams-dot-grid"];
function keep(node: HTMLElement): boolean {
  const c = node.classList;
  return !c || !EDITING_ONLY.some((name) => c.contains(name));
}

/** Draws the design framed by `bounds` and offers the file for download. */
export async function exportPicture(format: PictureFormat, bounds: Rect, designName: string): Promise<void> {
  const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport) throw new Error("the canvas is not on screen");
  const frame = framePicture(bounds);
  // The drawing library and the sanitizer load on first use only.
  const [{ toSvg }, { parseSvg, sanitizeSvgDocument }] = await Promise.all([import("html-to-image"), import("./sanitize-svg")]);
  const url = await toSvg(viewport, {
    backgroundColor: BACKGROUND,
    width: frame.width,
    height: frame.height,
    // No web fonts to embed (the app uses system fonts); skipping them also skips reading every stylesheet.
    skipFonts: true,
    // Only what changes the look: every property on every element made pictures tens of MB and took seconds.
    includeStyleProperties: PICTURE_STYLE_PROPERTIES,
    filter: keep,
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: `translate(${frame.x}px, ${frame.y}px) scale(${frame.zoom})` },
  });
  const doc = parseSvg(decodeURIComponent(url.slice(url.indexOf(",") + 1)));
  copySvgPaint(viewport, doc);
  trimInlineStyles(doc);
  const svg = sanitizeSvgDocument(doc);
  const file = `${safeFileName(designName)}.${format}`;
  switch (format) {
    case "svg":
      downloadBlob(file, new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
      return;
    case "png":
      downloadBlob(file, await rasterize(svg, frame.width, frame.height));
      return;
    default: {
      const never: never = format;
      throw new Error(`unknown picture format ${String(never)}`);
    }
  }
}

async function rasterize(svg: string, width: number, height: number): Promise<Blob> {
  const ratio = width * height * 4 <= MAX_PIXELS_FOR_DOUBLE ? 2 : 1;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("the browser could not draw the picture");
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("the browser could not draw the picture");
  return blob;
}
