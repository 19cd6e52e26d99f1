import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_CODES } from "../core/index";
import { readRuleDoc, ruleMeaning } from "./read-rule-doc";

const SECTIONS = ["## What it means", "## Why it matters", "## How to fix it", "## Example"];

describe("rule pages", () => {
  it.each([...FINDING_CODES])("%s has a page with every section, in order, each with text", (code) => {
    const doc = readRuleDoc(code);
    expect(doc, `docs/rules/${code}.md is missing`).toBeDefined();
    expect(doc!.split("\n")[0]).toContain(`\`${code}\``);
    const at = SECTIONS.map((s) => doc!.indexOf(`\n${s}\n`));
    expect(at.every((i) => i > 0), `sections: ${SECTIONS.join(", ")}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (let i = 0; i < at.length; i++) {
      const body = doc!.slice(at[i]! + SECTIONS[i]!.length + 2, at[i + 1] ?? doc!.length).trim();
      expect(body.length, `${code}: ${SECTIONS[i]} is empty`).toBeGreaterThan(20);
    }
    expect(ruleMeaning(doc!)?.length).toBeGreaterThan(20);
  });

  it("has no page for a code that does not exist", () => {
    const pages = readdirSync(path.resolve(import.meta.dirname, "../../docs/rules")).filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(pages.map((f) => f.replace(/\.md$/, "")).filter((c) => !(FINDING_CODES as readonly string[]).includes(c))).toEqual([]);
  });
});
