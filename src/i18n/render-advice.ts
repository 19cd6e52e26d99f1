/**
 * Split-score verdicts and criteria in the reader's language (`adviser.*`
 * in the catalogs). The reasons are in `render-reasons.ts`, light enough for
 * the findings panel in the app's first chunk.
 */
import type { SplitVerdict } from "../core/analysis/types";
import { VERDICT_THRESHOLDS } from "../core/analysis/score-split";
import type { SplitCriterion } from "../core/model/schema";
import type { Translate } from "./translate";

export function verdictText(t: Translate, verdict: SplitVerdict): string {
  return t(`adviser.verdict.${verdict}`);
}

export function criterionLabel(t: Translate, criterion: SplitCriterion): string {
  return t(`adviser.criterion.${criterion}`);
}

/** "≥ 8 strongly split · ≥ 6 … · below 4 keep in the monolith", for a legend. */
export function verdictThresholds(t: Translate): string {
  return VERDICT_THRESHOLDS.map((v, i) =>
    Number.isFinite(v.min)
      ? t("adviser.threshold.atLeast", { min: v.min, verdict: t(`adviser.verdictShort.${v.verdict}`) })
      : t("adviser.threshold.below", { min: VERDICT_THRESHOLDS[i - 1]!.min, verdict: t(`adviser.verdictShort.${v.verdict}`) }),
  ).join(" · ");
}

export { adviceReason, splitReason, splitReasons } from "./render-reasons";
