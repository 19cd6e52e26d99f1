import type { SplitCriterion } from "./schema";

/** The split criteria as headings (the mall-go guide's `EvaluateServiceSplit` keys, in words). */
export const SPLIT_CRITERION_TITLE: Record<SplitCriterion, string> = {
  businessComplexity: "Business complexity",
  teamAutonomy: "Team autonomy",
  dataIndependence: "Data independence",
  scalingRequirement: "Scaling requirement",
  deploymentFrequency: "Deployment frequency",
  technologyDiversity: "Technology diversity",
};
