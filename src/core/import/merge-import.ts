/**
 * What the person does with an import: leave some elements out, and open it
 * as a new design or merge it into the current one. Both end in `loadDesign`.
 */
import { loadDesign, type LoadResult } from "../load/load-design";
import { COLLECTION_OF, ELEMENT_KINDS } from "../model/elements";
import type { Design, Flow } from "../model/schema";

/**
 * The design without the given elements and the flows that touch them; a
 * context left empty stays (the person may still want it), and the members of
 * a context left out stay, outside any context.
 */
export function skipElements(design: Design, skip: ReadonlySet<string>): LoadResult {
  if (skip.size === 0) return loadDesign(design);
  const out: Design = { ...design };
  for (const kind of ELEMENT_KINDS) {
    const field = COLLECTION_OF[kind];
    if (design[field]) (out as Record<string, unknown>)[field] = (design[field] as { id: string }[]).filter((e) => !skip.has(e.id));
  }
  for (const field of ["services", "databases", "brokers"] as const) {
    out[field] = (out[field] ?? []).map((el) => {
      if (el.context === undefined || !skip.has(el.context)) return el;
      const { context: _dropped, ...rest } = el;
      return rest;
    });
  }
  out.flows = (design.flows ?? []).filter((f) => !skip.has(f.from) && !skip.has(f.to));
  if (design.layout) out.layout = Object.fromEntries(Object.entries(design.layout).filter(([id]) => !skip.has(id)));
  return loadDesign(out);
}

/**
 * The current design with the imported elements and flows it does not have
 * yet, matched by id: an element already there is kept as it is, never
 * duplicated; a flow is added when no flow has its id or the same ends (and event).
 */
export function mergeDesigns(current: Design, incoming: Design): { result: LoadResult; added: number; kept: number } {
  const out: Design = { ...current };
  const ids = new Set<string>();
  for (const kind of ELEMENT_KINDS) for (const el of current[COLLECTION_OF[kind]] ?? []) ids.add(el.id);
  for (const f of current.flows ?? []) ids.add(f.id);
  let added = 0;
  let kept = 0;
  for (const kind of ELEMENT_KINDS) {
    const field = COLLECTION_OF[kind];
    const list = [...((current[field] ?? []) as { id: string }[])];
    for (const el of (incoming[field] ?? []) as { id: string }[]) {
      if (ids.has(el.id)) {
        kept++;
        continue;
      }
      list.push(el);
      ids.add(el.id);
      added++;
    }
    (out as Record<string, unknown>)[field] = list;
  }
  const brokers = new Set([...(current.brokers ?? []), ...(incoming.brokers ?? [])].map((b) => b.id));
  // The same ends are the same call whatever its kind; a broker's two directions (publish, subscribe) are one link,
  // since a catalog's dependsOn cannot tell them apart.
  const keyOf = (f: Flow) => {
    const ends = brokers.has(f.from) || brokers.has(f.to) ? [f.from, f.to].sort() : [f.from, f.to];
    return `${ends.join("\u0000")}\u0000${f.event ?? ""}`;
  };
  // A flow that names no event is already there when any flow joins the same ends.
  const ends = new Set((current.flows ?? []).flatMap((f) => [keyOf(f), keyOf({ ...f, event: undefined })]));
  const flows = [...(current.flows ?? [])];
  for (const f of incoming.flows ?? []) {
    const key = keyOf(f);
    if (ids.has(f.id) || ends.has(key)) {
      kept++;
      continue;
    }
    flows.push(f);
    ids.add(f.id);
    ends.add(key);
    added++;
  }
  out.flows = flows;
  return { result: loadDesign(out), added, kept };
}
