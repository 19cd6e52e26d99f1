import { SPLIT_CRITERIA, type Split, type SplitCriterion } from "../model/schema";
import { SPLIT_CRITERION_TITLE } from "../model/split-criteria";
import type { CriterionScore, SplitScore, SplitVerdict } from "./types";
import { formatScore } from "./format-score";

/** The mall-go guide's weights (`EvaluateServiceSplit`), in hundredths so sums stay exact. */
export const SPLIT_WEIGHT_PERCENT: Record<SplitCriterion, number> = {
  businessComplexity: 25,
  teamAutonomy: 20,
  dataIndependence: 20,
  scalingRequirement: 15,
  deploymentFrequency: 10,
  technologyDiversity: 10,
};

/**
 * A criterion missing from `split` counts as 5: the middle of the 1..10
 * scale (rounded down to a whole slider step), so an unset slider neither
 * pushes towards splitting nor away from it. Marked `assumed` in the result.
 */
export const MISSING_CRITERION_VALUE = 5;

/** The criteria in running text ("business complexity"): the headings of `SPLIT_CRITERION_TITLE`, lowercased. */
export const CRITERION_LABEL = Object.fromEntries(SPLIT_CRITERIA.map((k) => [k, SPLIT_CRITERION_TITLE[k].toLowerCase()])) as Record<SplitCriterion, string>;

export const VERDICT_TEXT: Record<SplitVerdict, string> = {
  "strongly-split": "strongly advised: split it out as its own microservice",
  "split-weigh-cost": "split it out, but weigh the cost first",
  modularize: "keep it as a module for now; do not split yet",
  "keep-monolith": "keep it in the monolith",
};

/** The mall-go guide's thresholds, highest first: a score at or above `min` gets the verdict (the last has no floor). */
export const VERDICT_THRESHOLDS: readonly { verdict: SplitVerdict; min: number; short: string }[] = [
  { verdict: "strongly-split", min: 8, short: "strongly split" },
  { verdict: "split-weigh-cost", min: 6, short: "split, weigh the cost" },
  { verdict: "modularize", min: 4, short: "modularize" },
  { verdict: "keep-monolith", min: -Infinity, short: "keep in the monolith" },
];

/**
 * The verdict of a score: >= 8, >= 6, >= 4, below 4.
 * @example verdictOf(6) === "split-weigh-cost"
 */
export function verdictOf(score: number): SplitVerdict {
  return (VERDICT_THRESHOLDS.find((t) => score >= t.min) ?? VERDICT_THRESHOLDS[VERDICT_THRESHOLDS.length - 1]!).verdict;
}

/**
 * The thresholds in one line for a legend.
 * @example describeVerdictThresholds() === "≥ 8 strongly split · ≥ 6 split, weigh the cost · ≥ 4 modularize · below 4 keep in the monolith"
 */
export function describeVerdictThresholds(): string {
  return VERDICT_THRESHOLDS.map((t, i) => (Number.isFinite(t.min) ? `≥ ${t.min} ${t.short}` : `below ${VERDICT_THRESHOLDS[i - 1]!.min} ${t.short}`)).join(" · ");
}

/**
 * The mall-go guide's weighted split score with its arithmetic.
 * @example scoreSplit({ businessComplexity: 8, teamAutonomy: 7, dataIndependence: 8, scalingRequirement: 6, deploymentFrequency: 5, technologyDiversity: 3 }).score === 6.7
 */
export function scoreSplit(split: Split): SplitScore {
  let hundredths = 0;
  const criteria = {} as Record<SplitCriterion, CriterionScore>;
  for (const key of SPLIT_CRITERIA) {
    const given = split[key];
    const value = given ?? MISSING_CRITERION_VALUE;
    const part = value * SPLIT_WEIGHT_PERCENT[key];
    hundredths += part;
    const entry: CriterionScore = { value, weight: SPLIT_WEIGHT_PERCENT[key] / 100, contribution: part / 100 };
    if (given === undefined) entry.assumed = true;
    criteria[key] = entry;
  }
  const score = hundredths / 100;
  const verdict = verdictOf(score);
  return { score, verdict, verdictText: VERDICT_TEXT[verdict], criteria };
}

/**
 * The arithmetic as one line, for the CLI and tooltips: each contribution
 * with its value x weight, in `SPLIT_CRITERIA` order; `?` marks an assumed 5.
 * @example "2.00 (8 x 0.25) + 1.40 (7 x 0.20) + ... = 6.70"
 */
export function formatSplitArithmetic(s: SplitScore): string {
  let line = "";
  for (let i = 0; i < SPLIT_CRITERIA.length; i++) {
    const c = s.criteria[SPLIT_CRITERIA[i]!];
    line += (i ? " + " : "") + formatTerm(i, c);
  }
  return `${line} = ${formatScore(s.score)}`;
}

/** Terms already written, by criterion, slider value and `assumed`: `seams check` of 10,000 services writes 60,000 terms from 120 distinct ones. */
const TERMS: string[][] = SPLIT_CRITERIA.map(() => []);

function formatTerm(criterion: number, c: CriterionScore): string {
  const write = () => `${c.contribution.toFixed(2)} (${c.value}${c.assumed ? "?" : ""} x ${c.weight.toFixed(2)})`;
  const percent = SPLIT_WEIGHT_PERCENT[SPLIT_CRITERIA[criterion]!];
  // Only a term exactly as scoreSplit builds it is shared; anything else is written out.
  if (!Number.isInteger(c.value) || c.value < 0 || c.value > 10 || c.weight !== percent / 100 || c.contribution !== (c.value * percent) / 100) return write();
  const slot = c.value * 2 + (c.assumed ? 1 : 0);
  return (TERMS[criterion]![slot] ??= write());
}
