import { describe, expect, it } from "vitest";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import en from "./locales/en.json";
import zh from "./locales/zh-CN.json";
import { listKeys, lookup, type Catalog } from "./translate";

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
