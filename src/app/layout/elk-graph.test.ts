import { describe, expect, it } from "vitest";
import ELK from "elkjs/lib/elk.bundled.js";
import { fromElkGraph, toElkGraph } from "./elk-graph";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { loadDesign } from "../../core/load/load-design";
import { NODE_SIZE } from "../canvas/element-box";
import { absoluteBoxes } from "../canvas/drag-commit";
import { overSplitTemplate } from "../../core/templates/over-split";

describe("auto-layout through ELK", () => {
  it("nests members in their context and lays every element out, members inside their context's box", async () => {
    const design = { ...mallGoTemplate(), layout: undefined };
    const graph = toElkGraph(design);
    const ordering = graph.children!.find((c) => c.id === "ordering")!;
    expect(ordering.children!.map((c) => c.id).sort()).toEqual(["cart-service", "order-db", "order-service"]);
    expect(graph.edges).toHaveLength(design.flows!.length);

    const boxes = fromElkGraph(await new ELK().layout(graph), design);
    const ids = [...design.contexts!, ...design.services!, ...design.databases!, ...design.brokers!, ...design.gateways!].map((e) => e.id);
    expect(Object.keys(boxes).sort()).toEqual(ids.sort());
    for (const s of design.services!) {
      if (!s.context) continue;
      const c = boxes[s.context]!;
      const b = boxes[s.id]!;
      expect(b.x).toBeGreaterThanOrEqual(c.x);
      expect(b.y).toBeGreaterThanOrEqual(c.y);
      expect(b.x + NODE_SIZE.service.width).toBeLessThanOrEqual(c.x + c.width!);
      expect(b.y + NODE_SIZE.service.height).toBeLessThanOrEqual(c.y + c.height!);
    }
    // The laid-out design is a valid design.
    expect(loadDesign({ ...design, layout: boxes }).ok).toBe(true);
  });

  it("leaves room for a flow's label between the ends of every flow, inside contexts too", async () => {
    for (const template of [mallGoTemplate(), overSplitTemplate()]) {
      const design = { ...template, layout: undefined };
      const layout = fromElkGraph(await new ELK().layout(toElkGraph(design)), design);
      const boxes = absoluteBoxes({ ...design, layout });
      for (const f of design.flows!) {
        const a = boxes.get(f.from)!;
        const b = boxes.get(f.to)!;
        const gap = Math.max(b.x - (a.x + a.width!), a.x - (b.x + b.width!));
        // Ends side by side (not stacked in one layer) have a label's width between them.
        if (gap > 0) expect(gap, f.id).toBeGreaterThanOrEqual(150);
      }
    }
  });
});
