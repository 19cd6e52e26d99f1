/**
 * An element's id follows its name until someone sets the id by hand.
 *
 * Ids reach config files as identifiers (nginx upstreams, Consul service ids,
 * Kubernetes names), so they are lowercase ASCII slugs; names are free text.
 * Whether an id still "follows" is read from the design itself rather than
 * kept as a flag: an id follows its name when it is the name's slug, perhaps
 * with a numeric suffix that kept it unique (`order-service-2`). An id set by
 * hand to anything else (`orders-api`) stays when the name changes.
 */
import type { ElementKind } from "../model/schema";
import { uniqueId } from "./edit-design";

/** Leaves room for a `-NNNNNN` suffix under the 63-character id limit. */
const MAX_SLUG = 56;

/**
 * The slug of a name: ASCII letters and digits in lowercase, every other run
 * of characters a single `-`; accents are folded (`Café` gives `cafe`). Empty
 * when the name has no ASCII letter or digit (a Chinese name, say).
 * @example slugOf("Order Service") === "order-service"
 */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG + 1)
    .replace(/^-+/, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/, "");
}

/**
 * A slug that can stand for the name: it has an ASCII letter. One of digits
 * alone says nothing of the name ("订单服务 2" gives "2") and would make
 * numbered Chinese names look hand-set.
 */
const readable = (slug: string) => /[a-z]/.test(slug);

/**
 * A fresh id for an element of `kind` called `name`, unique among `taken`:
 * the name's slug (`order-service`, then `order-service-2`), or for a name
 * without ASCII letters (Chinese, say, or digits alone) `<kind>-1`, `<kind>-2`, ...
 * @example deriveId("订单服务", "service", new Set()) === "service-1"
 * @example deriveId("新服务 2", "service", new Set()) === "service-1"
 */
export function deriveId(name: string, kind: ElementKind, taken: Pick<ReadonlySet<string>, "has">): string {
  const slug = slugOf(name);
  if (readable(slug)) return uniqueId(slug, taken);
  for (let n = 1; ; n++) if (!taken.has(`${kind}-${n}`)) return `${kind}-${n}`;
}

const withoutSuffix = (id: string) => id.replace(/-\d+$/, "");

/**
 * True while `id` is what `name` gives (its slug, or the slug with a numeric
 * suffix), so renaming the element should carry the id along.
 * @example idFollowsName("order-service-2", "Order Service", "service") === true
 * @example idFollowsName("orders-api", "Order Service", "service") === false
 */
export function idFollowsName(id: string, name: string, kind: ElementKind): boolean {
  const slug = slugOf(name);
  if (!readable(slug)) return new RegExp(`^${kind}-\\d+$`).test(id);
  return id === slug || withoutSuffix(id) === withoutSuffix(slug);
}
