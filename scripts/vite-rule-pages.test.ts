import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulePages } from "./vite-rule-pages";

describe("rule pages beside the app", () => {
  it("serves every Chinese page under rules/zh-CN/, in Chinese, linked to its English page", () => {
    const pages = renderRulePages(path.resolve(import.meta.dirname, "../docs/rules"));
    const zh = pages.get("rules/zh-CN/circular-dependency.html")!;
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain("<h2>为什么重要</h2>");
    expect(zh).toContain('<a href="../circular-dependency.html" lang="en" hreflang="en">English</a>');
    expect(pages.get("rules/zh-CN/index.html")).toContain('href="circular-dependency.html"');
    expect(pages.get("rules/circular-dependency.html")).toContain('href="zh-CN/circular-dependency.html"');
  });

  it("serves a page not yet translated in English at its Chinese address, saying so", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "rules-"));
    mkdirSync(path.join(folder, "zh-CN"));
    writeFileSync(path.join(folder, "new-rule.md"), "# New rule (`new-rule`)\n\n## What it means\n\nSomething.\n");
    const page = renderRulePages(folder).get("rules/zh-CN/new-rule.html")!;
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("What it means");
    expect(page).toContain("本页尚未翻译");
  });
});
