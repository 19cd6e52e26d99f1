/**
 * Between what a person types and what the design holds. An empty optional
 * field means "not set" (the format's default applies), so empty text maps to
 * `undefined`, which removes the field.
 */

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

/** Text as typed; empty means "not set". */
export function parseOptionalText(text: string): Parsed<string> {
  return { ok: true, value: text === "" ? undefined : text };
}

/**
 * A number as typed; empty means "not set". Spaces around it are forgiven,
 * anything else that is not a number is refused rather than guessed at.
 * @example parseOptionalNumber(" 8080 ") // { ok: true, value: 8080 }
 */
export function parseOptionalNumber(text: string): Parsed<number> {
  const t = text.trim();
  if (t === "") return { ok: true, value: undefined };
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(t)) return { ok: false, message: "must be a number" };
  const n = Number(t);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: "must be a number" };
}

/** Comma- or newline-separated items, trimmed, empties dropped: pasting `a, b, c` adds three. */
export function splitItems(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** How a value of the design shows in a text field. */
export function showValue(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

/**
 * A sub-object with one field replaced; `undefined` when nothing is left, so
 * an emptied health check disappears from the design instead of staying `{}`.
 * @example setInObject({ path: "/h" }, "path", undefined) // undefined
 */
export function setInObject<T extends object>(obj: T | undefined, key: keyof T & string, value: unknown): T | undefined {
  const out: Record<string, unknown> = { ...(obj ?? {}) };
  if (value === undefined) delete out[key];
  else out[key] = value;
  return Object.keys(out).length === 0 ? undefined : (out as T);
}

/** A list with one row's field replaced (or removed, for `undefined`). */
export function setInList<T extends object>(list: readonly T[], index: number, key: keyof T & string, value: unknown): T[] {
  return list.map((row, i) => (i === index ? ((setInObject(row, key, value) ?? {}) as T) : row));
}

/** A number that must be there (a list item): empty is refused too. */
export function parseNumber(text: string): Parsed<number> {
  const p = parseOptionalNumber(text);
  return p.ok && p.value === undefined ? { ok: false, message: "must be a number" } : p;
}
