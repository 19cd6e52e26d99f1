/**
 * Each locale's catalog is several JSON files, one per area of the app
 * (`locales/<locale>/<part>.json`), so people translating different areas
 * never edit the same file. A part holds whole top-level keys; no two parts
 * of a locale may define the same one. Add a part here for every locale at
 * once: a test fails on a file not listed, or listed for one locale only.
 */
import enApp from "./en/app.json";
import zhApp from "./zh-CN/app.json";
import enCli from "./en/cli.json";
import zhCli from "./zh-CN/cli.json";
import enCaveats from "./en/caveats.json";
import zhCaveats from "./zh-CN/caveats.json";
import enAdvice from "./en/advice.json";
import zhAdvice from "./zh-CN/advice.json";
import enRefactor from "./en/refactor.json";
import zhRefactor from "./zh-CN/refactor.json";
import enImpact from "./en/impact.json";
import zhImpact from "./zh-CN/impact.json";
import enLoad from "./en/load.json";
import zhLoad from "./zh-CN/load.json";
import enInspector from "./en/inspector.json";
import zhInspector from "./zh-CN/inspector.json";
import enNotices from "./en/notices.json";
import zhNotices from "./zh-CN/notices.json";
import enShell from "./en/shell.json";
import zhShell from "./zh-CN/shell.json";
import type { Locale } from "../locales";
import type { Catalog } from "../translate";

export const CATALOG_PARTS: Record<string, Record<Locale, Catalog>> = {
  app: { en: enApp, "zh-CN": zhApp },
  cli: { en: enCli, "zh-CN": zhCli },
  caveats: { en: enCaveats, "zh-CN": zhCaveats },
  advice: { en: enAdvice, "zh-CN": zhAdvice },
  refactor: { en: enRefactor, "zh-CN": zhRefactor },
  impact: { en: enImpact, "zh-CN": zhImpact },
  load: { en: enLoad, "zh-CN": zhLoad },
  inspector: { en: enInspector, "zh-CN": zhInspector },
  notices: { en: enNotices, "zh-CN": zhNotices },
  shell: { en: enShell, "zh-CN": zhShell },
};

/** The parts of one locale as one catalog; throws when two parts define the same top-level key. */
export function mergeParts(parts: Record<string, Catalog>): Catalog {
  const merged: Catalog = {};
  const owner = new Map<string, string>();
  for (const [part, catalog] of Object.entries(parts)) {
    for (const [key, value] of Object.entries(catalog)) {
      const before = owner.get(key);
      if (before !== undefined) throw new Error(`catalog key "${key}" is defined in both ${before}.json and ${part}.json`);
      owner.set(key, part);
      merged[key] = value;
    }
  }
  return merged;
}

/** One locale's whole source catalog. */
export function sourceCatalog(locale: Locale): Catalog {
  return mergeParts(Object.fromEntries(Object.entries(CATALOG_PARTS).map(([part, byLocale]) => [part, byLocale[locale]])));
}
