/**
 * The source catalogs for Node (the CLI and the tests). The app never
 * imports this: it loads each locale compiled, as a chunk of its own.
 */
import { LOCALES, type Locale } from "./locales";
import { sourceCatalog } from "./locales/parts";
import type { Catalog, Translate } from "./translate";
import { createTranslate } from "./compile-catalog";

export const SOURCE_CATALOGS = Object.fromEntries(LOCALES.map((l) => [l, sourceCatalog(l)])) as Record<Locale, Catalog>;

export function translateFor(locale: Locale): Translate {
  return createTranslate(locale, SOURCE_CATALOGS[locale], SOURCE_CATALOGS.en);
}
