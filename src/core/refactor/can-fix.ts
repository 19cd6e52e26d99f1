import type { Finding } from "../analysis/types";
import type { Design } from "../model/schema";

/**
 * Whether `refactoringsFor(design, finding)` offers anything, without
 * building the refactorings: cheap enough to ask for every row of the
 * findings panel, and light enough for the app's first chunk (the
 * refactorings themselves load with the Fix… preview).
 * @example canFix(circularTemplate(), analyzeDesign(circularTemplate()).findings[0]) === true
 */
export function canFix(design: Design, finding: Finding): boolean {
  switch (finding.code) {
    case "circular-dependency":
      return finding.severity === "error" && (finding.flows?.length ?? 0) > 0;
    case "deep-sync-chain":
    case "timeout-budget":
    case "shared-database":
    case "missing-circuit-breaker":
      return true;
    case "retry-amplification":
      return (finding.flows?.length ?? 0) >= 2;
    case "over-splitting": {
      const services = design.services ?? [];
      const group = finding.elements;
      if (group.length < 2) return false;
      if (group.length !== services.length) return true;
      return new Set(services.map((s) => s.context)).size <= 1;
    }
    default:
      return false;
  }
}
