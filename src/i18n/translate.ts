/**
 * Catalogs and ICU formatting on Lingui's core, shared by the app, the
 * command line and the tests, so all three word a message the same way.
 * Catalogs are nested JSON of ICU messages (`locales/<locale>/<part>.json`, merged by `locales/parts.ts`) keyed
 * by dotted ids; `compile-catalog.ts` turns one into Lingui's compiled form
 * (the app does that at build time, so its bundle carries no ICU parser).
 */
import type { I18n } from "@lingui/core";

export type Catalog = { [key: string]: string | Catalog };
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The message at a dotted key, or undefined. */
export function lookup(catalog: Catalog, key: string): string | undefined {
  let at: string | Catalog | undefined = catalog;
  for (const part of key.split(".")) {
    if (typeof at !== "object") return undefined;
    at = at[part];
  }
  return typeof at === "string" ? at : undefined;
}

/** Every dotted key a catalog defines. */
export function listKeys(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : listKeys(v, `${prefix}${k}.`)));
}

/**
 * Lingui decodes `\uXXXX` and `\xXX` anywhere in a formatted message, the
 * values filled in included, so a name like `C:\x41` would come out as
 * `C:A`. Each backslash in a value goes in as `\u005c`, which that same
 * single decoding pass turns back into one backslash and nothing more.
 */
export const keepBackslashes = (values: Record<string, string | number> | undefined) => {
  if (!values) return values;
  let out: Record<string, string | number> | undefined;
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "string" && v.includes("\\")) (out ??= { ...values })[k] = v.replaceAll("\\", "\\u005c");
  }
  return out ?? values;
};

/** `t` over a Lingui instance. */
export function translateWith(i18n: I18n): Translate {
  return (key, values) => i18n._(key, keepBackslashes(values));
}
