/**
 * When something was saved, the way a person says it: "just now", "4 min ago",
 * "3 h ago", then the date and time.
 * @example describeAge(now - 90_000, now) // "1 min ago"
 */
export function describeAge(savedAt: number, now: number): string {
  const seconds = Math.max(0, (now - savedAt) / 1000);
  if (!Number.isFinite(seconds) || savedAt <= 0) return "unknown time";
  if (seconds < 45) return "just now";
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 24 * 3600) return `${Math.round(seconds / 3600)} h ago`;
  const d = new Date(savedAt);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleString("en-GB", { day: "numeric", month: "short", year: sameYear ? undefined : "numeric", hour: "2-digit", minute: "2-digit" });
}

/** The clock time of a save, for telling versions of one design apart ("14:05:09"). */
export function describeClock(savedAt: number): string {
  return new Date(savedAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
