/**
 * The app's Lingui: its runtime and every locale's catalog (English too) are
 * chunks fetched together before the first paint, so the initial bundle
 * carries neither. The language follows `navigator.languages` until the
 * reader picks one in the switch, which is then remembered.
 */
import type { I18n, Messages } from "@lingui/core";
import { create } from "zustand";
import { isLocale, pickLocale, type Locale } from "../../i18n/locales";
import { translateWith, type Translate } from "../../i18n/translate";
import { readPref, writePref } from "../ui/ui-prefs";

let i18n: I18n | undefined;
/** The active locale as state, so components render again when it changes (zustand is in the bundle already; @lingui/react is not needed). */
const useLocaleState = create<{ locale: Locale }>()(() => ({ locale: "en" }));
const loaded = new Set<Locale>();

const CATALOGS: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("virtual:seams-catalog/en"),
  "zh-CN": () => import("virtual:seams-catalog/zh-CN"),
};

/** The switch's choice, a view preference (`seams-ui.locale`), never part of a design. */
function storedLocale(): Locale | undefined {
  return readPref<Locale | undefined>("locale", undefined, isLocale);
}

/** The remembered choice, else the browser's languages. */
export function initialLocale(): Locale {
  return storedLocale() ?? pickLocale(navigator.languages ?? [navigator.language]);
}

async function applyLocale(locale: Locale): Promise<void> {
  const [runtime, catalog] = await Promise.all([import("./lingui-runtime"), loaded.has(locale) ? undefined : CATALOGS[locale]()]);
  i18n = runtime.i18n;
  if (catalog) {
    i18n.load(locale, catalog.default);
    loaded.add(locale);
  }
  i18n.activate(locale);
  useLocaleState.setState({ locale });
  document.documentElement.lang = locale;
}

/** Starts i18n in the reader's language; English if that catalog cannot load. */
export async function startI18n(): Promise<void> {
  const locale = initialLocale();
  try {
    await applyLocale(locale);
  } catch {
    if (locale !== "en") await applyLocale("en");
  }
}

/** The switch: load, show, remember. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await applyLocale(locale);
  writePref("locale", locale);
}

/** The current `t` outside components (notices, workers' callers); ids until the runtime is in. */
export const t: Translate = (key, values) => (i18n ? translateWith(i18n)(key, values) : key);

/** The active catalog's compiled messages under a key prefix, for a worker that words them itself (the export worker's caveats). */
export function messagesUnder(prefix: string): Messages {
  return Object.fromEntries(Object.entries(i18n?.messages ?? {}).filter(([key]) => key.startsWith(prefix)));
}

/** `t` and the current locale, for components; they render again when the language changes. */
export function useT(): { t: Translate; locale: Locale } {
  const locale = useLocaleState((s) => s.locale);
  return { t, locale };
}
