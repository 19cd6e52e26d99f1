/**
 * The source catalogs for Node (the CLI and the tests). The app never
 * imports this: it loads each locale compiled, as a chunk of its own.
 */
import { LOCALES, type Locale } from "./locales";
import { sourceCatalog } from "./locales/parts";
import type { Catalog, Translate } from "./translate";
import { createLazyTranslate } from "./compile-catalog";

export const SOURCE_CATALOGS = Object.fromEntries(LOCALES.map((l) => [l, sourceCatalog(l)])) as Record<Locale, Catalog>;

const made = new Map<Locale, Translate>();

/** One `t` per locale, compiling each message on first use (cheap to call again). */
export function translateFor(locale: Locale): Translate {
  let t = made.get(locale);
  if (!t) made.set(locale, (t = createLazyTranslate(locale, SOURCE_CATALOGS[locale], SOURCE_CATALOGS.en)));
  return t;
}
