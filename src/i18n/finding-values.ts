/**
 * The values a finding's catalog message is filled with: the core's params
 * (element names, figures) with lists and percentages formatted for the
 * locale, so the message itself stays plain ICU.
 */
import type { Finding } from "../core/analysis/types";
import { formatDuration } from "../core/model/duration";
import type { Translate } from "./translate";
import { splitReasons } from "./render-reasons";

const MAX_NAMES = 6;
const MAX_ARROW = 12;

/**
 * Names joined the locale's way ("a, b and c" / "a、b和c"); long lists end
 * in `more(n)`, the catalog's "N more".
 */
export function formatList(names: readonly string[], locale: string, more: (n: number) => string): string {
  const shown = names.length > MAX_NAMES ? [...names.slice(0, MAX_NAMES), more(names.length - MAX_NAMES)] : [...names];
  // en-GB: "a, b and c", as the core writes it (en-US adds a comma before "and").
  return new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { style: "long", type: "conjunction" }).format(shown);
}

const arrow = (names: readonly string[]) =>
  names.length > MAX_ARROW ? [...names.slice(0, MAX_ARROW - 2), "...", names[names.length - 1]].join(" -> ") : names.join(" -> ");

const DURATIONS = new Set(["timeout", "budget"]);

type Hop = { callee: string; timeout: number; tries: number };

/** ICU values for `finding.<code>.message`; `t` words the pieces that are themselves sentences (timeout-budget's hops). */
export function findingValues(finding: Pick<Finding, "params">, locale: string, t: Translate): Record<string, string | number> {
  const more = (count: number) => t("list.more", { count });
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.params ?? {})) {
    if (key === "hops" && Array.isArray(value)) {
      values.below = (value as Hop[]).map((h) => t("finding.timeout-budget.hop", { callee: h.callee, timeout: formatDuration(h.timeout), tries: h.tries })).join(t("finding.timeout-budget.then"));
    } else if (key === "tries" && Array.isArray(value)) values.tries = value.join(" x ");
    else if (DURATIONS.has(key) && typeof value === "number") values[key] = formatDuration(value);
    else if (key === "reasons" && Array.isArray(value)) {
      values.reasons = splitReasons(t, value, locale).join(" ");
      values.reasonsCount = value.length;
    } else if (Array.isArray(value)) {
      const names = value.map(String);
      values[key] = key === "cycle" || key === "path" ? arrow(names) : formatList(names, locale, more);
      values[`${key}Count`] = names.length;
    } else if (key === "scope" && finding.params?.contextless === true) values.scope = t("adviser.contextless");
    else if (typeof value === "boolean") values[key] = value ? "yes" : "no";
    else if (key === "availability" && typeof value === "number") values[key] = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value);
    else if (typeof value === "number" || typeof value === "string") values[key] = value;
  }
  // "N services are tangled in this loop": shown only when the loop is bigger than the path.
  const cycle = finding.params?.cycle;
  if (Array.isArray(cycle) && typeof finding.params?.tangled === "number") values.tangleShown = finding.params.tangled > cycle.length - 1 ? "yes" : "no";
  return values;
}
