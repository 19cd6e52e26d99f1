import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLikec4 } from "../../../../test/tools/diagram-tools";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { diagramText } from "../escape/diagram-text";
import { generateLikec4 } from "./generate-likec4";

describe("generateLikec4", () => {
  it("parses with LikeC4's own language services, without errors, into the same model", async () => {
    const d = mallGoTemplate();
    const p = await parseLikec4(generateLikec4(d).content);
    expect(p.errors).toEqual([]);
    expect(p.elements).toHaveLength(7 + 17);
    expect(p.elements.find((e) => e.id === "ordering.order_db")).toEqual({ id: "ordering.order_db", title: "orders", kind: "database" });
    expect(p.elements.find((e) => e.id === "events")?.kind).toBe("broker");
    expect(p.relationships).toBe(d.flows!.length);
    expect(p.viewNodes).toBe(7 + 17);
  });

  it("reports LikeC4's errors, so the check can fail", async () => {
    expect((await parseLikec4('model {\n  x = nope "a"\n}\n')).errors.length).toBeGreaterThan(0);
  });

  it("renames ids that are LikeC4 keywords or collide once mapped", async () => {
    const d = mallGoTemplate();
    d.services!.push({ id: "model", name: "m" }, { id: "order_service", name: "twin", context: "ordering" });
    d.flows!.push({ id: "f1", from: "model", to: "order_service", kind: "sync" });
    const p = await parseLikec4(generateLikec4(d).content);
    expect(p.errors).toEqual([]);
    expect(p.elements.map((e) => e.id)).toEqual(expect.arrayContaining(["e_model", "ordering.order_service_2"]));
  });

  it("parses for an empty design", async () => {
    expect(await parseLikec4(generateLikec4(emptyDesign()).content)).toMatchObject({ errors: [], elements: [] });
  });

  it("parses for a 300-service design", async () => {
    const d = generateDesign({ services: 300, seed: 3 });
    const p = await parseLikec4(generateLikec4(d).content);
    expect(p.errors).toEqual([]);
    expect(p.relationships).toBe(d.flows!.length);
  });

  it("keeps hostile names, labels and events as text: same elements and relationships, titles as written", async () => {
    const plain = await parseLikec4(generateLikec4(mallGoTemplate()).content);
    await fc.assert(
      fc.asyncProperty(hostileDesign, async (d) => {
        const p = await parseLikec4(generateLikec4(d).content);
        expect(p.errors).toEqual([]);
        expect(p.elements.map((e) => [e.id, e.kind])).toEqual(plain.elements.map((e) => [e.id, e.kind]));
        expect(p.relationships).toBe(plain.relationships);
        const order = d.services!.find((s) => s.id === "order-service")!;
        expect(p.elements.find((e) => e.id === "ordering.order_service")!.title).toBe(diagramText(order.name) || order.id);
      }),
      { numRuns: 15 },
    );
  });
});
