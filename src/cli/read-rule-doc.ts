/**
 * The text of a rule page, `docs/rules/<code>.md` (in Chinese
 * `docs/rules/zh-CN/<code>.md`), for SARIF's help. The pages ship in the npm
 * package beside the bundled command line (dist-cli/ -> ../docs/rules) and
 * sit two folders up from this file in a checkout (src/cli/ -> ../../docs/rules).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULE_DOC_LOCALES } from "../core/index";

const FOLDERS = ["../docs/rules/", "../../docs/rules/"].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/**
 * The page's markdown in a language (`en` or `zh-CN`), or undefined when there
 * is no page for the code. A page not yet translated is the English one.
 */
export function readRuleDoc(code: string, locale: string = "en"): string | undefined {
  const sub = (RULE_DOC_LOCALES as readonly string[]).includes(locale) ? `${locale}/` : "";
  for (const dir of sub ? [sub, ""] : [""]) {
    for (const folder of FOLDERS) {
      const file = `${folder}${dir}${code}.md`;
      if (existsSync(file)) return readFileSync(file, "utf8");
    }
  }
  return undefined;
}

/** The first paragraph under "## What it means" (in Chinese "## 含义"): SARIF's fullDescription. */
export function ruleMeaning(markdown: string): string | undefined {
  const section = /^## (?:What it means|含义)\s*\n+([\s\S]*?)(?:\n\s*\n|\n##|$)/m.exec(markdown);
  return section?.[1]?.replace(/\s+/g, " ").trim() || undefined;
}
