import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS } from "../core/export/registry";
import { translateFor } from "./catalog-source";
import { designJsonTarget } from "../app/export/design-json-target";
import { targetText } from "./target-text";

const targets = [...EXPORT_TARGETS, designJsonTarget];

describe("export target texts", () => {
  it("read in English exactly as the core words them", () => {
    const t = translateFor("en");
    for (const target of targets) expect(targetText(t, target), target.id).toEqual({ title: target.title, summary: target.summary });
  });

  it("have a Chinese summary for every target; titles that are only a product's name stay as they are", () => {
    const t = translateFor("zh-CN");
    for (const target of targets) {
      const text = targetText(t, target);
      expect(text.summary, target.id).toMatch(/[\u4e00-\u9fff]/);
      if (text.title === target.title) expect(target.title, target.id).not.toMatch(/\b(gateway|catalog|Design|Admin)\b/);
    }
  });

  it("fall back to the core's English for a target the catalogs do not know", () => {
    expect(targetText(translateFor("zh-CN"), { id: "new-target", title: "New", summary: "Something new." })).toEqual({ title: "New", summary: "Something new." });
  });
});
