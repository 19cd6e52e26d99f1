/**
 * A locale's catalog, loaded on demand: English is small and always there,
 * other languages are separate chunks (the app's first paint does not pay for them).
 */
import en from "./locales/en.json";
import type { Catalog } from "./translate";
import type { Locale } from "./locales";

export const EN_CATALOG: Catalog = en;

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === "zh-CN") return (await import("./locales/zh-CN.json")).default as Catalog;
  return EN_CATALOG;
}
