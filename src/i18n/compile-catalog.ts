/**
 * Source catalogs compiled for Lingui: at build time for the app
 * (scripts/vite-lingui-catalogs.ts), at start-up for the CLI and the tests.
 * This holds the ICU parser; the app's runtime never imports it.
 */
import { setupI18n, type Messages } from "@lingui/core";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import type { Locale } from "./locales";
import { keepBackslashes, listKeys, lookup, translateWith, type Catalog, type Translate } from "./translate";

/**
 * A catalog flattened and compiled for Lingui; keys missing from it come
 * from `fallback` (English), so a gap shows English rather than an id.
 * Throws on a message that is not valid ICU.
 */
export function compileCatalog(catalog: Catalog, fallback: Catalog = catalog): Messages {
  const messages: Messages = {};
  for (const key of listKeys(fallback)) messages[key] = compileMessageOrThrow(lookup(catalog, key) ?? lookup(fallback, key)!);
  for (const key of listKeys(catalog)) messages[key] ??= compileMessageOrThrow(lookup(catalog, key)!);
  return messages;
}

/** A `t` for one locale from source catalogs (the CLI and the tests). */
export function createTranslate(locale: Locale, catalog: Catalog, fallback: Catalog): Translate {
  return translateWith(setupI18n({ locale, messages: { [locale]: compileCatalog(catalog, fallback) } }));
}

/**
 * A `t` that compiles each message the first time it is used: the command
 * line says a few dozen messages of a catalog of hundreds, and compiling them
 * all at start-up would cost every command (`seams export --list`) time.
 */
export function createLazyTranslate(locale: Locale, catalog: Catalog, fallback: Catalog): Translate {
  const i18n = setupI18n({ locale, messages: { [locale]: {} } });
  const compiled = new Set<string>();
  return (key, values) => {
    if (!compiled.has(key)) {
      compiled.add(key);
      const source = lookup(catalog, key) ?? lookup(fallback, key);
      if (source !== undefined) i18n.load(locale, { [key]: compileMessageOrThrow(source) });
    }
    return i18n._(key, keepBackslashes(values));
  };
}
