/**
 * Refactoring titles, keyed by kind, like `CHANGE_TEXT`: the refactoring
 * carries its params (element names), the English here is its `title`, and
 * the catalogs (`refactor.title.<kind>`) word it in other languages.
 */
import type { RefactoringKind } from "./types";

export interface RefactoringTitleParams {
  "call-to-event": { from: string; to: string; label: string };
  "merge-services": { services: string[] };
  "split-database": { database: string; owner: string; mode: "owner-api" | "own-databases" };
  "add-circuit-breaker": { from: string; to: string };
  "add-timeout": { from: string; to: string };
  "fit-timeouts": { from: string; to: string };
  "retry-at-one-layer": { path: string[] };
  "move-to-context": { service: string; context: string };
}
export type TitleParams = RefactoringTitleParams[RefactoringKind];

export const TITLE_TEXT: { [K in RefactoringKind]: (p: RefactoringTitleParams[K]) => string } = {
  "call-to-event": (p) => `Turn the call ${p.from} -> ${p.to}${p.label ? ` (${p.label})` : ""} into an event`,
  "merge-services": (p) => `Merge ${p.services.join(", ")} into one service`,
  "split-database": (p) => (p.mode === "owner-api" ? `Give ${p.database} one owner, ${p.owner}; the others call it` : `Give ${p.database} one owner, ${p.owner}; the others get their own database`),
  "add-circuit-breaker": (p) => `Add a circuit breaker to ${p.from} -> ${p.to}`,
  "add-timeout": (p) => `Add a timeout to ${p.from} -> ${p.to}`,
  "fit-timeouts": (p) => `Fit the timeouts below ${p.to} into ${p.from}'s timeout`,
  "retry-at-one-layer": (p) => `Retry only at the outermost call of ${p.path.join(" -> ")}`,
  "move-to-context": (p) => `Move ${p.service} to ${p.context}, where most of its calls go`,
};

/** A refactoring's English title and its params. */
export function titled<K extends RefactoringKind>(kind: K, params: RefactoringTitleParams[K]): { title: string; params: RefactoringTitleParams[K] } {
  return { title: TITLE_TEXT[kind](params), params };
}
