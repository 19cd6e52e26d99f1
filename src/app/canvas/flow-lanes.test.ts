import { describe, expect, it } from "vitest";
import { assignLanes, lanePath } from "./flow-lanes";

const a = { x: 0, y: 0, width: 208, height: 64 };
const b = { x: 500, y: 40, width: 208, height: 64 };

describe("lanes for flows between the same two elements", () => {
  it("gives a lane only to flows that share both ends, in either direction", () => {
    const lanes = assignLanes([
      { id: "ab", from: "a", to: "b" },
      { id: "ba", from: "b", to: "a" },
      { id: "ac", from: "a", to: "c" },
    ]);
    expect(lanes.get("ab")).toEqual({ index: 0, count: 2 });
    expect(lanes.get("ba")).toEqual({ index: 1, count: 2 });
    expect(lanes.has("ac")).toBe(false);
  });

  it("draws opposite flows on separate curves with labels apart", () => {
    const ab = lanePath(a, b, { index: 0, count: 2 }, "a", "b");
    const ba = lanePath(b, a, { index: 1, count: 2 }, "b", "a");
    expect(ab.path).not.toBe(ba.path);
    expect(Math.hypot(ab.labelX - ba.labelX, ab.labelY - ba.labelY)).toBeGreaterThan(40);
    // Both labels lie between the boxes.
    for (const p of [ab, ba]) {
      expect(p.labelX).toBeGreaterThan(a.x + a.width);
      expect(p.labelX).toBeLessThan(b.x);
    }
  });

  it("puts two flows in the same direction on opposite sides too", () => {
    const one = lanePath(a, b, { index: 0, count: 2 }, "a", "b");
    const two = lanePath(a, b, { index: 1, count: 2 }, "a", "b");
    expect(Math.sign(one.labelY - 52)).not.toBe(Math.sign(two.labelY - 52));
  });
});
