import type { Design } from "../model/schema";
import type { RefactorStep } from "./change-text";
import type { TitleParams } from "./title-text";

/**
 * Refactoring kinds. Ids are a public contract (`seams refactor --list`
 * prints them and scripts pass them back): add kinds, never rename.
 */
export const REFACTORING_KINDS = [
  "call-to-event",
  "merge-services",
  "split-database",
  "add-circuit-breaker",
  "add-timeout",
  "fit-timeouts",
  "retry-at-one-layer",
  "move-to-context",
] as const;
export type RefactoringKind = (typeof REFACTORING_KINDS)[number];

/** What a refactoring does, with everything needed to do it again: applying a plan is a pure function. */
export type RefactoringPlan =
  | { kind: "call-to-event"; flow: string; /** The event's name; derived from the call's label without it. */ event?: string; /** A broker's id, or "new" for a new one; the callee's context's broker, else the first, without it. */ broker?: string }
  | { kind: "merge-services"; services: string[] }
  | { kind: "split-database"; database: string; mode: "owner-api" | "own-databases" }
  | { kind: "add-circuit-breaker"; flow: string }
  | { kind: "add-timeout"; flow: string }
  | { kind: "fit-timeouts"; flow: string }
  | { kind: "retry-at-one-layer"; flows: string[] }
  | { kind: "move-to-context"; service: string; context: string };

export interface Refactoring {
  /** Stable for the same design: `<kind>:<the ids it is about>` (e.g. `call-to-event:user-calls-order`). */
  id: string;
  kind: RefactoringKind;
  /** English (the command line prints it); `params` words it in other languages (`refactor.title.<kind>`). */
  title: string;
  params: TitleParams;
  /** Ids of the elements and flows it touches, most relevant first. */
  elements: string[];
  /** Keys of the findings it answers. */
  findings: string[];
  plan: RefactoringPlan;
}

export interface RefactorResult {
  design: Design;
  /** One sentence per change, for the preview and the command line. */
  changes: string[];
  /** The same changes as codes and params, for a catalog (`refactor.change.<code>`). */
  steps: RefactorStep[];
  /** Ids of the elements and flows that are new or changed in `design`: highlighted in the preview. */
  touched: string[];
}
