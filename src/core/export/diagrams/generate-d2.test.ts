import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileD2 } from "../../../../test/tools/diagram-tools";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { diagramText } from "../escape/diagram-text";
import { generateD2 } from "./generate-d2";

describe("generateD2", () => {
  it("compiles with D2's own WASM build into the same diagram: contexts holding their members, shapes by kind, every flow", async () => {
    const d = mallGoTemplate();
    const c = await compileD2(generateD2(d).content);
    expect(c.shapes).toHaveLength(7 + 17);
    expect(c.shapes.find((s) => s.id === "ordering.order-db")).toEqual({ id: "ordering.order-db", label: "orders\nmysql", type: "cylinder" });
    expect(c.shapes.find((s) => s.id === "events")).toMatchObject({ label: "event bus\nkafka", type: "queue" });
    expect(c.shapes.find((s) => s.id === "api-gateway")?.type).toBe("hexagon");
    expect(c.connections).toHaveLength(d.flows!.length);
    expect(c.connections.find((x) => x.src === "ordering.order-service" && x.dst === "events")?.label).toBe("OrderCreated");
  });

  it("fails D2's compiler on a broken diagram, so the check can fail", async () => {
    await expect(compileD2('"a" -> {')).rejects.toThrow();
  });

  it("keeps ids that D2 reads as keywords or edges (shape, label, a--b) as plain keys", async () => {
    const d = mallGoTemplate();
    d.services!.push({ id: "shape", name: "s" }, { id: "label", name: "l", context: "ordering" }, { id: "a--b", name: "ab" });
    d.flows!.push({ id: "f1", from: "shape", to: "label", kind: "sync" }, { id: "f2", from: "a--b", to: "shape", kind: "sync" });
    const c = await compileD2(generateD2(d).content);
    expect(c.shapes.map((s) => s.id)).toEqual(expect.arrayContaining(["shape", "ordering.label", '"a--b"']));
    expect(c.connections).toHaveLength(d.flows!.length);
  });

  it("compiles for an empty design", async () => {
    expect((await compileD2(generateD2(emptyDesign()).content)).shapes).toEqual([]);
  });

  // D2 lays the diagram out while compiling: tens of seconds for 300 services on a busy machine.
  it("compiles for a 300-service design", { timeout: 180_000 }, async () => {
    const d = generateDesign({ services: 300, seed: 3 });
    const c = await compileD2(generateD2(d).content);
    expect(c.connections).toHaveLength(d.flows!.length);
  });

  it("keeps hostile names, labels and events as labels: same shapes and connections, text as written", async () => {
    const plain = await compileD2(generateD2(mallGoTemplate()).content);
    await fc.assert(
      fc.asyncProperty(hostileDesign, async (d) => {
        const c = await compileD2(generateD2(d).content);
        expect(c.shapes.map((s) => [s.id, s.type])).toEqual(plain.shapes.map((s) => [s.id, s.type]));
        expect(c.connections.map((x) => [x.src, x.dst])).toEqual(plain.connections.map((x) => [x.src, x.dst]));
        const order = d.services!.find((s) => s.id === "order-service")!;
        expect(c.shapes.find((s) => s.id === "ordering.order-service")!.label).toBe(`${diagramText(order.name, 200) || order.id}\n${diagramText(order.technology!, 200)}`);
        expect(c.connections[0]!.label).toBe(diagramText(d.flows![0]!.label!, 100));
      }),
      { numRuns: 25 },
    );
  });
});
