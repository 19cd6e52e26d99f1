/**
 * Refactoring titles and the changes a refactoring makes, in the reader's
 * language, from the kind or change code and the params the core attached
 * (`refactor.title.<kind>`, `refactor.change.<code>`).
 */
import type { RefactorStep } from "../core/refactor/change-text";
import type { Refactoring } from "../core/refactor/types";
import type { Translate } from "./translate";

const ARROW = " -> ";

/** Params as ICU values: lists joined with the locale's separator (paths with arrows), optional texts flagged `<key>Set` for a select. */
function values(t: Translate, params: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      // The core lists these with commas only ("Merge a, b, c into one service"): the locale's separator, no "and".
      out[key] = value.join(key === "path" ? ARROW : t("refactor.listSeparator"));
      out[`${key.replace(/s$/, "")}Count`] = value.length;
    } else if (typeof value === "number") out[key] = value;
    else out[key] = String(value);
    // Optional texts pick their words by a flag: ICU never selects on user text ("toString" would find the prototype's).
    if (key === "label" || key === "from") out[`${key}Set`] = value === "" ? "no" : "yes";
  }
  if (params.mode === "owner-api") out.mode = "ownerApi";
  return out;
}

export function refactoringTitle(t: Translate, r: Pick<Refactoring, "kind" | "title" | "params">): string {
  if (!r.params) return r.title;
  return t(`refactor.title.${r.kind}`, values(t, r.params as Record<string, unknown>));
}

export function changeText(t: Translate, step: RefactorStep): string {
  const v = values(t, step.params as Record<string, unknown>);
  if (step.code === "timeout-changed" && step.params.before === "") v.before = t("refactor.change.none");
  return t(`refactor.change.${step.code}`, v);
}
