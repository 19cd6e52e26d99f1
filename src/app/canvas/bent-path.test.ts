import { describe, expect, it } from "vitest";
import { bentPath } from "./bent-path";

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

describe("bentPath", () => {
  it("runs from the source's border through every bend to the target's border", () => {
    // Source centre (50, 20), target centre (450, 20), one bend above the middle.
    const p = bentPath(box(0, 0), box(400, 0), [{ x: 250, y: -200 }]);
    expect(p.path.startsWith("M ")).toBe(true);
    expect(p.path).toContain("L 250 -200");
    expect(p.start.y).toBe(0); // leaves through the source's top border, towards the bend
    expect(p.end.y).toBe(0); // and enters the target through its top border
    expect(p.path.split("L").length - 1).toBe(2);
  });

  it("puts the label halfway along the line, on it", () => {
    const p = bentPath(box(0, 0), box(0, 400), [{ x: 300, y: 20 }, { x: 300, y: 420 }]);
    // Symmetric line: halfway is the middle of the vertical run at x = 300.
    expect(p.labelX).toBeCloseTo(300);
    expect(p.labelY).toBeCloseTo(220);
  });
});
