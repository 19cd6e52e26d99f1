/**
 * The viewport that shows a rectangle of the design centred with a margin,
 * never zoomed in past `maxZoom`. Computed from the design's own boxes, so
 * framing works whether or not React Flow has measured the nodes yet.
 */
import type { Rect } from "./floating-edge";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export function frameRect(r: Rect, view: { width: number; height: number }, opts: { padding: number; maxZoom: number; minZoom: number }): Viewport {
  const w = Math.max(r.width, 1) * (1 + 2 * opts.padding);
  const h = Math.max(r.height, 1) * (1 + 2 * opts.padding);
  const zoom = Math.max(opts.minZoom, Math.min(opts.maxZoom, view.width / w, view.height / h));
  return { x: view.width / 2 - (r.x + r.width / 2) * zoom, y: view.height / 2 - (r.y + r.height / 2) * zoom, zoom };
}

/** The smallest rectangle around some boxes; undefined for none. */
export function unionRect(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return Number.isFinite(minX) ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
}
