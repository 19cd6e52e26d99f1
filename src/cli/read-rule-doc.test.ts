import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_CODES, RULE_DOC_LOCALES, ruleDocUrl } from "../core/index";
import { readRuleDoc, ruleMeaning } from "./read-rule-doc";

const SECTIONS = ["## What it means", "## Why it matters", "## How to fix it", "## Example"];
/** The same four sections, in each translation's words. */
const SECTIONS_IN: Record<(typeof RULE_DOC_LOCALES)[number], string[]> = { "zh-CN": ["## 含义", "## 为什么重要", "## 如何修复", "## 示例"] };
const RULES = path.resolve(import.meta.dirname, "../../docs/rules");

/** Fails unless the page has every section, in order, each with text. */
function expectSections(doc: string, sections: string[], code: string) {
  const at = sections.map((s) => doc.indexOf(`\n${s}\n`));
  expect(at.every((i) => i > 0), `${code}: sections ${sections.join(", ")}`).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  for (let i = 0; i < at.length; i++) {
    const body = doc.slice(at[i]! + sections[i]!.length + 2, at[i + 1] ?? doc.length).trim();
    expect(body.length, `${code}: ${sections[i]} is empty`).toBeGreaterThan(20);
  }
}

/** A page's skeleton: its headings and code blocks, which a translation keeps as they are. */
const codeBlocks = (doc: string) => doc.match(/```[\s\S]*?```/g)?.filter((b) => b.startsWith("```json")) ?? [];

describe("rule pages", () => {
  it.each([...FINDING_CODES])("%s has a page with every section, in order, each with text", (code) => {
    const doc = readRuleDoc(code);
    expect(doc, `docs/rules/${code}.md is missing`).toBeDefined();
    expect(doc!.split("\n")[0]).toContain(`\`${code}\``);
    expectSections(doc!, SECTIONS, code);
    expect(ruleMeaning(doc!)?.length).toBeGreaterThan(20);
  });

  it("has no page for a code that does not exist", () => {
    const pages = readdirSync(RULES).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pages.map((f) => f.replace(/\.md$/, "")).filter((c) => !(FINDING_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});

describe.each([...RULE_DOC_LOCALES])("rule pages in %s", (locale) => {
  it.each([...FINDING_CODES])("%s has a translated page with the same sections and the same examples", (code) => {
    const doc = readRuleDoc(code, locale);
    expect(doc, `docs/rules/${locale}/${code}.md is missing`).toBeDefined();
    expect(doc).not.toBe(readRuleDoc(code));
    expect(doc!.split("\n")[0]).toContain(`\`${code}\``);
    expect(doc!.split("\n")[0]).toMatch(/[\u4e00-\u9fff]/);
    expectSections(doc!, SECTIONS_IN[locale], code);
    // Same number of sections and list items as English: nothing left out in translation.
    const shape = (d: string) => [d.match(/^## /gm)?.length, d.match(/^- /gm)?.length];
    expect(shape(doc!), code).toEqual(shape(readRuleDoc(code)!));
    expect(codeBlocks(doc!), code).toEqual(codeBlocks(readRuleDoc(code)!));
    expect(ruleMeaning(doc!)).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has no page English lacks, and an index", () => {
    const english = readdirSync(RULES).filter((f) => f.endsWith(".md"));
    const translated = readdirSync(path.join(RULES, locale)).filter((f) => f.endsWith(".md"));
    expect(translated.sort()).toEqual(english.sort());
    expect(readFileSync(path.join(RULES, locale, "README.md"), "utf8")).toMatch(/[\u4e00-\u9fff]/);
  });

  it("falls back to the English page for a language without pages", () => {
    expect(readRuleDoc("circular-dependency", "de")).toBe(readRuleDoc("circular-dependency"));
  });

  it("is linked from its own folder", () => {
    expect(ruleDocUrl("shared-database", "https://x.example/app/", locale)).toBe(`https://x.example/app/rules/${locale}/shared-database.html`);
    expect(ruleDocUrl("shared-database", "https://x.example/app/", "fr")).toBe("https://x.example/app/rules/shared-database.html");
  });
});
