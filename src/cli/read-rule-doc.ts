/**
 * The text of a rule page, `docs/rules/<code>.md`, for SARIF's help. The
 * pages ship in the npm package beside the bundled command line
 * (dist-cli/ -> ../docs/rules) and sit two folders up from this file in a
 * checkout (src/cli/ -> ../../docs/rules).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FOLDERS = ["../docs/rules/", "../../docs/rules/"].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/** The page's markdown, or undefined when there is no page for the code. */
export function readRuleDoc(code: string): string | undefined {
  for (const folder of FOLDERS) {
    const file = `${folder}${code}.md`;
    if (existsSync(file)) return readFileSync(file, "utf8");
  }
  return undefined;
}

/** The first paragraph under "## What it means": SARIF's fullDescription. */
export function ruleMeaning(markdown: string): string | undefined {
  const section = /^## What it means\s*\n+([\s\S]*?)(?:\n\s*\n|\n##|$)/m.exec(markdown);
  return section?.[1]?.replace(/\s+/g, " ").trim() || undefined;
}
