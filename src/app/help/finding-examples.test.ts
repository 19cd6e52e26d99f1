import { describe, expect, it } from "vitest";
import { findingHelp } from "./finding-examples";
import { FINDING_CODES } from "../../core/analysis/types";
import { FINDING_TEXT } from "../../core/analysis/finding-messages";
import { translateFor } from "../../i18n/catalog-source";

describe("findingHelp", () => {
  it("explains every finding code with the core's own title and a full example", () => {
    const help = findingHelp(translateFor("en"), "en");
    expect(help.map((h) => h.code)).toEqual([...FINDING_CODES]);
    for (const h of help) {
      expect(h.title).toBe(FINDING_TEXT[h.code].title);
      expect(h.example.length).toBeGreaterThan(20);
      expect(h.example).not.toMatch(/undefined|NaN|\[object|\{\w+\}/);
    }
  });

  it("speaks Chinese in zh-CN: the same examples through the zh-CN catalog, no English sentence left", () => {
    const help = findingHelp(translateFor("zh-CN"), "zh-CN");
    expect(help.map((h) => h.code)).toEqual([...FINDING_CODES]);
    for (const h of help) {
      expect(h.title).toMatch(/[\u4e00-\u9fff]/);
      expect(h.example).toMatch(/[\u4e00-\u9fff]/);
      // Only names from the made-up design (ids, contexts) may be in Latin letters.
      const english = h.example.replace(/[a-z0-9]+(-[a-z0-9]+)+|Order Management|Payment Processing|User Management|Reporting|OrderShipped|PaymentFailed|event bus|orders|API|“user”|ms|s\b/g, "").match(/[A-Za-z]{3,}/g);
      expect(english, `${h.code}: ${h.example}`).toBeNull();
    }
  });
});
