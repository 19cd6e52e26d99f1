import { describe, expect, it } from "vitest";
import { toEdges, toNodes, Z } from "./to-flow";
import { mallGoTemplate } from "../../core/templates/mall-go";

const MALL_GO = mallGoTemplate();

describe("toNodes", () => {
  it("gives every node its size as measured, also after an edit made it a new object", () => {
    const first = toNodes(MALL_GO, new Set(), new Set(), new Map());
    const prev = new Map(first.map((n) => [n.id, n]));
    const edited = { ...MALL_GO, services: MALL_GO.services!.map((s) => (s.id === "order-service" ? { ...s, description: "edited" } : s)) };
    const next = toNodes(edited, new Set(["order-service"]), new Set(), prev);
    for (const n of [...first, ...next]) {
      expect(n.measured?.width, n.id).toBe(n.width);
      expect(n.measured?.height, n.id).toBe(n.height);
    }
    expect(next.find((n) => n.id === "order-service")).not.toBe(prev.get("order-service"));
    expect(next.find((n) => n.id === "user-service")).toBe(prev.get("user-service"));
  });
});

describe("toNodes / toEdges with a tint", () => {
  const design = mallGoTemplate();
  const none = new Set<string>();

  it("draws a tint instead of a highlight, and only where one is given", () => {
    const tint = new Map([["cart-service", "impact-down"], ["route-orders", "impact-fails"]]);
    const nodes = toNodes(design, none, new Set(["cart-service", "order-service"]), new Map(), tint);
    expect(nodes.find((n) => n.id === "cart-service")!.className).toBe("is-impact-down");
    expect(nodes.find((n) => n.id === "order-service")!.className).toBe("is-highlighted");
    const edges = toEdges(design, none, none, new Map(), tint);
    expect(edges.find((e) => e.id === "route-orders")).toMatchObject({ className: "is-impact-fails", zIndex: Z.flowHighlighted });
    expect(edges.find((e) => e.id === "route-cart")!.className).toBeUndefined();
  });

  it("makes a new edge object when only its tint changes, so React Flow redraws it", () => {
    const first = toEdges(design, none, none, new Map());
    const prev = new Map(first.map((e) => [e.id, e]));
    const next = toEdges(design, none, none, prev, new Map([["route-orders", "impact-degraded"]]));
    expect(next.find((e) => e.id === "route-orders")).not.toBe(prev.get("route-orders"));
    expect(next.find((e) => e.id === "route-cart")).toBe(prev.get("route-cart"));
  });
});
