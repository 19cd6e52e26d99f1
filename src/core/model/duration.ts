import { DURATION_PATTERN } from "./schema";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds in a design duration string, or undefined when it is not one.
 * @example parseDuration("1m30s") === 90_000
 */
export function parseDuration(text: string): number | undefined {
  if (!DURATION_PATTERN.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+)(ms|s|m|h)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

/**
 * The shortest design duration string for a number of milliseconds.
 * @example formatDuration(90_000) === "90s"
 */
export function formatDuration(ms: number): string {
  const n = Math.max(0, Math.round(ms));
  if (n % 3_600_000 === 0 && n > 0) return `${n / 3_600_000}h`;
  if (n % 60_000 === 0 && n > 0) return `${n / 60_000}m`;
  if (n % 1000 === 0) return `${n / 1000}s`;
  return `${n}ms`;
}
