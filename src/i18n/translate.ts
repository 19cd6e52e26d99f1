/**
 * Catalog lookup and ICU formatting without React, for the command line and
 * tests (the app goes through i18next with the same catalogs and the same
 * ICU formatter). A missing key falls back to English, then to the key.
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "./locales";

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

export function createTranslate(locale: Locale, catalog: Catalog, fallback: Catalog): Translate {
  const cache = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = cache.get(key);
    if (!format) {
      const message = lookup(catalog, key) ?? lookup(fallback, key);
      if (message === undefined) return key;
      format = new IntlMessageFormat(message, locale);
      cache.set(key, format);
    }
    return String(format.format(values));
  };
}
