/**
 * How large a design may be, named in one place.
 *
 * - FORMAT_LISTS: the longest each list of the format may be. The zod schema
 *   states the same numbers (a test holds them against it); the loader checks
 *   them first, by length alone, so a file or link that is too large is
 *   refused before any item is validated (validating 300,000 flows to then
 *   refuse them took seconds).
 * - LINK_LIMITS: a share link may carry less than a file. Its compact form
 *   implies most values, so a few kilobytes of link can stand for a very
 *   large design; the link decoder counts as it expands and stops at these.
 *   A real design this large does not fit a 64 KiB link anyway: the limits
 *   only ever refuse crafted links.
 */

/** A list of the format: where it is and how long it may be. `in` names the collection whose items hold it. */
export interface ListLimit {
  path: string;
  in?: "services" | "databases" | "gateways" | "flows";
  /** The keys from the item to the list. */
  keys: readonly string[];
  max: number;
  what: string;
}

export const FORMAT_LISTS: readonly ListLimit[] = [
  { path: "contexts", keys: ["contexts"], max: 2000, what: "contexts" },
  { path: "services", keys: ["services"], max: 50000, what: "services" },
  { path: "databases", keys: ["databases"], max: 50000, what: "databases" },
  { path: "brokers", keys: ["brokers"], max: 5000, what: "brokers" },
  { path: "gateways", keys: ["gateways"], max: 500, what: "gateways" },
  { path: "flows", keys: ["flows"], max: 200000, what: "flows" },
  { path: "instances", in: "services", keys: ["instances"], max: 100, what: "instances" },
  { path: "endpoints", in: "services", keys: ["endpoints"], max: 500, what: "endpoints" },
  { path: "tags", in: "services", keys: ["tags"], max: 50, what: "tags" },
  { path: "tables", in: "databases", keys: ["tables"], max: 1000, what: "tables" },
  { path: "auth.publicPaths", in: "gateways", keys: ["auth", "publicPaths"], max: 200, what: "public paths" },
  { path: "cors.origins", in: "gateways", keys: ["cors", "origins"], max: 100, what: "origins" },
  { path: "methods", in: "flows", keys: ["methods"], max: 7, what: "methods" },
  { path: "retry.on", in: "flows", keys: ["retry", "on"], max: 20, what: "status codes" },
  { path: "bends", in: "flows", keys: ["bends"], max: 50, what: "bends" },
];

/** Layout entries a document may hold: one per element the format allows. */
export const MAX_LAYOUT_ENTRIES = FORMAT_LISTS.filter((l) => !l.in && l.path !== "flows").reduce((sum, l) => sum + l.max, 0);

/** Elements (contexts, services, databases, brokers and gateways together) a share link may carry. */
export const MAX_LINK_ELEMENTS = 5000;
/** Flows a share link may carry. */
export const MAX_LINK_FLOWS = 20000;
/**
 * Items of the lists inside elements and flows (instances, endpoints, tags,
 * tables, public paths, origins, methods, status codes), all together, a link
 * may carry. Each list keeps its own format limit too; this bounds their sum,
 * which the per-list limits alone let reach 500,000 instances.
 */
export const MAX_LINK_LIST_ITEMS = 100000;
/**
 * The longest list a link's compact form may hold, counted before parsing.
 * Its longest allowed list is the flows; one more gets through, so a link
 * just over the flow limit is refused by that limit, which names flows.
 */
export const MAX_LINK_LIST_LENGTH = MAX_LINK_FLOWS + 1;
/**
 * JSON values (lists, records, strings, numbers...) a link's compact form may
 * hold, counted while it is inflated, before it is parsed. Parsing is what
 * costs: this bounds it to a few tens of milliseconds. A real design this
 * large is far past 64 KiB of link; only a crafted link (the same few bytes
 * repeated) reaches it.
 */
export const MAX_LINK_VALUES = 250000;
/** A design from a link with more elements than this is opened only after the person agrees. */
export const LARGE_DESIGN_ELEMENTS = 1000;
