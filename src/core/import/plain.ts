/** Safe reads of parsed YAML/JSON, where any field may be of any type. */

export type Obj = Record<string, unknown>;

export function obj(x: unknown): Obj | undefined {
  return x !== null && typeof x === "object" && !Array.isArray(x) ? (x as Obj) : undefined;
}

export function arr(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** A string, or a number or boolean written without quotes (`port: 8080`, `value: 1`). */
export function str(x: unknown): string | undefined {
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  return undefined;
}

export function port(x: unknown): number | undefined {
  const n = typeof x === "number" ? x : typeof x === "string" && /^\d{1,5}$/.test(x) ? Number(x) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? n : undefined;
}

/** The entries of a map, or of a list of `KEY=value` strings (Compose allows both). */
export function entries(x: unknown): [string, string | undefined][] {
  const o = obj(x);
  if (o) return Object.entries(o).map(([k, v]) => [k, str(v)]);
  return arr(x).flatMap((item): [string, string | undefined][] => {
    const s = str(item);
    if (s === undefined) return [];
    const eq = s.indexOf("=");
    return [eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)]];
  });
}
