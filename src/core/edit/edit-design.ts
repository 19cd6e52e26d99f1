/**
 * Pure edits of a design. Each returns a new design and leaves the input
 * untouched, so the editor's history can keep old designs as they were.
 * They keep the design valid: removing an element removes its flows and
 * layout and clears references to it.
 */
import type { Box, Broker, Context, Database, Design, ElementKind, Flow, Gateway, Service } from "../model/schema";
import { COLLECTION_OF, ELEMENT_KINDS, indexElements } from "../model/elements";

export type ElementOf<K extends ElementKind> = K extends "context" ? Context : K extends "service" ? Service : K extends "database" ? Database : K extends "broker" ? Broker : Gateway;

/** Every id in use (elements and flows). */
export function usedIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const kind of ELEMENT_KINDS) for (const el of design[COLLECTION_OF[kind]] ?? []) ids.add(el.id);
  for (const f of design.flows ?? []) ids.add(f.id);
  return ids;
}

/**
 * A fresh valid id from a base: the base itself, else base-2, base-3, ...
 * @example uniqueId("order-service", new Set(["order-service"])) === "order-service-2"
 */
export function uniqueId(base: string, taken: Pick<ReadonlySet<string>, "has">): string {
  let clean = base.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 56);
  if (!clean) clean = "element";
  if (!taken.has(clean)) return clean;
  // A copy of "x-2" is "x-3", not "x-2-2".
  const stem = clean.replace(/-\d+$/, "") || clean;
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function addElement<K extends ElementKind>(design: Design, kind: K, element: ElementOf<K>, box?: Box): Design {
  const field = COLLECTION_OF[kind];
  const next: Design = { ...design, [field]: [...((design[field] as unknown[]) ?? []), element] };
  if (box) next.layout = { ...(design.layout ?? {}), [element.id]: box };
  return next;
}

/** Replaces fields of one element (by id, any kind). Undefined values remove the field. */
export function updateElement(design: Design, id: string, patch: Record<string, unknown>): Design {
  const found = indexElements(design).get(id);
  if (!found) return design;
  const field = COLLECTION_OF[found.kind];
  const list = [...((design[field] as unknown[]) ?? [])] as Record<string, unknown>[];
  const updated: Record<string, unknown> = { ...list[found.index]! };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete updated[k];
    else updated[k] = v;
  }
  list[found.index] = updated;
  return { ...design, [field]: list };
}

export function updateFlow(design: Design, id: string, patch: Record<string, unknown>): Design {
  const flows = design.flows ?? [];
  const i = flows.findIndex((f) => f.id === id);
  if (i < 0) return design;
  const updated: Record<string, unknown> = { ...flows[i]! };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete updated[k];
    else updated[k] = v;
  }
  const next = [...flows];
  next[i] = updated as Flow;
  return { ...design, flows: next };
}

export function addFlow(design: Design, flow: Flow): Design {
  return { ...design, flows: [...(design.flows ?? []), flow] };
}

/**
 * Removes elements and flows by id. Flows touching a removed element go too;
 * members of a removed context stay, outside any context.
 */
export function removeIds(design: Design, ids: Iterable<string>): Design {
  const gone = new Set(ids);
  if (gone.size === 0) return design;
  const next: Design = { ...design };
  for (const kind of ELEMENT_KINDS) {
    const field = COLLECTION_OF[kind];
    const list = design[field];
    if (!list) continue;
    (next as Record<string, unknown>)[field] = list
      .filter((el) => !gone.has(el.id))
      .map((el) => ("context" in el && el.context !== undefined && gone.has(el.context) ? withoutKey(el, "context") : el));
  }
  next.flows = (design.flows ?? []).filter((f) => !gone.has(f.id) && !gone.has(f.from) && !gone.has(f.to));
  if (design.layout) {
    const layout: Record<string, Box> = {};
    for (const [k, v] of Object.entries(design.layout)) if (!gone.has(k)) layout[k] = v;
    next.layout = layout;
  }
  return next;
}

function withoutKey<T extends object>(obj: T, key: string): T {
  const copy = { ...obj } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}

/** Sets layout boxes (absolute coordinates) for several elements at once. */
export function setLayout(design: Design, boxes: Record<string, Box>): Design {
  return { ...design, layout: { ...(design.layout ?? {}), ...boxes } };
}

/** Puts members into a context (or out of any, with undefined). */
export function setContext(design: Design, memberIds: string[], contextId: string | undefined): Design {
  let next = design;
  for (const id of memberIds) next = updateElement(next, id, { context: contextId });
  return next;
}

/** Renames an element's id everywhere it is referenced (flows, members, layout). */
export function renameId(design: Design, from: string, to: string): Design {
  if (from === to) return design;
  const next: Design = { ...design };
  for (const kind of ELEMENT_KINDS) {
    const field = COLLECTION_OF[kind];
    const list = design[field];
    if (!list) continue;
    (next as Record<string, unknown>)[field] = list.map((el) => {
      let out: Record<string, unknown> = el;
      if (el.id === from) out = { ...out, id: to };
      if ("context" in el && el.context === from) out = { ...out, context: to };
      return out;
    });
  }
  next.flows = (design.flows ?? []).map((f) => (f.from === from || f.to === from || f.id === from ? { ...f, id: f.id === from ? to : f.id, from: f.from === from ? to : f.from, to: f.to === from ? to : f.to } : f));
  if (design.layout && from in design.layout) {
    const layout: Record<string, Box> = {};
    for (const [k, v] of Object.entries(design.layout)) layout[k === from ? to : k] = v;
    next.layout = layout;
  }
  return next;
}
