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
/** Thrown while decoding when the link would build more than a link may carry (see model/limits.ts); its message names the limit. */
export class LinkLimitError extends CompactError {}

/** What a link may still build while it is decoded: spent as lists are met, before their items are built. */
export interface LinkBudget {
  elements: number;
  flows: number;
  listItems: number;
}

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
  /** Decoding only: what is left to build (absent when encoding). */
  budget?: LinkBudget;
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

/** Wraps a value no codec can represent; it comes back untouched. */
export const escape = (value: unknown) => ({ $: value });
export const isEscape = (v: unknown): v is { $: unknown } => isPlainObject(v) && Object.keys(v).length === 1 && "$" in v;

/** Sets a key as an own data property, so a `__proto__` key from a link stays an ordinary key. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
