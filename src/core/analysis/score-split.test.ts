import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SPLIT_CRITERIA } from "../model/schema";
import { SPLIT_CRITERION_TITLE } from "../model/split-criteria";
import { CRITERION_LABEL, describeVerdictThresholds, formatSplitArithmetic, scoreSplit, verdictOf, VERDICT_THRESHOLDS } from "./score-split";
import { formatScore } from "./format-score";
import type { SplitScore } from "./types";

describe("scoreSplit", () => {
  it("is the mall-go guide's exact weighted sum, with each criterion's weight and contribution", () => {
    const s = scoreSplit({ businessComplexity: 9, teamAutonomy: 8, dataIndependence: 8, scalingRequirement: 8, deploymentFrequency: 4, technologyDiversity: 3 });
    expect(s.score).toBe(7.35);
    expect(s.criteria.businessComplexity).toEqual({ value: 9, weight: 0.25, contribution: 2.25 });
    expect(s.criteria.scalingRequirement).toEqual({ value: 8, weight: 0.15, contribution: 1.2 });
    expect(s).toMatchObject({ verdict: "split-weigh-cost", verdictText: "split it out, but weigh the cost first" });
  });

  it("counts a missing criterion as 5 and marks it assumed", () => {
    const s = scoreSplit({ businessComplexity: 9 });
    expect(s.criteria.teamAutonomy).toEqual({ value: 5, weight: 0.2, contribution: 1, assumed: true });
    expect(s.criteria.businessComplexity.assumed).toBeUndefined();
    expect(s.score).toBe(6);
    expect(formatSplitArithmetic(s)).toBe("2.25 (9 x 0.25) + 1.00 (5? x 0.20) + 1.00 (5? x 0.20) + 0.75 (5? x 0.15) + 0.50 (5? x 0.10) + 0.50 (5? x 0.10) = 6.00");
  });

  it("draws the verdict lines where the mall-go guide does: 8, 6 and 4", () => {
    expect([8, 7.99, 6, 5.99, 4, 3.99].map(verdictOf)).toEqual(["strongly-split", "split-weigh-cost", "split-weigh-cost", "modularize", "modularize", "keep-monolith"]);
  });

  it("always lands on the 1..10 scale, on whole hundredths, as the sum of its contributions", () => {
    const value = fc.integer({ min: 1, max: 10 });
    fc.assert(
      fc.property(fc.record({ businessComplexity: value, teamAutonomy: value, dataIndependence: value, scalingRequirement: value, deploymentFrequency: value, technologyDiversity: value }, { requiredKeys: [] }), (split) => {
        const s = scoreSplit(split);
        expect(s.score).toBeGreaterThanOrEqual(1);
        expect(s.score).toBeLessThanOrEqual(10);
        expect(Number(s.score.toFixed(2))).toBe(s.score);
        expect(SPLIT_CRITERIA.reduce((sum, k) => sum + s.criteria[k].contribution, 0)).toBeCloseTo(s.score, 9);
      }),
    );
  });
});

describe("one home for the criteria words and the verdict lines", () => {
  it("labels the criteria in running text from the same headings the sliders and score card show", () => {
    for (const k of SPLIT_CRITERIA) expect(CRITERION_LABEL[k]).toBe(SPLIT_CRITERION_TITLE[k].toLowerCase());
  });

  it("describes the thresholds verdictOf uses, so the score card's legend cannot drift from them", () => {
    expect(describeVerdictThresholds()).toBe("≥ 8 strongly split · ≥ 6 split, weigh the cost · ≥ 4 modularize · below 4 keep in the monolith");
    for (const t of VERDICT_THRESHOLDS.filter((t) => Number.isFinite(t.min))) {
      expect(verdictOf(t.min)).toBe(t.verdict);
      expect(verdictOf(t.min - 0.01)).not.toBe(t.verdict);
    }
  });
});

describe("formatSplitArithmetic", () => {
  /** The plain way to write it, which the shared terms must match character for character. */
  const reference = (s: SplitScore) =>
    `${SPLIT_CRITERIA.map((k) => `${s.criteria[k].contribution.toFixed(2)} (${s.criteria[k].value}${s.criteria[k].assumed ? "?" : ""} x ${s.criteria[k].weight.toFixed(2)})`).join(" + ")} = ${formatScore(s.score)}`;

  it("writes every score scoreSplit gives as the plain way would, twice in a row", () => {
    const value = fc.integer({ min: 1, max: 10 });
    fc.assert(
      fc.property(fc.record({ businessComplexity: value, teamAutonomy: value, dataIndependence: value, scalingRequirement: value, deploymentFrequency: value, technologyDiversity: value }, { requiredKeys: [] }), (split) => {
        const s = scoreSplit(split);
        expect(formatSplitArithmetic(s)).toBe(reference(s));
        expect(formatSplitArithmetic(s)).toBe(reference(s));
      }),
    );
  });

  it("writes a score built elsewhere (any values, weights and contributions) as the plain way would", () => {
    const criterion = fc.record({ value: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double({ noNaN: true, min: -20, max: 20 })), weight: fc.constantFrom(0.25, 0.2, 0.15, 0.1, 0.3, 0.125), contribution: fc.double({ noNaN: true, min: -5, max: 5 }), assumed: fc.option(fc.constant(true as const), { nil: undefined }) });
    fc.assert(
      fc.property(fc.tuple(...SPLIT_CRITERIA.map(() => criterion)), fc.double({ noNaN: true, min: 0, max: 10 }), (cs, score) => {
        const base = scoreSplit({});
        const s: SplitScore = { ...base, score, criteria: Object.fromEntries(SPLIT_CRITERIA.map((k, i) => [k, cs[i]!])) as SplitScore["criteria"] };
        expect(formatSplitArithmetic(s)).toBe(reference(s));
      }),
    );
  });
});

