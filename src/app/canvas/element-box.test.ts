import { describe, expect, it } from "vitest";
import { elementBoxes, NODE_SIZE, DEFAULT_CONTEXT_SIZE } from "./element-box";
import { toNodes } from "./to-flow";
import { absoluteRects } from "./node-bounds";
import { templateById } from "../../core/templates/index";
import type { Design } from "../../core/model/schema";

describe("element boxes", () => {
  it("are the boxes the canvas draws, for every element of mall-go", () => {
    const design = templateById("mall-go")!.create();
    const boxes = elementBoxes(design);
    const drawn = absoluteRects(toNodes(design, new Set(), new Set(), new Map()));
    expect(boxes.size).toBe(drawn.size);
    for (const [id, box] of boxes) expect(drawn.get(id), id).toEqual(box);
  });

  it("give an element without layout the fallback grid spot and its kind's size; a context keeps its own size", () => {
    const design: Design = { format: "seams-design", version: 1, name: "d", contexts: [{ id: "c", name: "C" }], services: [{ id: "s", name: "S" }], layout: { c: { x: 5, y: 6, width: 500 } } };
    const boxes = elementBoxes(design);
    expect(boxes.get("c")).toEqual({ x: 5, y: 6, width: 500, height: DEFAULT_CONTEXT_SIZE.height });
    expect(boxes.get("s")).toMatchObject(NODE_SIZE.service);
  });
});
