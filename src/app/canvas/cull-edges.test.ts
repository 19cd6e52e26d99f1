import { describe, expect, it } from "vitest";
import { cullEdges } from "./cull-edges";
import { toEdges, toNodes } from "./to-flow";
import type { Design } from "../../core/model/schema";

const design: Design = {
  format: "seams-design",
  version: 1,
  name: "t",
  services: [
    { id: "a", name: "a" },
    { id: "b", name: "b" },
    { id: "far", name: "far" },
  ],
  brokers: [{ id: "hub", name: "hub" }],
  flows: [
    { id: "a-b", from: "a", to: "b", kind: "sync" },
    { id: "a-far", from: "a", to: "far", kind: "sync" },
    { id: "far-hub", from: "far", to: "hub", kind: "async" },
  ],
  layout: { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, far: { x: 50_000, y: 0 }, hub: { x: 200, y: 200 } },
};

describe("culling flows of a large design", () => {
  const view = { x: 0, y: 0, width: 1000, height: 800 };
  it("keeps flows with both ends near the view and drops those reaching far away", () => {
    const nodes = toNodes(design, new Set(), new Set(), new Map());
    const edges = toEdges(design, new Set(), new Set(), new Map());
    expect(cullEdges(edges, nodes, view).map((e) => e.id)).toEqual(["a-b"]);
  });
  it("keeps every flow of a selected element, however far its other end", () => {
    const nodes = toNodes(design, new Set(["hub"]), new Set(), new Map());
    const edges = toEdges(design, new Set(), new Set(), new Map());
    expect(cullEdges(edges, nodes, view).map((e) => e.id)).toEqual(["a-b", "far-hub"]);
  });
});
