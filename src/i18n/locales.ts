/**
 * The languages Seams speaks and how one is chosen. Pure: the app passes in
 * `navigator.languages`, the CLI its `--lang` or `LC_ALL`/`LANG`.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** The name of each language in itself, for the switch (never translated). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first preferred language Seams has, else English. Accepts BCP 47 tags
 * (`zh-Hans-CN`) and POSIX locales (`zh_CN.UTF-8`); any Chinese maps to zh-CN,
 * the only Chinese catalog.
 * @example pickLocale(["de-DE", "zh-TW", "en"]) === "zh-CN"
 */
export function pickLocale(preferred: readonly (string | undefined)[]): Locale {
  for (const raw of preferred) {
    if (!raw) continue;
    const tag = raw.split(".")[0]!.replace(/_/g, "-").toLowerCase();
    if (tag === "c" || tag === "posix") continue;
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}
