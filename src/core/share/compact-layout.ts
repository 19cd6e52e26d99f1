/** The layout of the compact form v1 (frozen like the rest of v1: see compact-design.ts). */
import { CompactError, isPlainObject, setOwn, type Codec, type Field } from "./compact-codec";
import { decodeFields, encodeFields } from "./compact-record";
import { plain } from "./compact-values";
import { spendLayout } from "./compact-limits";

/** The fields of a layout box, in v1 order. */
export const box: Field[] = ["x", "y", "width", "height"].map((key) => ({ key, codec: plain }));

/** Coordinates a following layout entry may be written relative to: whole numbers only, so the sum is exact. */
const anchorOf = (b: unknown): [number, number] | undefined =>
  isPlainObject(b) && Number.isSafeInteger(b.x) && Number.isSafeInteger(b.y) ? [b.x as number, b.y as number] : undefined;
/** Added to a box's mask when its x and y are written as the difference from the previous entry's. */
const RELATIVE = 256;

/**
 * Layout as `[[key, mask, x, y, ...], ...]` in the document's key order. The
 * key is the element's index minus the previous entry's (1 when the layout
 * follows the element order), or the key text when it names no element.
 * When this box and the previous one both sit on whole-number coordinates,
 * x and y are the difference from the previous box's (mask + 256): grids and
 * rows of elements then repeat the same few numbers.
 */
export const layout: Codec = {
  encode: (v, env) => {
    if (!isPlainObject(v)) return { $: v };
    let previous = -1;
    let anchor: [number, number] | undefined;
    return Object.entries(v).map(([key, b]) => {
      const index = env.indexOf.get(key);
      const head = index === undefined ? key : index - previous;
      if (index !== undefined) previous = index;
      const here = anchorOf(b);
      let entry: unknown[];
      if (!isPlainObject(b)) entry = [head, -1, b];
      else if (here && anchor && Number.isSafeInteger(here[0] - anchor[0]) && Number.isSafeInteger(here[1] - anchor[1])) {
        const [mask, ...rest] = encodeFields(box, { ...b, x: here[0] - anchor[0], y: here[1] - anchor[1] }, env);
        entry = [head, (mask as number) + RELATIVE, ...rest];
      } else entry = [head, ...encodeFields(box, b, env)];
      anchor = here;
      return entry;
    });
  },
  decode: (v, env) => {
    if (isPlainObject(v) && Object.keys(v).length === 1 && "$" in v) return v.$;
    if (!Array.isArray(v)) throw new CompactError("the layout is not a list");
    spendLayout(v.length, env);
    const out: Record<string, unknown> = {};
    let previous = -1;
    let anchor: [number, number] | undefined;
    for (const entry of v) {
      if (!Array.isArray(entry) || entry.length < 2) throw new CompactError("a layout entry is damaged");
      const head: unknown = entry[0];
      let key: string;
      if (typeof head === "string") key = head;
      else if (typeof head === "number" && Number.isInteger(head) && env.ids[previous + head] !== undefined) {
        previous += head;
        key = env.ids[previous]!;
      } else throw new CompactError("a layout entry names no element");
      const mask: unknown = entry[1];
      let b: unknown;
      if (mask === -1 && entry.length === 3) b = entry[2];
      else if (typeof mask === "number" && mask >= RELATIVE) {
        const shifted = decodeFields(box, [mask - RELATIVE, ...entry.slice(2)], 0, env);
        if (!anchor || !Number.isSafeInteger(shifted.x) || !Number.isSafeInteger(shifted.y)) throw new CompactError("a relative layout entry has nothing to be relative to");
        b = { ...shifted, x: (shifted.x as number) + anchor[0], y: (shifted.y as number) + anchor[1] };
      } else b = decodeFields(box, entry, 1, env);
      anchor = anchorOf(b);
      setOwn(out, key, b);
    }
    return out;
  },
};
