/**
 * Copy, paste and duplicate as pure functions: a clip is a small design
 * fragment (the chosen elements, the flows among them, their layout); pasting
 * gives every element and flow a fresh id and offsets the layout.
 */
import type { Box, Design, ElementKind, Flow } from "../model/schema";
import { COLLECTION_OF, ELEMENT_KINDS, indexElements } from "../model/elements";
import { uniqueId, usedIds } from "./edit-design";
import { shiftBends } from "./bend-points";

export interface Clip {
  format: "seams-clip";
  elements: { kind: ElementKind; element: Record<string, unknown> }[];
  flows: Record<string, unknown>[];
  layout: Record<string, Box>;
}

/** The chosen elements (a context brings its members) and the flows among them. */
export function copySelection(design: Design, ids: Iterable<string>): Clip {
  const index = indexElements(design);
  const chosen = new Set<string>();
  for (const id of ids) if (index.has(id)) chosen.add(id);
  for (const [id, el] of index) if (el.kind !== "context" && "context" in el.element && el.element.context && chosen.has(el.element.context)) chosen.add(id);
  const elements: Clip["elements"] = [];
  for (const kind of ELEMENT_KINDS) for (const el of design[COLLECTION_OF[kind]] ?? []) if (chosen.has(el.id)) elements.push({ kind, element: JSON.parse(JSON.stringify(el)) as Record<string, unknown> });
  const flows = (design.flows ?? []).filter((f) => chosen.has(f.from) && chosen.has(f.to)).map((f) => JSON.parse(JSON.stringify(f)) as Record<string, unknown>);
  const layout: Record<string, Box> = {};
  for (const id of chosen) {
    const box = design.layout?.[id];
    if (box) layout[id] = { ...box };
  }
  return { format: "seams-clip", elements, flows, layout };
}

/** Adds a clip to a design with fresh ids; returns the new design and the new ids (to select them). */
export function pasteClip(design: Design, clip: Clip, offset = { x: 40, y: 40 }): { design: Design; ids: string[] } {
  const taken = usedIds(design);
  const rename = new Map<string, string>();
  for (const { element } of clip.elements) {
    const id = uniqueId(String(element.id), taken);
    taken.add(id);
    rename.set(String(element.id), id);
  }
  const next: Design = { ...design, layout: { ...(design.layout ?? {}) } };
  const ids: string[] = [];
  for (const { kind, element } of clip.elements) {
    const id = rename.get(String(element.id))!;
    const copy: Record<string, unknown> = { ...element, id };
    if (typeof copy.context === "string") {
      const ctx = rename.get(copy.context) ?? copy.context;
      if (rename.has(copy.context) || indexElements(design).get(ctx)?.kind === "context") copy.context = ctx;
      else delete copy.context;
    }
    if (copy.name === element.id) copy.name = id;
    const field = COLLECTION_OF[kind];
    (next as Record<string, unknown>)[field] = [...((next[field] as unknown[]) ?? []), copy];
    const box = clip.layout[String(element.id)];
    if (box) next.layout![id] = { ...box, x: box.x + offset.x, y: box.y + offset.y };
    ids.push(id);
  }
  const flows = [...(design.flows ?? [])];
  for (const flow of clip.flows) {
    const id = uniqueId(String(flow.id), taken);
    taken.add(id);
    const from = rename.get(String(flow.from));
    const to = rename.get(String(flow.to));
    if (!from || !to) continue;
    const copy = { ...flow, id, from, to } as unknown as Flow;
    if (copy.bends) copy.bends = shiftBends(copy.bends, offset);
    flows.push(copy);
    ids.push(id);
  }
  next.flows = flows;
  return { design: next, ids };
}
