import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import en from "./locales/en.json";
import zh from "./locales/zh-CN.json";
import { listKeys, lookup, type Catalog } from "./translate";

/**
 * The placeholder names an ICU message uses, sorted; `plural: false` leaves
 * out those used only to pick a plural form (Chinese needs none).
 */
function argumentsOf(message: string, { plural = true } = {}): string[] {
  const names = new Set<string>();
  const walk = (nodes: any[]) => {
    for (const n of nodes) {
      // 0 is literal text, 6 a plural, 7 the # inside one.
      if (typeof n.value === "string" && n.type !== 0 && (plural || n.type !== 6)) names.add(n.value);
      for (const option of Object.values(n.options ?? {}) as any[]) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, "en").getAst() as any[]);
  return [...names].sort();
}

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
