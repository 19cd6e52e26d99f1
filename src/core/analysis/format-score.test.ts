import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatScore } from "./format-score";
import { scoreSplit } from "./score-split";
import { SPLIT_CRITERIA } from "../model/schema";

describe("formatScore", () => {
  it("keeps both decimals, where one decimal would round 6.55 down to 6.5", () => {
    expect(formatScore(6.55)).toBe("6.55");
    expect(formatScore(10)).toBe("10.00");
  });

  it("reads back as the score itself for every score the criteria can give", () => {
    const value = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.tuple(...SPLIT_CRITERIA.map(() => value)), (values) => {
        const split = Object.fromEntries(SPLIT_CRITERIA.map((c, i) => [c, values[i]!]));
        const s = scoreSplit(split).score;
        expect(Number(formatScore(s))).toBeCloseTo(s, 10);
      }),
    );
  });
});
