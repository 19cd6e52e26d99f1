import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addBend, bendIndexFor, moveBend, removeBend } from "./flow-bends";
import { clearBends, shiftBends } from "./bend-points";
import { pasteClip, copySelection } from "./clipboard";
import { loadDesign } from "../load/load-design";
import { MAX_BENDS, type Design } from "../model/schema";

const design = (): Design => ({
  format: "seams-design",
  version: 1,
  name: "d",
  services: [{ id: "a", name: "a" }, { id: "b", name: "b" }],
  flows: [{ id: "f", from: "a", to: "b", kind: "sync" }],
  layout: { a: { x: 0, y: 0 }, b: { x: 400, y: 0 } },
});
const start = { x: 0, y: 0 };
const end = { x: 400, y: 0 };
const bendsOf = (d: Design) => d.flows![0]!.bends;

describe("flow bends", () => {
  it("adds, moves and removes a bend; the last removal drops the field", () => {
    let d = addBend(design(), "f", { x: 200.4, y: 99.6 }, start, end);
    expect(bendsOf(d)).toEqual([{ x: 200, y: 100 }]);
    d = moveBend(d, "f", 0, { x: 150, y: -50 });
    expect(bendsOf(d)).toEqual([{ x: 150, y: -50 }]);
    d = removeBend(d, "f", 0);
    expect("bends" in d.flows![0]!).toBe(false);
  });

  it("inserts a new bend between the points it is nearest to", () => {
    let d = addBend(design(), "f", { x: 100, y: 50 }, start, end);
    d = addBend(d, "f", { x: 300, y: 50 }, start, end);
    d = addBend(d, "f", { x: 200, y: 60 }, start, end);
    expect(bendsOf(d)!.map((b) => b.x)).toEqual([100, 200, 300]);
    expect(bendIndexFor(start, bendsOf(d)!, end, { x: 390, y: 10 })).toBe(3);
  });

  it("keeps bends inside the format's range and count, so the design stays valid", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.double({ min: -1e7, max: 1e7, noNaN: true }), y: fc.double({ min: -1e7, max: 1e7, noNaN: true }) }), { maxLength: MAX_BENDS + 5 }), (points) => {
        let d = design();
        for (const p of points) d = addBend(d, "f", p, start, end);
        expect(bendsOf(d)?.length ?? 0).toBe(Math.min(points.length, MAX_BENDS));
        expect(loadDesign(d).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("survives loading: the loader keeps bends and refuses bad ones naming the field", () => {
    const d = addBend(design(), "f", { x: 10, y: 20 }, start, end);
    const loaded = loadDesign(JSON.stringify(d));
    expect(loaded.ok && loaded.design.flows![0]!.bends).toEqual([{ x: 10, y: 20 }]);
    const bad = loadDesign(JSON.stringify({ ...d, flows: [{ ...d.flows![0], bends: [{ x: "1", y: 2 }] }] }));
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain("flows[0].bends[0].x");
  });

  it("a flow with too many bends is refused by length, naming the flow", () => {
    const many = Array.from({ length: MAX_BENDS + 1 }, (_, i) => ({ x: i, y: i }));
    const r = loadDesign(JSON.stringify({ ...design(), flows: [{ ...design().flows![0], bends: many }] }));
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).toContain("flows[0].bends");
    expect(JSON.stringify(r)).toContain("at most 50 bends");
  });

  it("auto-layout's clear removes every bend and leaves bend-free designs as they are", () => {
    const plain = design();
    expect(clearBends(plain)).toBe(plain);
    expect(clearBends(addBend(plain, "f", { x: 1, y: 1 }, start, end)).flows![0]).toEqual(plain.flows![0]);
  });

  it("a pasted flow's bends move with the pasted elements", () => {
    const d = addBend(design(), "f", { x: 200, y: 100 }, start, end);
    const pasted = pasteClip(d, copySelection(d, ["a", "b"]), { x: 40, y: 40 }).design;
    expect(pasted.flows![1]!.bends).toEqual([{ x: 240, y: 140 }]);
    expect(shiftBends([{ x: 999_990, y: 0 }], { x: 40, y: 0 })).toEqual([{ x: 1_000_000, y: 0 }]);
  });
});
