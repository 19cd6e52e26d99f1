/** The value codecs of the compact form: plain values, flags, enums, references, lists. */
import { CompactError, escape, isEscape, isPlainObject, type Codec, type Env } from "./compact-codec";

/** The longest id the format allows. */
export const MAX_ID_CHARS = 63;

/** JSON strings, numbers and booleans as they are; other values escaped. */
export const plain: Codec = {
  encode: (v) => (typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)) ? v : escape(v)),
  decode: (v) => {
    if (isEscape(v)) return v.$;
    if (typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
    throw new CompactError(`unexpected ${Array.isArray(v) ? "list" : v === null ? "null" : typeof v} where a plain value belongs`);
  },
};

/** `true`/`false` as 1/0. */
export const flag: Codec = {
  encode: (v) => (v === true ? 1 : v === false ? 0 : escape(v)),
  decode: (v) => {
    if (isEscape(v)) return v.$;
    if (v === 1 || v === 0) return v === 1;
    throw new CompactError("a yes/no field holds something else");
  },
};

/** One of a fixed list of strings, as its index. The list is part of the link format: append only in a new version. */
export function oneOf(values: readonly string[]): Codec {
  return {
    encode: (v) => {
      const i = typeof v === "string" ? values.indexOf(v) : -1;
      return i >= 0 ? i : escape(v);
    },
    decode: (v) => {
      if (isEscape(v)) return v.$;
      if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < values.length) return values[v];
      throw new CompactError(`choice ${JSON.stringify(v)?.slice(0, 20)} is not one of ${values.length}`);
    },
  };
}

/**
 * A reference to an element met earlier, as its index minus the index of a
 * nearby reference `near` names (the previous item's, say), so references
 * that move in step write small repeating numbers. Otherwise the id itself.
 */
export function ref(near: (env: Env) => unknown = () => undefined): Codec {
  const base = (env: Env) => {
    const id = near(env);
    return (typeof id === "string" ? env.indexOf.get(id) : undefined) ?? 0;
  };
  return {
    encode: (v, env) => {
      if (typeof v !== "string") return escape(v);
      const index = env.indexOf.get(v);
      return index === undefined ? v : index - base(env);
    },
    decode: (v, env) => {
      if (isEscape(v)) return v.$;
      if (typeof v === "string") return v;
      const id = typeof v === "number" && Number.isInteger(v) ? env.ids[base(env) + v] : undefined;
      if (id === undefined) throw new CompactError(`reference ${JSON.stringify(v)?.slice(0, 20)} names no element`);
      return id;
    },
  };
}

/**
 * A list; each item is coded knowing the item before it (`env.previous`).
 * `spend` runs on decoding with the list's length before any item is built:
 * it throws when the link would build more than it may (see compact-limits.ts).
 */
export function listOf(item: Codec, spend?: (length: number, env: Env) => void): Codec {
  return {
    encode: (v, env) => {
      if (!Array.isArray(v)) return escape(v);
      const outer = env.previous;
      env.previous = undefined;
      const out = v.map((x) => {
        const coded = item.encode(x, env);
        env.previous = isPlainObject(x) ? x : undefined;
        return coded;
      });
      env.previous = outer;
      return out;
    },
    decode: (v, env) => {
      if (isEscape(v)) {
        if (spend && Array.isArray(v.$)) spend(v.$.length, env);
        return v.$;
      }
      if (!Array.isArray(v)) throw new CompactError("a list holds something else");
      spend?.(v.length, env);
      const outer = env.previous;
      env.previous = undefined;
      const out = v.map((x) => {
        const decoded = item.decode(x, env);
        env.previous = isPlainObject(decoded) ? decoded : undefined;
        return decoded;
      });
      env.previous = outer;
      return out;
    },
  };
}

/**
 * The id after `previous` in a numbered series: "f-009" -> "f-010", "svc7" -> "svc8".
 * Undefined when `previous` does not end in a number.
 */
export function nextInSeries(previous: unknown): string | undefined {
  // Ids are at most 63 characters; a longer "id" (in a crafted link) implies
  // nothing, or every following item would copy it and the copies add up.
  if (typeof previous !== "string" || previous.length > MAX_ID_CHARS) return undefined;
  const m = /^(.*?)(\d{1,15})$/.exec(previous);
  if (!m) return undefined;
  return m[1]! + String(Number(m[2]) + 1).padStart(m[2]!.length, "0");
}
