/**
 * Safe design ids from names found in manifests. Names from outside may be
 * anything (`Order Service`, `orders_v2`, `../x`, emoji); ids go into configs
 * as identifiers, so they follow the format's rule `^[a-z0-9][a-z0-9._-]{0,62}$`
 * and the original text stays as the element's name.
 */
import { ID_PATTERN } from "../model/schema";

/**
 * An id for any text, or "x" when nothing usable remains.
 * @example idFromName("Order Service") === "order-service"
 */
export function idFromName(name: string): string {
  const s = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .slice(0, 63)
    .replace(/[^a-z0-9]+$/, "");
  return s === "" ? "x" : s;
}

/**
 * Hands out one id per distinct name, unique across the whole design: the same
 * name always gets the same id (a reference in `depends_on` finds its service),
 * two names that sanitise alike get `-2`, `-3`.
 */
export class IdRegistry {
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();

  /**
   * The id for a name, assigning one on first use. Names live in namespaces
   * (a context and a service may both be called "orders") but ids never clash.
   * `wanted` is an id the source states outright (a Seams export's annotation), kept when free.
   */
  idOf(name: string, ns = "", wanted?: string): string {
    const key = `${ns}\u0000${name}`;
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const base = wanted !== undefined && isValidId(wanted) ? wanted : idFromName(name);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, 63 - suffix.length).replace(/[^a-z0-9]+$/, "")}${suffix}`;
    }
    this.taken.add(id);
    this.byName.set(key, id);
    return id;
  }

  /** Keeps an id out of the pool (an id already used in the design merged into). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** The id already given to a name, if any. */
  peek(name: string, ns = ""): string | undefined {
    return this.byName.get(`${ns}\u0000${name}`);
  }
}

export function isValidId(s: string): boolean {
  return ID_PATTERN.test(s);
}
