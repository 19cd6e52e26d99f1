import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { framePicture, MAX_PICTURE_SIDE, PICTURE_MARGIN } from "./frame-picture";

describe("framing a picture of the canvas", () => {
  it("keeps the canvas scale and adds the margin when the design fits", () => {
    expect(framePicture({ x: -10, y: 20, width: 400, height: 300 })).toEqual({ width: 480, height: 380, zoom: 1, x: 50, y: 20 });
  });

  it("shrinks a design larger than the largest picture, keeping its proportions", () => {
    const f = framePicture({ x: 0, y: 0, width: 20000 - 2 * PICTURE_MARGIN, height: 5000 - 2 * PICTURE_MARGIN });
    expect(f.width).toBe(MAX_PICTURE_SIDE);
    expect(f.height).toBe(Math.ceil(5000 * (MAX_PICTURE_SIDE / 20000)));
  });

  it("puts every corner of the elements inside the picture, margin included, whatever the bounds", () => {
    const box = fc.record({ x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }), width: fc.integer({ min: 0, max: 1e6 }), height: fc.integer({ min: 0, max: 1e6 }) });
    fc.assert(
      fc.property(box, (b) => {
        const f = framePicture(b);
        expect(f.width).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
        expect(f.height).toBeLessThanOrEqual(MAX_PICTURE_SIDE);
        const left = b.x * f.zoom + f.x;
        const top = b.y * f.zoom + f.y;
        const right = (b.x + b.width) * f.zoom + f.x;
        const bottom = (b.y + b.height) * f.zoom + f.y;
        const margin = PICTURE_MARGIN * f.zoom - 1e-6;
        expect(left).toBeGreaterThanOrEqual(margin);
        expect(top).toBeGreaterThanOrEqual(margin);
        expect(f.width - right).toBeGreaterThanOrEqual(margin - 1e-6);
        expect(f.height - bottom).toBeGreaterThanOrEqual(margin - 1e-6);
      }),
    );
  });
});
