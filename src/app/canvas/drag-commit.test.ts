import { describe, expect, it } from "vitest";
import type { Design } from "../../core/model/schema";
import { commitMoves } from "./drag-commit";
import { describeMembership } from "./describe-membership";
import { translateFor } from "../../i18n/catalog-source";

// A context at 0,0 420x280; the service (208x64) starts well inside it.
const design: Design = {
  format: "seams-design",
  version: 1,
  name: "t",
  contexts: [{ id: "ordering", name: "Ordering" }],
  services: [{ id: "orders", name: "Orders", context: "ordering" }],
  layout: { ordering: { x: 0, y: 0, width: 420, height: 280 }, orders: { x: 100, y: 100 } },
};
const contextOf = (d: Design) => d.services![0]!.context;

describe("moving a member over its context's border", () => {
  it("keeps it in the context while most of its box is inside", () => {
    expect(contextOf(commitMoves(design, [{ id: "orders", x: 420 - 125, y: 100 }]))).toBe("ordering"); // 125 of 208 px inside: 60%
    expect(contextOf(commitMoves(design, [{ id: "orders", x: 420 - 90, y: 100 }]))).toBeUndefined(); // 43% inside
    // Over a corner: the centre is inside, but only 0.55 * 0.55 of the box: it leaves.
    expect(contextOf(commitMoves(design, [{ id: "orders", x: 420 - 114, y: 280 - 35 }]))).toBeUndefined();
  });

  it("joins the context that holds most of it", () => {
    const outside = commitMoves(design, [{ id: "orders", x: 600, y: 100 }]);
    expect(contextOf(outside)).toBeUndefined();
    expect(contextOf(commitMoves(outside, [{ id: "orders", x: 420 - 150, y: 100 }]))).toBe("ordering");
  });

  it("says what changed", () => {
    const out = commitMoves(design, [{ id: "orders", x: 600, y: 100 }]);
    expect(describeMembership(design, out, translateFor("en"))).toEqual(["Orders left Ordering"]);
    expect(describeMembership(design, out, translateFor("zh-CN"))).toEqual(["Orders 离开了 Ordering"]);
    expect(describeMembership(out, design, translateFor("en"))).toEqual(["Orders joined Ordering"]);
    expect(describeMembership(design, commitMoves(design, [{ id: "orders", x: 120, y: 110 }]), translateFor("en"))).toEqual([]);
  });
});
