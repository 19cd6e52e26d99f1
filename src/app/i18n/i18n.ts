/**
 * The app's i18next: ICU messages (i18next-icu, the same formatter the CLI
 * uses), English bundled, other catalogs fetched when chosen. The language
 * follows `navigator.languages` until the reader picks one in the switch,
 * which is then remembered.
 */
import i18next from "i18next";
import ICU from "i18next-icu";
import { initReactI18next, useTranslation } from "react-i18next";
import { EN_CATALOG, loadCatalog } from "../../i18n/load-catalog";
import { isLocale, pickLocale, type Locale } from "../../i18n/locales";
import type { Translate } from "../../i18n/translate";
import { KEY_LOCALE } from "../persistence/storage-keys";

export const i18n = i18next.createInstance();

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(KEY_LOCALE);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The remembered choice, else the browser's languages. */
export function initialLocale(): Locale {
  return storedLocale() ?? pickLocale(navigator.languages ?? [navigator.language]);
}

async function applyLocale(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, "translation")) i18n.addResourceBundle(locale, "translation", await loadCatalog(locale));
  await i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** Starts i18n in the reader's language; resolves once its catalog is in (English if it cannot load). */
export async function startI18n(): Promise<void> {
  await i18n.use(ICU).use(initReactI18next).init({
    resources: { en: { translation: EN_CATALOG } },
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = "en";
  const locale = initialLocale();
  if (locale !== "en") await applyLocale(locale).catch(() => undefined);
}

/** The switch: load, show, remember. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await applyLocale(locale);
  try {
    localStorage.setItem(KEY_LOCALE, locale);
  } catch {
    // Private mode: the choice lasts this visit.
  }
}

/** `t` and the current locale, for components. */
export function useT(): { t: Translate; locale: Locale } {
  const { t, i18n: instance } = useTranslation();
  const locale = isLocale(instance.language) ? instance.language : "en";
  return { t: (key, values) => t(key, values) as string, locale };
}
