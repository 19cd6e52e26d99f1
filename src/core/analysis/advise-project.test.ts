import { describe, expect, it } from "vitest";
import { adviseProject } from "./advise-project";

const mature = { teamSize: 24, businessComplexity: 8, technicalMaturity: 8, scalabilityRequirement: 7, deploymentFrequency: 4 };

describe("adviseProject", () => {
  it("follows the mall-go guide's decision tree branch by branch", () => {
    const cases: [object, string, string][] = [
      [{ ...mature, teamSize: 9 }, "monolith", "teamSize"],
      [{ ...mature, businessComplexity: 4 }, "monolith", "businessComplexity"],
      [{ ...mature, technicalMaturity: 6 }, "modular-monolith", "technicalMaturity"],
      [{ ...mature, scalabilityRequirement: 9 }, "microservices", "scalabilityRequirement"],
      [{ ...mature, deploymentFrequency: 6 }, "microservices", "deploymentFrequency"],
      [mature, "modular-monolith", "fallthrough"],
    ];
    for (const [project, recommendation, step] of cases) expect(adviseProject(project)).toMatchObject({ recommendation, step });
  });

  it("gives the reason with the figure that decided", () => {
    expect(adviseProject({ teamSize: 6 }).reason).toContain("team of 6 (under 10)");
  });

  it("names the missing field instead of guessing, and only when the tree reaches it", () => {
    expect(adviseProject({ teamSize: 20, businessComplexity: 8 })).toMatchObject({ recommendation: "undecided", missing: "technicalMaturity", step: "technicalMaturity" });
    expect(adviseProject({ teamSize: 20, businessComplexity: 8 }).reason).toContain("project.technicalMaturity");
    expect(adviseProject({ teamSize: 3 }).missing).toBeUndefined();
    expect(adviseProject({}).missing).toBe("teamSize");
  });
});
