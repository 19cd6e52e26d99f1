/**
 * A finding's title and message in the reader's language, from its code and
 * the params the core attached (the core's own `message` is the English
 * fallback for findings without params, e.g. from an older analysis).
 */
import type { Finding } from "../core/analysis/types";
import { findingValues } from "./finding-values";
import type { Translate } from "./translate";

export function findingTitle(t: Translate, code: Finding["code"]): string {
  return t(`finding.${code}.title`);
}

export function findingMessage(t: Translate, finding: Pick<Finding, "code" | "params" | "message">, locale: string): string {
  if (!finding.params) return finding.message;
  return t(`finding.${finding.code}.message`, findingValues(finding, locale, t));
}
