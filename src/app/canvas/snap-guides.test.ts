import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { snapToGuides } from "./snap-guides";

const a = { x: 0, y: 0, width: 208, height: 64 };

describe("alignment guides", () => {
  it("snaps a box whose top comes near another's and shows the line", () => {
    const s = snapToGuides({ x: 400, y: 4, width: 208, height: 64 }, [a], 6);
    expect(s).toMatchObject({ dx: 0, dy: -4 });
    expect(s.guides).toContainEqual({ axis: "y", at: 0, from: 0, to: 608 });
  });

  it("snaps centres too, and both axes at once", () => {
    const s = snapToGuides({ x: 3, y: 205, width: 184, height: 60 }, [a, { x: 300, y: 200, width: 208, height: 64 }], 6);
    // Centre x of a (104) and the moving box's centre (3 + 92 = 95) are 9 apart: too far; left edges are 3 apart.
    expect(s.dx).toBe(-3);
    // Against the second box: tops 5 apart, middles 3, bottoms 1: the nearest wins.
    expect(s.dy).toBe(-1);
  });

  it("leaves a box alone with nothing near", () => {
    expect(snapToGuides({ x: 400, y: 300, width: 208, height: 64 }, [a], 6)).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  it("never shifts by more than the threshold, and a snapped box lies on every guide it shows", () => {
    const box = fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), width: fc.integer({ min: 20, max: 400 }), height: fc.integer({ min: 20, max: 300 }) });
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 10 }), fc.integer({ min: 1, max: 12 }), (m, others, threshold) => {
        const s = snapToGuides(m, others, threshold);
        expect(Math.abs(s.dx)).toBeLessThanOrEqual(threshold);
        expect(Math.abs(s.dy)).toBeLessThanOrEqual(threshold);
        const r = { ...m, x: m.x + s.dx, y: m.y + s.dy };
        for (const g of s.guides) {
          const lines = g.axis === "x" ? [r.x, r.x + r.width / 2, r.x + r.width] : [r.y, r.y + r.height / 2, r.y + r.height];
          expect(lines.some((v) => Math.abs(v - g.at) < 0.5)).toBe(true);
        }
      }),
    );
  });
});
