/** Records of the compact form: `[mask, ...values, extra?]` (see compact-codec.ts). */
import { CompactError, escape, isEscape, isPlainObject, setOwn, type Codec, type Env, type Field } from "./compact-codec";
import { MAX_ID_CHARS } from "./compact-values";

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "number" || !Object.is(a, -0);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
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
  // Decoding: a longer "id" is invalid anyway, and every reference and implied name would repeat it.
  if (env.budget && typeof id === "string" && id.length > MAX_ID_CHARS) throw new CompactError(`an element id is longer than ${MAX_ID_CHARS} characters`);
  if (typeof id === "string" && !env.indexOf.has(id)) {
    env.indexOf.set(id, env.ids.length);
    env.ids.push(id);
    env.elements.set(id, { kind, value });
  }
}
