/**
 * Everything the core words beside findings (loader errors, refactoring
 * titles and changes, project advice, split verdicts, over-splitting reasons,
 * failure outcomes) has a message in every locale, fed by the params the core
 * sends: the English catalog reads exactly as the core's own English, and
 * zh-CN renders with every placeholder filled. The codes come from the
 * core's own lists and types, so a new code without messages fails here.
 */
import fc from "fast-check";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { describe, expect, it } from "vitest";
import { adviseProject } from "../core/analysis/advise-project";
import { VERDICT_TEXT } from "../core/analysis/score-split";
import { SPLIT_REASON_CODES } from "../core/analysis/split-reasons";
import { OUTCOMES } from "../core/impact/assess-impact";
import { loadDesign } from "../core/load/load-design";
import { formatLoadError, LOAD_ERROR_CODES, type LoadError, type LoadErrorCode } from "../core/load/load-error";
import { FORMAT, SPLIT_CRITERIA, type Project } from "../core/model/schema";
import { SPLIT_CRITERION_TITLE } from "../core/model/split-criteria";
import { CHANGE_CODES, CHANGE_TEXT, changeText as englishChange, type ChangeParams, type RefactorStep } from "../core/refactor/change-text";
import { applyRefactoring } from "../core/refactor/apply-refactoring";
import { listRefactorings } from "../core/refactor/list-refactorings";
import { TITLE_TEXT, type RefactoringTitleParams } from "../core/refactor/title-text";
import { REFACTORING_KINDS, type RefactoringKind } from "../core/refactor/types";
import { generateDesign } from "../core/analysis/generate-design";
import { TEMPLATES } from "../core/templates/index";
import { SOURCE_CATALOGS, translateFor } from "./catalog-source";
import { adviceReason, criterionLabel, verdictText } from "./render-advice";
import { renderLoadError } from "./render-load-error";
import { changeText, refactoringTitle } from "./render-refactoring";
import { lookup } from "./translate";

const en = translateFor("en");
const zh = translateFor("zh-CN");
const HAN = /[\u4e00-\u9fff]/;

function expectBothLocales(key: string): void {
  for (const locale of ["en", "zh-CN"] as const) {
    const message = lookup(SOURCE_CATALOGS[locale], key);
    expect(message, `${locale} ${key}`).toBeDefined();
    expect(() => compileMessageOrThrow(message!), `${locale} ${key}`).not.toThrow();
  }
}

/** The text with the names in `params` taken out: what is left is the catalog's words. */
function withoutNames(text: string, params: object): string {
  const names = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(names) : v && typeof v === "object" ? Object.values(v).flatMap(names) : []);
  return names(params)
    .filter((n) => n)
    .sort((a, b) => b.length - a.length)
    .reduce((rest, n) => rest.split(n).join(""), text);
}

/** zh-CN text: Chinese, and no placeholder left unfilled. */
function expectChinese(text: string, context: string): void {
  expect(text, context).toMatch(HAN);
  expect(text, context).not.toMatch(/\{[A-Za-z]+\}/);
}

describe("loader errors through the catalogs", () => {
  const base = { format: FORMAT, version: 1, name: "bad" };
  const svc = (id: string) => ({ id, name: id });
  const flow = (id: string, from: string, to: string, extra: object = {}) => ({ id, from, to, kind: "sync", ...extra });
  /** Documents that make the loader say each thing it can say. */
  const BAD: unknown[] = [
    "x".repeat(32 * 1024 * 1024 + 1),
    "  ",
    "{nope",
    "[1]",
    "null",
    {},
    { format: "other" },
    { format: FORMAT },
    { format: FORMAT, version: "one" },
    { format: FORMAT, version: 99 },
    { ...base, services: new Array(50_001).fill(0) },
    { ...base, services: [{ id: "a", name: "a", tags: new Array(51).fill("t") }] },
    { ...base, layout: Object.fromEntries(Array.from({ length: 110_000 }, (_, i) => [`e${i}`, { x: 0, y: 0 }])) },
    { ...base, services: [svc("a")], flows: Array.from({ length: 51 }, (_, i) => flow(`f${i}`, "a", `nobody${i}`)) },
    { ...base, services: [svc("a"), svc("a")] },
    { ...base, services: [{ ...svc("a"), context: "ctx" }] },
    { ...base, services: [{ ...svc("a"), context: "b" }, svc("b")] },
    { ...base, services: [svc("a"), svc("b")], flows: [flow("f", "a", "g"), flow("g", "a", "b"), flow("h", "a", "a")] },
    { ...base, contexts: [svc("c")], services: [svc("a")], flows: [flow("f", "a", "c")] },
    { ...base, services: [svc("a")], databases: [svc("d")], brokers: [svc("k")], gateways: [svc("g")], flows: [flow("f1", "d", "a"), flow("f2", "k", "d", { kind: "async" }), flow("f3", "g", "d"), flow("f4", "a", "g")] },
    { ...base, services: [svc("a")], databases: [svc("d")], flows: [flow("f", "a", "d", { kind: "async" })] },
    { ...base, services: [svc("a")], gateways: [svc("g")], flows: [flow("f", "g", "a", { kind: "async" })] },
    { ...base, services: [svc("a")], brokers: [svc("k")], flows: [flow("f", "a", "k"), flow("f2", "k", "a")] },
    { ...base, services: [svc("a"), svc("b")], flows: [flow("f", "a", "b", { protocol: "event" }), flow("f2", "a", "b", { kind: "async", protocol: "http" })] },
    { ...base, services: [svc("a")], gateways: [svc("g")], flows: [flow("r1", "g", "a"), flow("r2", "g", "a")] },
    { ...base, services: [{ id: "a" }] },
    { ...base, services: [{ id: "a", name: 5 }] },
    { ...base, services: [{ id: "a", name: "a", split: { teamAutonomy: 2.5 } }] },
    { ...base, flows: [{ id: "f", from: "a", to: "b", kind: "sideways" }], services: [svc("a"), svc("b")] },
    { ...base, services: [{ id: "a", name: "" }] },
    { ...base, services: [{ id: "a", name: "n".repeat(101) }] },
    { ...base, services: [{ id: "a", name: "a", split: { teamAutonomy: 0 } }] },
    { ...base, services: [{ id: "a", name: "a", split: { teamAutonomy: 11 } }] },
    { ...base, services: [{ id: "a", name: "a", availability: 0 }] },
    { ...base, services: [{ id: "A B", name: "a" }] },
    { ...base, services: [{ ...svc("a"), instances: [{ host: "a b" }] }, svc("b")], flows: [flow("f", "a", "b", { timeout: "soon" })] },
    { ...base, gateways: [{ id: "g", name: "g", cors: { origins: ["nope"] } }] },
    { ...base, services: [svc("a")], gateways: [svc("g")], flows: [flow("r", "g", "a", { path: "no-slash" })] },
    { ...base, project: [] },
  ];
  const errors: LoadError[] = BAD.flatMap((doc) => {
    const r = loadDesign(doc);
    return r.ok ? [] : r.errors;
  });
  /**
   * Codes no document of this version produces: there are no migrations yet,
   * the size check refuses long lists before the schema would, and `invalid`
   * is the fallback for issues the schema does not raise today.
   */
  const UNREACHABLE: LoadErrorCode[] = ["version-unmigratable", "too-many-items", "invalid"];

  it("every code the loader can emit has an English and a zh-CN message", () => {
    for (const code of LOAD_ERROR_CODES) expectBothLocales(`loadError.${code}`);
  });

  it("the documents above make the loader emit every code, each with a code", () => {
    expect(errors.every((e) => e.code !== undefined)).toBe(true);
    const seen = new Set(errors.map((e) => e.code));
    expect(LOAD_ERROR_CODES.filter((c) => !seen.has(c) && !UNREACHABLE.includes(c))).toEqual([]);
  });

  it("English from the catalog reads exactly as the loader's own message; zh-CN fills every param and names the field", () => {
    for (const e of errors) {
      // The schema's own enum messages ("must be sync or async (got …)") are worded generically by the catalog.
      if (!(e.code === "not-allowed" && e.message.includes("(got"))) expect(renderLoadError(en, e)).toBe(formatLoadError(e));
      const text = renderLoadError(zh, e);
      expectChinese(text, `${e.code} ${text}`);
      if (e.path) expect(text.startsWith(`${e.path}：`), text).toBe(true);
    }
  });

  it("an error without a code (an older core) keeps its English", () => {
    expect(renderLoadError(zh, { path: "x", message: "is odd" })).toBe("x: is odd");
  });
});

describe("refactorings through the catalogs", () => {
  const name = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""), fc.constantFrom("订单服务", "user's", "{x}", "'a'", "#", "toString", "none", "__proto__"));
  const names = fc.array(name, { minLength: 1, maxLength: 6 });
  const n = fc.integer({ min: 1, max: 9 });
  const duration = fc.constantFrom("250ms", "2s", "1m");
  const arrow = { from: name, to: name };
  // Typed by the core's tables: a new kind or change code fails to compile here until it has an arbitrary.
  const TITLE_PARAMS: { [K in RefactoringKind]: fc.Arbitrary<RefactoringTitleParams[K]> } = {
    "call-to-event": fc.record({ ...arrow, label: fc.oneof(fc.constant(""), name) }),
    "merge-services": fc.record({ services: names }),
    "split-database": fc.record({ database: name, owner: name, mode: fc.constantFrom("owner-api" as const, "own-databases" as const) }),
    "add-circuit-breaker": fc.record(arrow),
    "add-timeout": fc.record(arrow),
    "fit-timeouts": fc.record(arrow),
    "retry-at-one-layer": fc.record({ path: names }),
    "move-to-context": fc.record({ service: name, context: name }),
  };
  const CHANGE_PARAMS: { [C in keyof ChangeParams]: fc.Arbitrary<ChangeParams[C]> } = {
    "breaker-added": fc.record(arrow),
    "timeout-added": fc.record({ ...arrow, timeout: duration }),
    "timeouts-fit": fc.record({ ...arrow, limit: duration }),
    "timeout-changed": fc.record({ ...arrow, before: fc.oneof(fc.constant(""), duration), after: duration, tries: n }),
    "retries-stopped": fc.record({ ...arrow, retries: n }),
    "retries-kept": fc.record(arrow),
    "broker-added": fc.record({ broker: name }),
    "call-dropped": fc.record({ caller: name, callee: name, label: fc.oneof(fc.constant(""), name), calls: n }),
    "already-publishes": fc.record({ callee: name, event: name, broker: name }),
    publishes: fc.record({ callee: name, event: name, broker: name }),
    subscribes: fc.record({ caller: name, callee: name, event: name }),
    merged: fc.record({ others: names, target: name }),
    rewired: fc.record({ count: n, target: name }),
    "calls-inside": fc.record({ count: n }),
    "duplicates-kept-once": fc.record({ count: n }),
    "split-highest": fc.record({ target: name }),
    moved: fc.record({ service: name, from: fc.oneof(fc.constant(""), name), to: name }),
    "moved-along": fc.record({ database: name, service: name }),
    owns: fc.record({ owner: name, database: name }),
    "uses-existing-call": fc.record({ service: name, database: name, owner: name }),
    "calls-owner": fc.record({ service: name, database: name, owner: name }),
    "own-database": fc.record({ service: name, database: name, tables: fc.array(name, { maxLength: 4 }) }),
  };

  it("every kind and change code has an English and a zh-CN message", () => {
    for (const kind of REFACTORING_KINDS) expectBothLocales(`refactor.title.${kind}`);
    for (const code of CHANGE_CODES) expectBothLocales(`refactor.change.${code}`);
    expect(Object.keys(CHANGE_PARAMS).sort()).toEqual([...CHANGE_CODES].sort());
  });

  it("for any names and figures, titles and changes read in English as the core's and fill every param in zh-CN (property)", () => {
    for (const kind of REFACTORING_KINDS) {
      fc.assert(
        fc.property(TITLE_PARAMS[kind] as fc.Arbitrary<any>, (params) => {
          const r = { kind, params, title: (TITLE_TEXT[kind] as (p: unknown) => string)(params) };
          expect(refactoringTitle(en, r)).toBe(r.title);
          expectChinese(withoutNames(refactoringTitle(zh, r), params), kind);
        }),
        { numRuns: 60 },
      );
    }
    for (const code of CHANGE_CODES) {
      fc.assert(
        fc.property(CHANGE_PARAMS[code] as fc.Arbitrary<any>, (params) => {
          const st = { code, params } as RefactorStep;
          expect(changeText(en, st)).toBe(englishChange(st));
          expectChinese(withoutNames(changeText(zh, st), params), code);
        }),
        { numRuns: 60 },
      );
    }
    expect(Object.keys(CHANGE_TEXT).length).toBe(CHANGE_CODES.length);
  });

  it("the refactorings of the templates and generated designs render in both languages", () => {
    const designs = [...TEMPLATES.map((t) => t.create()), generateDesign({ services: 40, seed: 40 })];
    let count = 0;
    for (const design of designs)
      for (const r of listRefactorings(design)) {
        count++;
        expect(refactoringTitle(en, r)).toBe(r.title);
        expectChinese(refactoringTitle(zh, r), r.id);
        const result = applyRefactoring(design, r.plan);
        expect(result.steps.map((s) => changeText(en, s))).toEqual(result.changes);
        for (const s of result.steps) expectChinese(changeText(zh, s), s.code);
      }
    expect(count).toBeGreaterThan(5);
  });
});

describe("zh-CN plurals", () => {
  it("never use the `one` category, which Chinese does not have (only `=1` picks a single item)", () => {
    for (const part of ["adviser", "refactor", "impactPanel", "loadError", "importPreview"]) {
      const messages = JSON.stringify(SOURCE_CATALOGS["zh-CN"][part]);
      expect(messages, part).not.toMatch(/\bone \{/);
    }
    expect(changeText(zh, { code: "call-dropped", params: { caller: "甲", callee: "乙", label: "", calls: 1 } })).toBe("甲 不再调用 乙。");
  });
});

describe("advice, verdicts and outcomes through the catalogs", () => {
  const figure = fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined });
  it("the decision tree's reason reads as the core's in English and in Chinese in zh-CN, for any project (property)", () => {
    fc.assert(
      fc.property(fc.record({ teamSize: figure, businessComplexity: figure, technicalMaturity: figure, scalabilityRequirement: figure, deploymentFrequency: figure }), (raw) => {
        const project = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Project;
        const advice = adviseProject(project);
        expect(adviceReason(en, advice)).toBe(advice.reason);
        expectChinese(adviceReason(zh, advice), advice.step);
      }),
      { numRuns: 300 },
    );
  });

  it("every verdict, criterion, over-splitting reason and failure outcome has both messages", () => {
    for (const verdict of Object.keys(VERDICT_TEXT) as (keyof typeof VERDICT_TEXT)[]) {
      expect(verdictText(en, verdict)).toBe(VERDICT_TEXT[verdict]);
      expectChinese(verdictText(zh, verdict), verdict);
      expectBothLocales(`adviser.verdictShort.${verdict}`);
    }
    for (const c of SPLIT_CRITERIA) {
      expect(criterionLabel(en, c)).toBe(SPLIT_CRITERION_TITLE[c]);
      expectChinese(criterionLabel(zh, c), c);
    }
    for (const code of SPLIT_REASON_CODES) expectBothLocales(`adviser.overSplit.${code}`);
    for (const outcome of OUTCOMES) expectBothLocales(`impactPanel.outcome.${outcome}`);
  });
});
