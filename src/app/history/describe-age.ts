/**
 * When something was saved, the way a person says it: "just now", "4 min ago",
 * "3 h ago", then the date and time, in the reader's language.
 * @example describeAge(now - 90_000, now, t, "en") // "2 min ago"
 */
import type { Translate } from "../../i18n/translate";

/** Dates in English keep the day-month order the app always had ("23 Nov, 14:05"). */
const dateLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

export function describeAge(savedAt: number, now: number, t: Translate, locale: string): string {
  const seconds = Math.max(0, (now - savedAt) / 1000);
  if (!Number.isFinite(seconds) || savedAt <= 0) return t("historyPanel.age.unknown");
  if (seconds < 45) return t("historyPanel.age.justNow");
  if (seconds < 3600) return t("historyPanel.age.minutes", { count: Math.max(1, Math.round(seconds / 60)) });
  if (seconds < 24 * 3600) return t("historyPanel.age.hours", { count: Math.round(seconds / 3600) });
  const d = new Date(savedAt);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleString(dateLocale(locale), { day: "numeric", month: "short", year: sameYear ? undefined : "numeric", hour: "2-digit", minute: "2-digit" });
}

/** The clock time of a save, for telling versions of one design apart ("14:05:09"). */
export function describeClock(savedAt: number, locale: string): string {
  return new Date(savedAt).toLocaleTimeString(dateLocale(locale), { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
}
