/**
 * The pieces the compact share form is built from: a value codec turns one
 * field's value into a shorter JSON value and back, exactly.
 *
 * - A record becomes `[mask, ...values]`. The mask holds two bits per field,
 *   in table order: 0 absent, 1 present and written out, 2 present and equal
 *   to what the field implies (a default, or the id for a name), so the value
 *   is not written. Field names are never written. Keys the table does not
 *   know (an optional field added to the format later) follow the values as
 *   one trailing object, so nothing is dropped silently.
 * - A reference to an element becomes the element's index in the order the
 *   elements were met, when the element was already met; otherwise the id.
 * - An enum becomes the index of its value in a fixed list.
 * - Anything a codec cannot represent (a value of the wrong type in a design
 *   that was never validated) is wrapped as `{"$": value}` and comes back
 *   untouched, so the loader judges exactly what the sender had.
 */

/** Thrown inside the codec on malformed compact data; the share decoder turns it into a load error. */
export class CompactError extends Error {}

/** What codecs share while one design is encoded or decoded. */
export interface Env {
  /** Element ids in the order met (first occurrence of an id only). */
  ids: string[];
  indexOf: Map<string, number>;
  /** The elements met so far by id, for implied values that read another element (a service's team from its context). */
  elements: Map<string, { kind: string; value: Record<string, unknown> }>;
  /** The record that contains the value being coded, as far as it is built. */
  parent: Record<string, unknown> | undefined;
  /** The item before the one being coded, in the list being coded. */
  previous: Record<string, unknown> | undefined;
}

export interface Codec {
  encode(value: unknown, env: Env): unknown;
  decode(value: unknown, env: Env): unknown;
}

export interface Field {
  key: string;
  codec: Codec;
  /** The value this field takes when left out of the link; reads only fields listed before it. */
  implied?: (soFar: Record<string, unknown>, env: Env) => unknown;
}

export function newEnv(): Env {
  return { ids: [], indexOf: new Map(), elements: new Map(), parent: undefined, previous: undefined };
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

const escape = (value: unknown) => ({ $: value });
const isEscape = (v: unknown): v is { $: unknown } => isPlainObject(v) && Object.keys(v).length === 1 && "$" in v;

/** Sets a key as an own data property, so a `__proto__` key from a link stays an ordinary key. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "number" || !Object.is(a, -0);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

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

/** A list; each item is coded knowing the item before it (`env.previous`). */
export function listOf(item: Codec): Codec {
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
      if (isEscape(v)) return v.$;
      if (!Array.isArray(v)) throw new CompactError("a list holds something else");
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
  if (typeof previous !== "string") return undefined;
  const m = /^(.*?)(\d{1,15})$/.exec(previous);
  if (!m) return undefined;
  return m[1]! + String(Number(m[2]) + 1).padStart(m[2]!.length, "0");
}

/** Encodes the fields of `value` into `out` (mask first); shared by `record` and the layout codec. */
export function encodeFields(fields: readonly Field[], value: Record<string, unknown>, env: Env): unknown[] {
  const soFar: Record<string, unknown> = {};
  const values: unknown[] = [];
  let mask = 0;
  let weight = 1;
  const outer = env.parent;
  for (const f of fields) {
    const v = value[f.key];
    if (v !== undefined) {
      // The implied value and the child codecs see only the fields before
      // this one, exactly as the decoder will when it rebuilds the record.
      if (f.implied && sameValue(v, f.implied(soFar, env))) mask += 2 * weight;
      else {
        mask += weight;
        env.parent = soFar;
        values.push(f.codec.encode(v, env));
        env.parent = outer;
      }
      setOwn(soFar, f.key, v);
    }
    weight *= 4;
  }
  const known = new Set(fields.map((f) => f.key));
  const extra: Record<string, unknown> = {};
  let extras = 0;
  for (const [k, v] of Object.entries(value)) {
    if (!known.has(k) && v !== undefined) {
      setOwn(extra, k, v);
      extras++;
    }
  }
  return extras ? [mask, ...values, extra] : [mask, ...values];
}

/** Decodes `[mask, ...values, extra?]` starting at `start` of `items`. */
export function decodeFields(fields: readonly Field[], items: readonly unknown[], start: number, env: Env): Record<string, unknown> {
  const head = items[start];
  if (typeof head !== "number" || !Number.isSafeInteger(head) || head < 0) throw new CompactError("a record does not start with its field mask");
  let mask = head;
  const out: Record<string, unknown> = {};
  const outer = env.parent;
  let next = start + 1;
  for (const f of fields) {
    const state = mask % 4;
    mask = (mask - state) / 4;
    if (state === 1) {
      if (next >= items.length) throw new CompactError(`a record ends before its field "${f.key}"`);
      env.parent = out;
      setOwn(out, f.key, f.codec.decode(items[next++], env));
      env.parent = outer;
    } else if (state === 2) {
      if (!f.implied) throw new CompactError(`field "${f.key}" has no implied value`);
      setOwn(out, f.key, f.implied(out, env));
    } else if (state === 3) throw new CompactError("a field mask is damaged");
  }
  if (mask !== 0) throw new CompactError("a field mask names fields this version does not have");
  if (next < items.length) {
    const extra = items[next++];
    if (!isPlainObject(extra) || next < items.length) throw new CompactError("a record has values left over");
    for (const [k, v] of Object.entries(extra)) {
      if (fields.some((f) => f.key === k)) throw new CompactError(`field "${k}" is given twice`);
      setOwn(out, k, v);
    }
  }
  return out;
}

/** A record of known fields; `onDone` runs after each record (elements register their id there). */
export function record(fields: readonly Field[], onDone?: (value: Record<string, unknown>, env: Env) => void): Codec {
  return {
    encode: (v, env) => {
      if (!isPlainObject(v)) return escape(v);
      const out = encodeFields(fields, v, env);
      onDone?.(v, env);
      return out;
    },
    decode: (v, env) => {
      if (isEscape(v)) return v.$;
      if (!Array.isArray(v)) throw new CompactError("a record is not a list");
      const out = decodeFields(fields, v, 0, env);
      onDone?.(out, env);
      return out;
    },
  };
}

/** Registers an element's id so later references can use its index (and implied values can read it). */
export function registerElement(kind: string, value: Record<string, unknown>, env: Env): void {
  const id = value.id;
  if (typeof id === "string" && !env.indexOf.has(id)) {
    env.indexOf.set(id, env.ids.length);
    env.ids.push(id);
    env.elements.set(id, { kind, value });
  }
}
