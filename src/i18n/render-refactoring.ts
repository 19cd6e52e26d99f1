/**
 * Refactoring titles and the changes a refactoring makes, in the reader's
 * language, from the kind or change code and the params the core attached
 * (`refactor.title.<kind>`, `refactor.change.<code>`).
 */
import type { RefactorStep } from "../core/refactor/change-text";
import type { Refactoring } from "../core/refactor/types";
import { formatList } from "./finding-values";
import type { Translate } from "./translate";

const ARROW = " -> ";

/** Params as ICU values: lists joined the locale's way (paths with arrows), empty texts as `none` for a select. */
function values(t: Translate, params: Record<string, unknown>, locale: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      out[key] = key === "path" ? value.join(ARROW) : formatList(value.map(String), locale, (count) => t("list.more", { count }));
      out[`${key.replace(/s$/, "")}Count`] = value.length;
    } else if (typeof value === "number") out[key] = value;
    else if (value === "" && (key === "label" || key === "from")) out[key] = "none";
    else out[key] = String(value);
  }
  if (params.mode === "owner-api") out.mode = "ownerApi";
  return out;
}

export function refactoringTitle(t: Translate, r: Pick<Refactoring, "kind" | "title" | "params">, locale: string): string {
  if (!r.params) return r.title;
  return t(`refactor.title.${r.kind}`, values(t, r.params as Record<string, unknown>, locale));
}

export function changeText(t: Translate, step: RefactorStep, locale: string): string {
  const v = values(t, step.params as Record<string, unknown>, locale);
  if (step.code === "timeout-changed" && step.params.before === "") v.before = t("refactor.change.none");
  return t(`refactor.change.${step.code}`, v);
}
