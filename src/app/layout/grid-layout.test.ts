import { describe, expect, it } from "vitest";
import { gridLayout } from "./grid-layout";
import { generateDesign } from "../../core/analysis/generate-design";
import { loadDesign } from "../../core/load/load-design";
import { NODE_SIZE } from "../canvas/element-box";

describe("the grid layout for large designs", () => {
  it("places every element, members inside their context, without overlaps between members", () => {
    const design = { ...generateDesign({ services: 2000, flowsPerService: 1.5, seed: 4 }), layout: undefined };
    const t0 = performance.now();
    const layout = gridLayout(design);
    expect(performance.now() - t0).toBeLessThan(500);
    const all = [...design.contexts!, ...design.services!, ...design.databases!, ...design.brokers!, ...design.gateways!];
    expect(Object.keys(layout).length).toBe(all.length);
    for (const s of design.services!) {
      const c = layout[s.context!]!;
      const b = layout[s.id]!;
      expect(b.x).toBeGreaterThanOrEqual(c.x);
      expect(b.y).toBeGreaterThanOrEqual(c.y);
      expect(b.x + NODE_SIZE.service.width).toBeLessThanOrEqual(c.x + c.width!);
      expect(b.y + NODE_SIZE.service.height).toBeLessThanOrEqual(c.y + c.height!);
    }
    const seen = new Set<string>();
    for (const el of all) if (!design.contexts!.includes(el as never)) {
      const key = `${layout[el.id]!.x},${layout[el.id]!.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    expect(loadDesign({ ...design, layout }).ok).toBe(true);
  });
});
