import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clampIntoView, freeSpot, PLACE_GAP } from "./place-element";

const size = { width: 208, height: 64 };
const view = { x: 0, y: 0, width: 1200, height: 800 };
const clear = (a: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x >= b.x + b.width + PLACE_GAP || b.x >= a.x + size.width + PLACE_GAP || a.y >= b.y + b.height + PLACE_GAP || b.y >= a.y + size.height + PLACE_GAP;

describe("placing a new element", () => {
  it("takes the middle of the view when it is free", () => {
    expect(freeSpot([], size, { x: 600, y: 400 }, view)).toEqual({ x: 496, y: 368 });
  });

  it("never lands on an element placed before, click after click", () => {
    const placed: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const p = freeSpot(placed, size, { x: 600, y: 400 }, view);
      for (const o of placed) expect(clear(p, o)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + size.width).toBeLessThanOrEqual(1200);
      placed.push({ ...p, ...size });
    }
  });

  it("finds free space among any obstacles", () => {
    const box = fc.record({ x: fc.integer({ min: -400, max: 1400 }), y: fc.integer({ min: -400, max: 1000 }), width: fc.integer({ min: 20, max: 500 }), height: fc.integer({ min: 20, max: 400 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 15 }), (obstacles) => {
        const p = freeSpot(obstacles, size, { x: 600, y: 400 }, view);
        for (const o of obstacles) expect(clear(p, o)).toBe(true);
      }),
    );
  });

  it("keeps a dropped box inside the view", () => {
    expect(clampIntoView({ x: 1100, y: -50 }, { width: 420, height: 280 }, view)).toEqual({ x: 1200 - 420 - 12, y: 12 });
    expect(clampIntoView({ x: 300, y: 200 }, { width: 420, height: 280 }, view)).toEqual({ x: 300, y: 200 });
  });
});
