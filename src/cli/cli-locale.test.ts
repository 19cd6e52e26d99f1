import { describe, expect, it } from "vitest";
import { analyzeDesign, TEMPLATES } from "../core/index";
import { cliLocale } from "./cli-locale";
import { formatReport } from "./commands/check";

describe("the command line's language", () => {
  it("--lang wins, then LC_ALL, LC_MESSAGES, LANG; C and unknown languages are English", () => {
    expect(cliLocale("zh-CN", { LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(cliLocale(undefined, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(cliLocale(undefined, { LC_MESSAGES: "zh_TW", LANG: "en_US" })).toBe("zh-CN");
    expect(cliLocale(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(cliLocale(undefined, { LC_ALL: "C", LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(cliLocale(undefined, { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(cliLocale(undefined, {})).toBe("en");
  });

  it("seams check in zh-CN words the summary, headings and findings in Chinese", () => {
    for (const template of TEMPLATES.filter((t) => t.id !== "blank")) {
      const design = template.create();
      const analysis = analyzeDesign(design);
      const zh = formatReport(design, analysis, "zh-CN");
      const en = formatReport(design, analysis, "en");
      expect(zh.split("\n")[0]).toMatch(/个错误，\d+ 个警告，\d+ 条提示$/);
      for (const f of analysis.findings) {
        expect(en).toContain(f.message);
        expect(zh).not.toContain(f.message);
      }
      expect(zh).not.toMatch(/^(Errors|Warnings|Info) \(/m);
      expect(zh).not.toMatch(/^\s+(cycle|path|elements): /m);
    }
  });
});
