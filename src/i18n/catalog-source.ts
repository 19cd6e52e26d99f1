/**
 * The source catalogs for Node (the CLI and the tests). The app never
 * imports this: it loads each locale compiled, as a chunk of its own.
 */
import en from "./locales/en.json";
import zh from "./locales/zh-CN.json";
import type { Locale } from "./locales";
import type { Catalog, Translate } from "./translate";
import { createTranslate } from "./compile-catalog";

export const SOURCE_CATALOGS: Record<Locale, Catalog> = { en, "zh-CN": zh };

export function translateFor(locale: Locale): Translate {
  return createTranslate(locale, SOURCE_CATALOGS[locale], SOURCE_CATALOGS.en);
}
