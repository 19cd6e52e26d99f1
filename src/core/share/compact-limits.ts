/**
 * What a link may build, spent while it is decoded (see model/limits.ts for
 * why links carry less than files). Each list is charged its length before
 * any of its items is built, so a crafted link is refused after building at
 * most what an allowed one would.
 */
import { FORMAT_LISTS, MAX_LINK_ELEMENTS, MAX_LINK_FLOWS, MAX_LINK_LIST_ITEMS } from "../model/limits";
import { LinkLimitError, type Env, type LinkBudget } from "./compact-codec";

const count = (n: number) => n.toLocaleString("en-US");
const SHARE_FILE = "Share the design file instead.";

export const ELEMENTS_LIMIT_MESSAGE = `the link holds more than ${count(MAX_LINK_ELEMENTS)} elements (contexts, services, databases, brokers and gateways together), the most a link may carry; it was not opened. ${SHARE_FILE}`;
export const FLOWS_LIMIT_MESSAGE = `the link holds more than ${count(MAX_LINK_FLOWS)} flows, the most a link may carry; it was not opened. ${SHARE_FILE}`;
export const LIST_ITEMS_LIMIT_MESSAGE = `the link holds more than ${count(MAX_LINK_LIST_ITEMS)} items in the lists inside its elements and flows (instances, endpoints, tags, tables, paths, origins, methods, status codes), the most a link may carry; it was not opened. ${SHARE_FILE}`;
export const LAYOUT_LIMIT_MESSAGE = `the link holds more than ${count(MAX_LINK_ELEMENTS)} layout entries, the most a link may carry; it was not opened. ${SHARE_FILE}`;

export function newBudget(): LinkBudget {
  return { elements: MAX_LINK_ELEMENTS, flows: MAX_LINK_FLOWS, listItems: MAX_LINK_LIST_ITEMS };
}

/** Charges a list of elements (one of the five collections). */
export function spendElements(length: number, env: Env): void {
  if (!env.budget) return;
  env.budget.elements -= length;
  if (env.budget.elements < 0) throw new LinkLimitError(ELEMENTS_LIMIT_MESSAGE);
}

export function spendFlows(length: number, env: Env): void {
  if (!env.budget) return;
  env.budget.flows -= length;
  if (env.budget.flows < 0) throw new LinkLimitError(FLOWS_LIMIT_MESSAGE);
}

/** Charges a list inside an element or flow: its own format limit (named by its path in model/limits.ts), and the link's total. */
export function spendListItems(path: string): (length: number, env: Env) => void {
  const limit = FORMAT_LISTS.find((l) => l.path === path && l.in);
  if (!limit) throw new Error(`no format limit for the list "${path}"`);
  return (length, env) => {
    if (!env.budget) return;
    if (length > limit.max)
      throw new LinkLimitError(`a list of ${limit.what} in the link holds ${count(length)}; a design may have at most ${count(limit.max)} ${limit.what} there; it was not opened`);
    env.budget.listItems -= length;
    if (env.budget.listItems < 0) throw new LinkLimitError(LIST_ITEMS_LIMIT_MESSAGE);
  };
}

export function spendLayout(length: number, env: Env): void {
  if (env.budget && length > MAX_LINK_ELEMENTS) throw new LinkLimitError(LAYOUT_LIMIT_MESSAGE);
}

const ELEMENT_LISTS = ["contexts", "services", "databases", "brokers", "gateways"] as const;

/**
 * The limit an expanded (not yet validated) link document passes, by lengths
 * alone, or undefined. The decoder's budget catches what the compact form
 * builds; this catches what it carried verbatim (escaped lists and records).
 */
export function linkExcess(doc: unknown): string | undefined {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return undefined;
  const d = doc as Record<string, unknown>;
  const lengthOf = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  if (ELEMENT_LISTS.reduce((n, k) => n + lengthOf(d[k]), 0) > MAX_LINK_ELEMENTS) return ELEMENTS_LIMIT_MESSAGE;
  if (lengthOf(d.flows) > MAX_LINK_FLOWS) return FLOWS_LIMIT_MESSAGE;
  const layout = d.layout;
  if (layout !== null && typeof layout === "object" && !Array.isArray(layout) && Object.keys(layout).length > MAX_LINK_ELEMENTS) return LAYOUT_LIMIT_MESSAGE;
  let items = 0;
  for (const limit of FORMAT_LISTS) {
    if (!limit.in || !Array.isArray(d[limit.in])) continue;
    for (const item of d[limit.in] as unknown[]) {
      let v: unknown = item;
      for (const k of limit.keys) v = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined;
      items += lengthOf(v);
    }
  }
  return items > MAX_LINK_LIST_ITEMS ? LIST_ITEMS_LIMIT_MESSAGE : undefined;
}
