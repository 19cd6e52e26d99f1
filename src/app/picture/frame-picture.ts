/** Pictures are drawn at the canvas's own scale (zoom 1) up to this many pixels a side. */
export const MAX_PICTURE_SIDE = 4096;
/** Space around the outermost elements, in canvas pixels. */
export const PICTURE_MARGIN = 40;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The picture's size and the transform that puts every element in it: zoom 1
 * when it fits in `MAX_PICTURE_SIDE`, smaller when the design is larger.
 * @example framePicture({ x: -10, y: 20, width: 400, height: 300 }) // { width: 480, height: 380, zoom: 1, x: 50, y: 20 }
 */
export function framePicture(bounds: Bounds): { width: number; height: number; zoom: number; x: number; y: number } {
  const w = Math.max(1, bounds.width) + 2 * PICTURE_MARGIN;
  const h = Math.max(1, bounds.height) + 2 * PICTURE_MARGIN;
  const zoom = Math.min(1, MAX_PICTURE_SIDE / w, MAX_PICTURE_SIDE / h);
  return {
    width: Math.ceil(w * zoom),
    height: Math.ceil(h * zoom),
    zoom,
    x: (PICTURE_MARGIN - bounds.x) * zoom,
    y: (PICTURE_MARGIN - bounds.y) * zoom,
  };
}
