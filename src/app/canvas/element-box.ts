/**
 * The one home of element box geometry: how big each kind is drawn, where an
 * element without a layout box sits, and so every element's absolute box.
 * The canvas nodes, edge ends, drops, drags, layout and culling all read it
 * from here, so a change of size (say, to fit longer names) is made once.
 */
import type { Box, Design, ElementKind } from "../../core/model/schema";
import { COLLECTION_OF } from "../../core/model/elements";

export type DrawnKind = Exclude<ElementKind, "context">;
export interface Size {
  width: number;
  height: number;
}

/**
 * Fixed node sizes: React Flow can place and cull nodes before measuring
 * them, and layout is predictable. Tall enough for a name on two lines and a
 * line of detail (names wrap rather than being cut).
 */
export const NODE_SIZE: Record<DrawnKind, Size> = {
  service: { width: 208, height: 64 },
  database: { width: 184, height: 60 },
  broker: { width: 184, height: 60 },
  gateway: { width: 192, height: 64 },
};
export const DEFAULT_CONTEXT_SIZE: Size = { width: 420, height: 280 };
export const CONTEXT_HEADER = 36;

/** The drawn size of an element: fixed per kind, or a context's own (resizable) box. */
export function sizeOf(kind: ElementKind, box?: Partial<Size>): Size {
  if (kind !== "context") return NODE_SIZE[kind];
  return { width: box?.width ?? DEFAULT_CONTEXT_SIZE.width, height: box?.height ?? DEFAULT_CONTEXT_SIZE.height };
}

/** Where an element sits when the design has no layout for it: a loose grid, until auto-layout runs. */
export function fallbackBox(kind: ElementKind, index: number): Box {
  if (kind === "context") return { x: (index % 3) * 480, y: Math.floor(index / 3) * 340, ...DEFAULT_CONTEXT_SIZE };
  const col = index % 8;
  const row = Math.floor(index / 8);
  const band = { service: 0, database: 1, broker: 2, gateway: 3 }[kind];
  return { x: col * 220, y: 1200 + band * 400 + row * 100 };
}

/** One element's absolute box: its layout position (or the fallback for its index) with its drawn size. */
export function elementBox(kind: ElementKind, layoutBox: Box | undefined, index: number): Required<Box> {
  const b = layoutBox ?? fallbackBox(kind, index);
  return { x: b.x, y: b.y, ...sizeOf(kind, b) };
}

const ORDER = ["context", "gateway", "service", "database", "broker"] as const;

/** Every element's absolute box, in drawing order (contexts first). */
export function elementBoxes(design: Design): Map<string, Required<Box>> {
  const layout = design.layout ?? {};
  const boxes = new Map<string, Required<Box>>();
  for (const kind of ORDER) (design[COLLECTION_OF[kind]] ?? []).forEach((el, i) => boxes.set(el.id, elementBox(kind, layout[el.id], i)));
  return boxes;
}
