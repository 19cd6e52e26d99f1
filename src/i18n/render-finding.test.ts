import { describe, expect, it } from "vitest";
import { analyzeDesign, FINDING_CODES, TEMPLATES, generateDesign, type Finding } from "../core/index";
import { translateFor } from "./catalog-source";
import { findingMessage, findingTitle } from "./render-finding";
import fc from "fast-check";
import { FINDING_TEXT, makeFinding, type FindingParams } from "../core/analysis/finding-messages";
import type { SplitReason } from "../core/analysis/split-reasons";

const enT = translateFor("en");
const zhT = translateFor("zh-CN");

// Every template plus generated designs with many of each kind of finding.
const findings: Finding[] = [
  ...TEMPLATES.flatMap((t) => analyzeDesign(t.create()).findings),
  ...[40, 300].flatMap((services) => analyzeDesign(generateDesign({ services, seed: services })).findings),
];

describe("findings through the catalogs", () => {
  it("the test designs cover most finding codes", () => {
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(6);
  });

  it("for any names and figures, every code's English catalog message equals the core's (property)", () => {
    // Names as users type them: Chinese, quotes, braces, apostrophes (ICU's escape character).
    const name = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("订单服务", "user's", "{x}", "'a'", "#"));
    const names = fc.array(name, { minLength: 1, maxLength: 9 });
    const score = fc.integer({ min: 10, max: 39 }).map((n) => (n / 10).toFixed(1));
    const splitReason: fc.Arbitrary<SplitReason> = fc.oneof(
      fc.record({ code: fc.constant("low-score" as const), services: names, all: fc.boolean(), scores: fc.array(score, { minLength: 1, maxLength: 9 }), threshold: fc.constant(4) }),
      fc.record({ code: fc.constant("name-stem" as const), services: names, all: fc.boolean(), stem: name }),
      fc.record({ code: fc.constant("mutual" as const), pairs: fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 4 }) }),
      fc.record({ code: fc.constant("single-table" as const), services: names, all: fc.boolean() }),
      fc.record({ code: fc.constant("team" as const), services: fc.integer({ min: 2, max: 500 }), team: fc.integer({ min: 1, max: 40 }), capacity: fc.integer({ min: 1, max: 20 }), perService: fc.constant(2) }),
    );
    const params: { [C in keyof FindingParams]: fc.Arbitrary<FindingParams[C]> } = {
      "circular-dependency": fc.record({ cycle: names, sync: fc.boolean(), tangled: fc.nat(20) }),
      "shared-database": fc.record({ database: name, services: names, contexts: fc.array(name, { maxLength: 4 }) }),
      "over-splitting": fc.record({ scope: name, services: names, reasons: fc.array(splitReason, { maxLength: 3 }), wholeDesign: fc.boolean() }),
      "deep-sync-chain": fc.record({ path: names, hops: fc.nat(30), availability: fc.double({ min: 0.9, max: 1, noNaN: true }) }),
      "cross-context-data-access": fc.record({ service: name, database: name, serviceContext: name, databaseContext: name }),
      "event-without-producers": fc.record({ event: name, broker: name, consumers: names }),
      "broker-without-consumers": fc.record({ broker: name, producers: names }),
      "broker-without-producers": fc.record({ broker: name, consumers: names }),
      "gateway-without-routes": fc.record({ gateway: name }),
      "orphan-service": fc.record({ service: name }),
      "event-without-consumers": fc.record({ event: name, broker: name, producers: names }),
      "unused-database": fc.record({ database: name }),
      "missing-circuit-breaker": fc.record({ caller: name, callee: name, callerContext: name, calleeContext: name }),
      "timeout-budget": fc.record({ caller: name, callee: name, timeout: fc.nat(120_000), budget: fc.nat(600_000), path: names, hops: fc.array(fc.record({ callee: name, timeout: fc.nat(60_000), tries: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 4 }) }),
      "retry-amplification": fc.record({ path: names, tries: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }), factor: fc.nat(1000), last: name }),
    };
    for (const code of FINDING_CODES) {
      fc.assert(
        fc.property(params[code] as fc.Arbitrary<any>, (p) => {
          const f = makeFinding(code, "warning", p, { elements: [] });
          expect(findingMessage(enT, f, "en")).toBe(f.message);
          const zhText = findingMessage(zhT, f, "zh-CN");
          // Every single name reaches the Chinese text unchanged (lists may be cut to "N more").
          for (const [k, v] of Object.entries(p)) if (typeof v === "string" && !(k === "scope" && (p as any).wholeDesign)) expect(zhText).toContain(v);
        }),
        { numRuns: 150 },
      );
    }
  });

  it("English from the catalog reads exactly as the core's own message", () => {
    for (const f of findings) expect(findingMessage(enT, f, "en")).toBe(f.message);
    for (const code of FINDING_CODES) expect(findingTitle(enT, code)).toBe(FINDING_TEXT[code].title);
  });

  it("zh-CN renders every finding with its names and without English words of the catalog", () => {
    for (const f of findings) {
      const text = findingMessage(zhT, f, "zh-CN");
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/\{|\}/);
      // Strip the element names (the params): what is left is the catalog's words.
      let rest = text;
      const names = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(names) : v && typeof v === "object" ? Object.values(v).flatMap(names) : []);
      for (const v of names(f.params ?? {}).filter((s) => s.length > 2).sort((a, b) => b.length - a.length)) rest = rest.split(v).join("");
      expect(rest, text).not.toMatch(/\b(the|and|is|of|to|calls?)\b/);
    }
  });
});
