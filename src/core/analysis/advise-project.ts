import type { Project } from "../model/schema";
import type { AdviceStep, ProjectAdvice, ProjectField } from "./types";

const LABEL: Record<ProjectField, string> = {
  teamSize: "team size",
  businessComplexity: "business complexity",
  technicalMaturity: "technical maturity",
  scalabilityRequirement: "scalability requirement",
  deploymentFrequency: "deployment frequency",
};

const undecided = (field: ProjectField): ProjectAdvice => ({
  recommendation: "undecided",
  reason: `The decision tree needs the project's ${LABEL[field]} (project.${field}) to go on; set it to get advice.`,
  step: field,
  missing: field,
  params: {},
});

/**
 * Monolith, modular monolith or microservices, by the mall-go guide's
 * `MicroserviceDecisionTree`, asked in its order: team size < 10 -> monolith;
 * business complexity < 5 -> monolith; technical maturity < 7 -> modular
 * monolith; scalability > 8 -> microservices; deployments > 5 a month ->
 * microservices; else modular monolith. A question whose field is not set
 * stops the tree with "undecided" and names the field rather than guessing.
 * @example adviseProject({ teamSize: 6 }).recommendation === "monolith"
 */
export function adviseProject(project: Project): ProjectAdvice {
  const { teamSize, businessComplexity, technicalMaturity, scalabilityRequirement, deploymentFrequency } = project;
  // The figures the reason quotes, for a catalog to word it (`adviser.reason.<step>`).
  const params = Object.fromEntries(Object.entries({ teamSize, businessComplexity, technicalMaturity, scalabilityRequirement, deploymentFrequency }).filter(([, v]) => v !== undefined)) as Record<string, number>;
  const decide = (recommendation: ProjectAdvice["recommendation"], step: AdviceStep, reason: string): ProjectAdvice => ({ recommendation, reason, step, params });
  if (teamSize === undefined) return undecided("teamSize");
  if (teamSize < 10) return decide("monolith", "teamSize", `A team of ${teamSize} (under 10): running many services costs such a team more than it gains.`);
  if (businessComplexity === undefined) return undecided("businessComplexity");
  if (businessComplexity < 5) return decide("monolith", "businessComplexity", `Business complexity ${businessComplexity}/10 (under 5): the business is simple enough that splitting it buys nothing.`);
  if (technicalMaturity === undefined) return undecided("technicalMaturity");
  if (technicalMaturity < 7) return decide("modular-monolith", "technicalMaturity", `Technical maturity ${technicalMaturity}/10 (under 7): build experience with distributed systems in a modular monolith first.`);
  if (scalabilityRequirement === undefined) return undecided("scalabilityRequirement");
  if (scalabilityRequirement > 8) return decide("microservices", "scalabilityRequirement", `Scalability requirement ${scalabilityRequirement}/10 (over 8): parts must scale on their own, which is where microservices pay off.`);
  if (deploymentFrequency === undefined) return undecided("deploymentFrequency");
  if (deploymentFrequency > 5) return decide("microservices", "deploymentFrequency", `${deploymentFrequency} deployments a month (over 5): deploying parts independently pays off.`);
  return decide("modular-monolith", "fallthrough", `A team of ${teamSize} with mature skills but moderate scaling needs (${scalabilityRequirement}/10) and ${deploymentFrequency} deployments a month: start modular and move to microservices step by step.`);
}
