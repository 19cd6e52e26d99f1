import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clampFindingsHeight, FINDINGS_MIN, INSPECTOR_MIN } from "./findings-size";

describe("clampFindingsHeight", () => {
  it("always leaves the inspector its room when the sidebar has it, and never goes below the minimum", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 4000 }), (h, sidebar) => {
        const c = clampFindingsHeight(h, sidebar);
        expect(c).toBeGreaterThanOrEqual(FINDINGS_MIN);
        if (sidebar - INSPECTOR_MIN >= FINDINGS_MIN) expect(sidebar - c).toBeGreaterThanOrEqual(INSPECTOR_MIN - 1);
      }),
    );
  });

  it("keeps a height that fits", () => {
    expect(clampFindingsHeight(300, 900)).toBe(300);
  });
});
