import { describe, expect, it } from "vitest";
import { toNodes } from "./to-flow";
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
