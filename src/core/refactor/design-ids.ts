import { COLLECTION_OF, ELEMENT_KINDS } from "../model/elements";
import type { Design } from "../model/schema";

/** Every id in use (elements and flows): new ids must avoid all of them. */
export function takenIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const kind of ELEMENT_KINDS) for (const el of design[COLLECTION_OF[kind]] ?? []) ids.add(el.id);
  for (const f of design.flows ?? []) ids.add(f.id);
  return ids;
}

/**
 * A free id from a base, made valid (lowercase, allowed characters, at most
 * 63) and numbered when taken; the id is added to `taken`.
 * @example uniqueId("events", new Set(["events"])) === "events-2"
 */
export function uniqueId(base: string, taken: Set<string>): string {
  let stem = base.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 56) || "x";
  stem = stem.replace(/-+$/, "") || "x";
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** An element's name, else its id. */
export function nameIn(design: Design, id: string): string {
  for (const kind of ELEMENT_KINDS) {
    const el = (design[COLLECTION_OF[kind]] ?? []).find((e) => e.id === id);
    if (el) return el.name;
  }
  return id;
}

/** Keeps a coordinate inside what the format allows. */
export function clampCoordinate(v: number): number {
  return Math.max(-1_000_000, Math.min(1_000_000, v));
}
