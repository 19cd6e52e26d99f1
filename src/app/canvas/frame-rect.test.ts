import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { frameRect, unionRect } from "./frame-rect";

const OPTS = { padding: 0.12, maxZoom: 1, minZoom: 0.05 };

describe("frameRect", () => {
  it("shows the whole rectangle, centred, within the zoom limits", () => {
    const rect = fc.record({ x: fc.integer({ min: -1e5, max: 1e5 }), y: fc.integer({ min: -1e5, max: 1e5 }), width: fc.integer({ min: 1, max: 20000 }), height: fc.integer({ min: 1, max: 20000 }) });
    fc.assert(
      fc.property(rect, fc.integer({ min: 200, max: 3000 }), fc.integer({ min: 200, max: 2000 }), (r, width, height) => {
        const v = frameRect(r, { width, height }, OPTS);
        expect(v.zoom).toBeLessThanOrEqual(1);
        expect(v.zoom).toBeGreaterThanOrEqual(0.05);
        // The centre of the rectangle lands on the centre of the view.
        expect((r.x + r.width / 2) * v.zoom + v.x).toBeCloseTo(width / 2, 6);
        expect((r.y + r.height / 2) * v.zoom + v.y).toBeCloseTo(height / 2, 6);
        // Unless the minimum zoom stops it, all of it is inside the view.
        if (v.zoom > 0.05) {
          expect(r.x * v.zoom + v.x).toBeGreaterThanOrEqual(-1e-6);
          expect((r.x + r.width) * v.zoom + v.x).toBeLessThanOrEqual(width + 1e-6);
        }
      }),
    );
  });

  it("unions boxes", () => {
    expect(unionRect([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(unionRect([])).toBeUndefined();
  });
});
