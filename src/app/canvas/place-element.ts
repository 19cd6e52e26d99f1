/**
 * Where a new element goes. A palette click puts it in free space near the
 * middle of the view, never on top of another element; a drop puts it where
 * it was let go, but wholly inside the view (a context dropped near the edge
 * used to land half off-screen). Pure: boxes in, top-left corner out.
 */
import type { Rect } from "./floating-edge";

/** Room kept between a new element and its neighbours, and from the view's border. */
export const PLACE_GAP = 24;
const STEP = 24;
const MAX_RINGS = 60;
let offsets: [number, number][] | undefined;
/** Grid offsets around the wanted spot, nearest first (built on first use). */
function gridOffsets(): [number, number][] {
  if (offsets) return offsets;
  offsets = [];
  for (let i = -MAX_RINGS; i <= MAX_RINGS; i++) for (let j = -MAX_RINGS; j <= MAX_RINGS; j++) offsets.push([i, j]);
  return offsets.sort((a, b) => a[0] * a[0] + a[1] * a[1] - (b[0] * b[0] + b[1] * b[1]));
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Moves a box of `size` with its top-left at `p` the least distance that puts it inside `view` (with a margin), when it fits. */
export function clampIntoView(p: { x: number; y: number }, size: { width: number; height: number }, view: Rect, margin = PLACE_GAP / 2): { x: number; y: number } {
  const clamp = (v: number, lo: number, hi: number) => (hi < lo ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi));
  return {
    x: clamp(p.x, view.x + margin, view.x + view.width - size.width - margin),
    y: clamp(p.y, view.y + margin, view.y + view.height - size.height - margin),
  };
}

/**
 * The top-left corner for a box of `size` as near `centre` as there is room:
 * clear of every obstacle by `PLACE_GAP`, inside `view` while there is room
 * there, else the nearest free spot outside it.
 */
export function freeSpot(obstacles: readonly Rect[], size: { width: number; height: number }, centre: { x: number; y: number }, view?: Rect): { x: number; y: number } {
  const start = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  const origin = view ? clampIntoView(start, size, view) : start;
  const candidates = gridOffsets().map(([i, j]) => ({ x: origin.x + i * STEP, y: origin.y + j * STEP }));
  // Only obstacles within reach of the search matter (a large design has thousands elsewhere).
  const reach = { x: origin.x - MAX_RINGS * STEP, y: origin.y - MAX_RINGS * STEP, width: 2 * MAX_RINGS * STEP + size.width, height: 2 * MAX_RINGS * STEP + size.height };
  const near = obstacles.filter((o) => overlaps(o, reach, PLACE_GAP));
  const free = (c: { x: number; y: number }) => !near.some((o) => overlaps({ ...c, ...size }, o, PLACE_GAP));
  const inView = (c: { x: number; y: number }) => !view || (c.x >= view.x && c.y >= view.y && c.x + size.width <= view.x + view.width && c.y + size.height <= view.y + view.height);
  const best = candidates.find((c) => inView(c) && free(c)) ?? candidates.find(free);
  return best ? { x: Math.round(best.x), y: Math.round(best.y) } : { x: Math.round(origin.x), y: Math.round(origin.y) };
}
