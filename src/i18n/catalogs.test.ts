import { describe, expect, it } from "vitest";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import { readdirSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "./locales";
import { CATALOG_PARTS, mergeParts, sourceCatalog } from "./locales/parts";
import { listKeys, lookup, type Catalog } from "./translate";

const en = sourceCatalog("en");
const zh = sourceCatalog("zh-CN");

/**
 * The placeholder names an ICU message uses, sorted; `plural: false` leaves
 * out those used only to pick a plural form (Chinese needs none).
 */
function argumentsOf(message: string, { plural = true } = {}): string[] {
  const names = new Set<string>();
  // Compiled tokens: text, or [name, type?, choices?]; "#" inside a plural is ["#"].
  const walk = (tokens: unknown[]) => {
    for (const token of tokens) {
      if (!Array.isArray(token)) continue;
      const [name, type, choices] = token as [string, string?, Record<string, unknown>?];
      if (name !== "#" && (plural || type !== "plural")) names.add(name);
      if (choices && typeof choices === "object") for (const [k, v] of Object.entries(choices)) if (k !== "offset" && Array.isArray(v)) walk(v);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

describe("catalog parts", () => {
  it("every part file of every locale is listed, for every locale", () => {
    for (const locale of LOCALES) {
      const files = readdirSync(path.join(__dirname, "locales", locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
      expect(files, locale).toEqual(Object.keys(CATALOG_PARTS).sort());
    }
  });

  it("each part of zh-CN has the keys of the same part in English", () => {
    for (const [part, byLocale] of Object.entries(CATALOG_PARTS)) expect(listKeys(byLocale["zh-CN"]), part).toEqual(expect.arrayContaining(listKeys(byLocale.en)));
  });

  it("two parts may not define the same top-level key", () => {
    expect(() => mergeParts({ a: { x: "1" }, b: { x: "2" } })).toThrow(/"x" is defined in both a.json and b.json/);
    expect(mergeParts({ a: { x: "1" }, b: { y: { z: "2" } } })).toEqual({ x: "1", y: { z: "2" } });
  });
});

describe("catalogs", () => {
  const enKeys = listKeys(en as Catalog);

  it("zh-CN has every key English has, and no key English lacks", () => {
    const zhKeys = listKeys(zh as Catalog);
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it("every message parses as ICU, and zh-CN shows what English shows and nothing English lacks", () => {
    for (const key of enKeys) {
      const english = lookup(en as Catalog, key)!;
      const chinese = lookup(zh as Catalog, key);
      expect(() => argumentsOf(english), key).not.toThrow();
      if (chinese === undefined) continue;
      expect(argumentsOf(english, { plural: false }).filter((n) => !argumentsOf(chinese).includes(n)), key).toEqual([]);
      expect(argumentsOf(chinese).filter((n) => !argumentsOf(english).includes(n)), key).toEqual([]);
    }
  });

  it("zh-CN is not English left in place", () => {
    // Messages that are only names, symbols or placeholders may stay the same.
    const same = enKeys.filter((k) => lookup(zh as Catalog, k) === lookup(en as Catalog, k));
    expect(same).toEqual([]);
  });
});
