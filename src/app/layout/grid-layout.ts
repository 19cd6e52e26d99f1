/**
 * A fast, readable layout for designs too large for ELK to finish quickly:
 * contexts in a near-square grid, each holding its members in rows (services
 * first, then databases and brokers), and elements outside any context in a
 * grid of their own to the left. Linear time; used on open for large designs
 * without a layout (Auto-layout still offers ELK).
 */
import type { Box, Design } from "../../core/model/schema";
import { countElements } from "../../core/model/elements";
import { CONTEXT_HEADER } from "../canvas/element-box";

const CELL_W = 240;
const CELL_H = 100;
const PER_ROW = 5;
const GAP = 120;

export function gridLayout(design: Design): Record<string, Box> {
  const layout: Record<string, Box> = {};
  const members = new Map<string, string[]>();
  const loose: string[] = [];
  for (const list of [design.services, design.databases, design.brokers]) {
    for (const el of list ?? []) {
      if (el.context) members.set(el.context, [...(members.get(el.context) ?? []), el.id]);
      else loose.push(el.id);
    }
  }
  for (const g of design.gateways ?? []) loose.unshift(g.id);

  const looseCols = Math.max(1, Math.ceil(Math.sqrt(loose.length / 4)));
  loose.forEach((id, i) => {
    layout[id] = { x: -(looseCols - (i % looseCols)) * CELL_W - GAP, y: Math.floor(i / looseCols) * CELL_H };
  });

  const contexts = design.contexts ?? [];
  const sizes = contexts.map((c) => {
    const n = members.get(c.id)?.length ?? 0;
    const rows = Math.max(1, Math.ceil(n / PER_ROW));
    return { width: Math.min(Math.max(n, 1), PER_ROW) * CELL_W + 32, height: CONTEXT_HEADER + 24 + rows * CELL_H };
  });
  const cols = Math.max(1, Math.ceil(Math.sqrt(contexts.length * 0.5)));
  const colWidth = Math.max(0, ...sizes.map((s) => s.width)) + GAP;
  let rowTop = 0;
  for (let start = 0; start < contexts.length; start += cols) {
    const rowHeight = Math.max(...sizes.slice(start, start + cols).map((s) => s.height));
    for (let k = start; k < Math.min(start + cols, contexts.length); k++) {
      const c = contexts[k]!;
      const x0 = (k - start) * colWidth;
      layout[c.id] = { x: x0, y: rowTop, ...sizes[k]! };
      (members.get(c.id) ?? []).forEach((id, i) => {
        layout[id] = { x: x0 + 16 + (i % PER_ROW) * CELL_W, y: rowTop + CONTEXT_HEADER + 16 + Math.floor(i / PER_ROW) * CELL_H };
      });
    }
    rowTop += rowHeight + GAP;
  }
  return layout;
}

/** Past this many elements, a design opened without layout gets the grid instead of waiting for ELK. */
export const GRID_LAYOUT_ABOVE = 600;

export function elementCount(design: Design): number {
  return countElements(design);
}

