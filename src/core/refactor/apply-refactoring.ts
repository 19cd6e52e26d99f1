import type { Design } from "../model/schema";
import { applyCallToEvent } from "./call-to-event";
import { applyAddCircuitBreaker, applyAddTimeout, applyFitTimeouts, applyRetryAtOneLayer } from "./call-guards";
import { applyMergeServices } from "./merge-services";
import { applyMoveToContext } from "./move-to-context";
import { applySplitDatabase } from "./split-database";
import type { RefactoringPlan, RefactorResult } from "./types";

/**
 * A refactoring applied: a new design (the old one is not touched), what
 * changed in words, and the ids to highlight. Throws when the plan does not
 * fit the design (an id that is gone); `listRefactorings` only offers plans
 * that fit.
 * @example applyRefactoring(circularTemplate(), { kind: "call-to-event", flow: "user-calls-order" }).design
 */
export function applyRefactoring(design: Design, plan: RefactoringPlan): RefactorResult {
  switch (plan.kind) {
    case "call-to-event":
      return applyCallToEvent(design, plan.flow, { event: plan.event, broker: plan.broker });
    case "merge-services":
      return applyMergeServices(design, plan.services);
    case "split-database":
      return applySplitDatabase(design, plan.database, plan.mode);
    case "add-circuit-breaker":
      return applyAddCircuitBreaker(design, plan.flow);
    case "add-timeout":
      return applyAddTimeout(design, plan.flow);
    case "fit-timeouts":
      return applyFitTimeouts(design, plan.flow);
    case "retry-at-one-layer":
      return applyRetryAtOneLayer(design, plan.flows);
    case "move-to-context":
      return applyMoveToContext(design, plan.service, plan.context);
    default:
      return nonexhaustive(plan);
  }
}

function nonexhaustive(x: never): never {
  throw new Error(`unknown refactoring ${JSON.stringify(x)}`);
}
