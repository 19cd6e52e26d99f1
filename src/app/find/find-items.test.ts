import { describe, expect, it } from "vitest";
import { templateById } from "../../core/templates/index";
import { analyzeDesign } from "../../core/analysis/analyze-design";
import { translateFor } from "../../i18n/catalog-source";
import { findingMessage, findingTitle } from "../../i18n/render-finding";
import { findItems, type FindWords } from "./find-items";
import { rankMatches } from "./rank-matches";

const words = (locale: "en" | "zh-CN"): FindWords => {
  const t = translateFor(locale);
  return { title: (c) => findingTitle(t, c), message: (f) => findingMessage(t, f, locale), kind: (k) => t(`canvasUi.kind.${k}`), protocol: (p) => t(`canvasUi.protocol.${p}`) };
};

describe("what Find searches, in the reader's language", () => {
  const design = templateById("circular")!.create();
  const findings = analyzeDesign(design).findings;

  it("shows findings and flows in Chinese, and still finds them by their English words", () => {
    const items = findItems(design, findings, words("zh-CN"));
    const cycle = items.find((i) => i.group === "finding" && i.finding.code === "circular-dependency")!;
    expect(cycle.label).toBe("循环依赖");
    const flow = items.find((i) => i.key === "flow:user-calls-order")!;
    expect(flow.group === "flow" && flow.hint).toMatch(/^user-calls-order · HTTP 调用/);
    expect(rankMatches("服务", items).some((i) => i.group === "element" && i.kind === "service")).toBe(true);
    expect(rankMatches("service", items).some((i) => i.group === "element" && i.kind === "service")).toBe(true);
    expect(rankMatches("循环", items)[0]).toBe(cycle);
  });

  it("reads as before in English", () => {
    const items = findItems(design, findings, words("en"));
    expect(items.find((i) => i.group === "finding" && i.finding.code === "circular-dependency")!.label).toBe("Circular dependency");
    const flow = items.find((i) => i.key === "flow:user-calls-order")!;
    expect(flow.group === "flow" && flow.hint).toMatch(/^user-calls-order · HTTP call/);
  });
});
