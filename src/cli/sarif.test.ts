import { describe, expect, it } from "vitest";
import { sarifValidator } from "../../test/tools/shared-schemas";
import { analyzeDesign, FINDING_CODES, templateById, type Design } from "../core/index";
import { readRuleDoc } from "./read-rule-doc";
import { lineOfId, toSarif } from "./sarif";

const design = (id: string): Design => templateById(id)!.create();
const checked = (id: string, uri: string | undefined = `designs/${id}.seams.json`) => {
  const d = design(id);
  return { uri, text: JSON.stringify(d, null, 2), analysis: analyzeDesign(d) };
};
const options = { version: "1.2.3", base: "https://seams.example.com/app/", ruleDoc: readRuleDoc };

describe("SARIF", () => {
  it("validates against the SARIF 2.1.0 schema, for several designs and for standard input", () => {
    const log = toSarif([checked("mall-go"), checked("circular"), checked("circular", undefined)], options);
    const { valid, errors } = sarifValidator()(log);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it("marks the run unsuccessful, with a notification per problem, when a design did not load", () => {
    const log = toSarif([checked("mall-go")], { ...options, problems: [{ uri: "designs/broken.seams.json", message: 'flows[0].to: no element "x" in this design' }] });
    expect(sarifValidator()(log).errors).toEqual([]);
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toEqual([expect.objectContaining({ level: "error", message: { text: 'flows[0].to: no element "x" in this design' } })]);
    expect(toSarif([checked("mall-go")], options).runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  it("the schema check can fail: a level SARIF does not have is refused", () => {
    const log = toSarif([checked("circular")], options);
    (log.runs[0]!.results[0] as { level: string }).level = "info";
    expect(sarifValidator()(log).valid).toBe(false);
    const badLink = toSarif([checked("circular")], options);
    badLink.runs[0]!.tool.driver.rules[0]!.helpUri = "not a link";
    expect(sarifValidator()(badLink).errors.join()).toContain("helpUri");
  });

  it("has one rule per finding code with the rule page's full text and its link", () => {
    const [run] = toSarif([], options).runs;
    expect(run!.tool.driver.rules.map((r) => r.id)).toEqual([...FINDING_CODES]);
    const rule = run!.tool.driver.rules.find((r) => r.id === "circular-dependency")!;
    expect(rule.helpUri).toBe("https://seams.example.com/app/rules/circular-dependency.html");
    expect(rule.help.markdown).toContain("## How to fix it");
    expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text);
  });

  it("gives each finding its level, the element ids as logical locations and the line that declares the first element", () => {
    const c = checked("circular");
    const log = toSarif([c], options);
    const result = log.runs[0]!.results.find((r) => r.ruleId === "circular-dependency")!;
    expect(result.level).toBe("error");
    expect(result.locations[0]!.logicalLocations.map((l) => l.name)).toEqual(["user-service", "order-service"]);
    const line = result.locations[0]!.physicalLocation!.region.startLine;
    expect(c.text.split("\n")[line - 1]).toContain('"id": "user-service"');
    expect(result.locations[0]!.physicalLocation!.artifactLocation.uri).toBe("designs/circular.seams.json");
    const note = log.runs[0]!.results.find((r) => r.level === "note");
    expect(note).toBeDefined();
  });

  it("finds the line of an id, not of a name or reference that merely contains it", () => {
    const text = '{\n  "flows": [{ "from": "a" }],\n  "services": [\n    { "id": "ab" },\n    { "id": "a" }\n  ]\n}';
    expect(lineOfId(text, "a")).toBe(5);
    expect(lineOfId(text, "zz")).toBeUndefined();
  });

  it("in zh-CN, says the results and rule titles in Chinese and names the language in the run, still valid SARIF", () => {
    const english = toSarif([checked("circular")], options);
    const log = toSarif([checked("circular")], { ...options, locale: "zh-CN" });
    expect(sarifValidator()(log).errors).toEqual([]);
    const [run] = log.runs;
    expect(run).toHaveProperty("language", "zh-CN");
    expect(english.runs[0]).not.toHaveProperty("language");
    const result = run!.results.find((r) => r.ruleId === "circular-dependency")!;
    expect(result.message.text).toMatch(/^循环依赖：/);
    const rule = run!.tool.driver.rules.find((r) => r.id === "circular-dependency")!;
    expect(rule.shortDescription.text).toMatch(/[\u4e00-\u9fff]/);
    // The rule's help is its Chinese page, and the link goes to that page.
    expect(rule.help.markdown).toContain("## 含义");
    expect(rule.fullDescription.text).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.helpUri).toBe("https://seams.example.com/app/rules/zh-CN/circular-dependency.html");
    // The machine-read parts stay as they are.
    expect(run!.results.map((r) => [r.ruleId, r.level, r.partialFingerprints])).toEqual(english.runs[0]!.results.map((r) => [r.ruleId, r.level, r.partialFingerprints]));
  });
});
