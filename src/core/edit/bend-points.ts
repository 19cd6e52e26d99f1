/**
 * The small bend-point helpers paste and auto-layout need on every start;
 * the editing itself (flow-bends.ts) loads with the first bend.
 */
import type { Design, Point } from "../model/schema";

const LIMIT = 1_000_000;
const clamp = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, Math.round(v)));

/** A point rounded to whole numbers (what a share link packs smallest) and kept inside the format's range. */
export const tidyPoint = (p: Point): Point => ({ x: clamp(p.x), y: clamp(p.y) });

/** Removes every bend (auto-layout moves the elements, and old bends would zigzag across the new layout). */
export function clearBends(design: Design): Design {
  if (!(design.flows ?? []).some((f) => f.bends)) return design;
  return { ...design, flows: design.flows!.map((f) => (f.bends ? (({ bends: _b, ...rest }) => rest)(f) : f)) };
}

/** The bends shifted by `offset` (a pasted copy sits beside the original, its bends with it). */
export function shiftBends(bends: readonly Point[], offset: Point): Point[] {
  return bends.map((b) => tidyPoint({ x: b.x + offset.x, y: b.y + offset.y }));
}
