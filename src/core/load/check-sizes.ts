import { FORMAT_LISTS, MAX_LAYOUT_ENTRIES } from "../model/limits";
import { loadError, type LoadError } from "./load-error";

const count = (n: number) => n.toLocaleString("en-US");

function listAt(item: unknown, keys: readonly string[]): unknown {
  let v = item;
  for (const k of keys) {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return undefined;
    v = Object.prototype.hasOwnProperty.call(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  }
  return v;
}

/** The length of the list at `keys`, read without the own-property checks (-1 when there is none): the cheap first look at every item; `listAt` confirms an oversized one. */
function quickLength(item: unknown, keys: readonly string[]): number {
  let v = item;
  for (let i = 0; i < keys.length; i++) {
    if (v === null || typeof v !== "object") return -1;
    v = (v as Record<string, unknown>)[keys[i]!];
  }
  return Array.isArray(v) ? v.length : -1;
}

/**
 * The first list of a not yet validated document that is longer than the
 * format allows, judged by length alone (reading no item's content), or
 * undefined. Runs before the schema so a document too large to be a design
 * is refused in time proportional to its element count, not its content.
 * @example findOversizedList({ flows: new Array(200_001) }) // { path: "flows", message: "at most 200,000 flows (this one has 200,001)" }
 */
export function findOversizedList(doc: Record<string, unknown>): LoadError | undefined {
  for (const limit of FORMAT_LISTS) {
    if (limit.in) {
      const items = doc[limit.in];
      if (!Array.isArray(items)) continue;
      for (let i = 0; i < items.length; i++) {
        if (quickLength(items[i], limit.keys) <= limit.max) continue;
        const list = listAt(items[i], limit.keys);
        if (Array.isArray(list) && list.length > limit.max) return tooLong(`${limit.in}[${i}].${limit.path}`, limit.max, limit.what, list.length, limit.path);
      }
    } else {
      const list = doc[limit.keys[0]!];
      if (Array.isArray(list) && list.length > limit.max) return tooLong(limit.path, limit.max, limit.what, list.length, limit.path);
    }
  }
  return findOversizedLayout(doc);
}

/**
 * The layout's part of `findOversizedList`: the schema states no limit for a
 * record, so a design the schema accepts still needs this one.
 */
export function findOversizedLayout(doc: Record<string, unknown>): LoadError | undefined {
  const layout = doc.layout;
  if (layout !== null && typeof layout === "object" && !Array.isArray(layout)) {
    let n = 0;
    for (const key in layout) {
      if (Object.prototype.hasOwnProperty.call(layout, key) && ++n > MAX_LAYOUT_ENTRIES)
        return loadError("layout", "layout-too-long", `at most ${count(MAX_LAYOUT_ENTRIES)} entries, one per element the format allows (this one has more)`, { max: MAX_LAYOUT_ENTRIES });
    }
  }
  return undefined;
}

/** `list` is the list's path in the format (`flows`, `auth.publicPaths`): a catalog names it. */
const tooLong = (path: string, max: number, what: string, length: number, list: string): LoadError =>
  loadError(path, "list-too-long", `at most ${count(max)} ${what} (this one has ${count(length)})`, { max, count: length, list });
