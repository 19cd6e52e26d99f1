/**
 * Where a finding code's rule page lives. Each code has a page
 * `docs/rules/<code>.md` (what it means, why it matters, how to fix it, an
 * example); the build renders them beside the app as `rules/<code>.html`, so
 * the app links them relative to wherever it is served, and `seams check
 * --format sarif` links them under its `--base` (the address the app is
 * served from).
 */
import type { FindingCode } from "./types";

/** The folder of rule pages, relative to the app's own address. */
export const RULE_DOCS_PATH = "rules/";

/** Languages with rule pages of their own (`docs/rules/<locale>/<code>.md`, served as `rules/<locale>/<code>.html`); English is the folder itself. */
export const RULE_DOC_LOCALES = ["zh-CN"] as const;

/**
 * The rule page of a finding code under an app address, in a language when
 * it has pages of its own (else English).
 * @example ruleDocUrl("circular-dependency", "https://seams.example.com/app/") === "https://seams.example.com/app/rules/circular-dependency.html"
 * @example ruleDocUrl("circular-dependency", "https://seams.example.com/app/", "zh-CN") === "https://seams.example.com/app/rules/zh-CN/circular-dependency.html"
 */
export function ruleDocUrl(code: FindingCode | string, base: string, locale = "en"): string {
  // The folder of the app's address: no query or fragment, up to the last slash (core has no URL class).
  const path = base.split(/[?#]/)[0] ?? "";
  const folder = (RULE_DOC_LOCALES as readonly string[]).includes(locale) ? `${locale}/` : "";
  return `${path.slice(0, path.lastIndexOf("/") + 1)}${RULE_DOCS_PATH}${folder}${encodeURIComponent(code)}.html`;
}
