import { LOCALES, LOCALE_NAMES, type Locale } from "../../i18n/locales";
import { chooseLocale, useT } from "./i18n";

/** The language menu in the toolbar; each language is named in itself. */
export function LanguageSwitch() {
  const { t, locale } = useT();
  return (
    <select
      className="rounded-md border border-slate-200 bg-white px-1.5 py-1 text-[12px] text-slate-600 hover:bg-slate-50"
      value={locale}
      onChange={(e) => void chooseLocale(e.target.value as Locale)}
      aria-label={t("language.label")}
      title={t("language.label")}
      data-testid="toolbar.language"
    >
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
