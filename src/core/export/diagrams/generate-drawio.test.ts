import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDrawio } from "../../../../test/tools/diagram-tools";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { diagramText } from "../escape/diagram-text";
import { drawioCellId, generateDrawio } from "./generate-drawio";

/** Every cell id of the design's elements and flows is in the file, and every parent, source and target names a cell. */
function expectComplete(d: ReturnType<typeof mallGoTemplate>, cells: ReturnType<typeof parseDrawio>["cells"]) {
  const ids = new Set(cells.map((c) => c.id));
  expect(ids.size).toBe(cells.length);
  for (const c of d.contexts ?? []) expect(ids.has(drawioCellId("context", c.id)), c.id).toBe(true);
  for (const list of [d.services, d.databases, d.brokers, d.gateways]) for (const e of list ?? []) expect(ids.has(drawioCellId("element", e.id)), e.id).toBe(true);
  for (const f of d.flows ?? []) expect(ids.has(drawioCellId("flow", f.id)), f.id).toBe(true);
  for (const c of cells) for (const ref of [c.parent, c.source, c.target]) if (ref !== undefined) expect(ids.has(ref), `${c.id} -> ${ref}`).toBe(true);
}

describe("generateDrawio", () => {
  const d = mallGoTemplate();
  const { name, cells } = parseDrawio(generateDrawio(d).content);
  const cell = (id: string) => cells.find((c) => c.id === id)!;

  it("round-trips through an XML parser with every context, element and flow id present", () => {
    expect(name).toBe("mall-go");
    expect(cells).toHaveLength(2 + 7 + 17 + d.flows!.length);
    expectComplete(d, cells);
  });

  it("places elements as on the canvas, members inside their context's container", () => {
    expect(cell("c:identity").geometry).toMatchObject({ x: "300", y: "0", width: "520", height: "230" });
    expect(cell("e:user-service")).toMatchObject({ parent: "c:identity", geometry: { x: "24", y: "50", width: "208", height: "64" } });
    expect(cell("e:api-gateway")).toMatchObject({ parent: "1", geometry: { x: "20", y: "370" } });
  });

  it("uses draw.io's shapes: cylinders for databases, horizontal cylinders (queues) for brokers, hexagons for gateways, dashed async flows", () => {
    expect(cell("e:order-db").style).toContain("shape=cylinder3;");
    expect(cell("e:events").style).toMatch(/shape=cylinder3;direction=south;/);
    expect(cell("e:api-gateway").style).toContain("shape=hexagon;");
    expect(cell("c:identity").style).toMatch(/^swimlane;.*container=1;/);
    expect(cell("f:order-created-pub")).toMatchObject({ source: "e:order-service", target: "e:events", value: "OrderCreated" });
    expect(cell("f:order-created-pub").style).toContain("dashed=1;");
    expect(cell("f:order-data").style).not.toContain("dashed");
    expect(cell("e:order-db").value).toBe("orders\nmysql");
  });

  it("writes the two root cells alone for an empty design", () => {
    expect(parseDrawio(generateDrawio(emptyDesign()).content).cells.map((c) => c.id)).toEqual(["0", "1"]);
  });

  it("lays out a 300-service design without a layout on a grid, every id present, no two elements on the same spot", () => {
    const big = generateDesign({ services: 300, seed: 3 });
    delete big.layout;
    const parsed = parseDrawio(generateDrawio(big).content).cells;
    expectComplete(big, parsed);
    const spots = parsed.filter((c) => c.id.startsWith("e:")).map((c) => `${c.parent} ${c.geometry!.x} ${c.geometry!.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it("keeps hostile names, labels and events as plain text: well-formed XML, the same cells, values as written", () => {
    fc.assert(
      fc.property(hostileDesign, (h) => {
        const p = parseDrawio(generateDrawio(h).content);
        expect(p.cells.map((c) => [c.id, c.parent, c.source, c.target])).toEqual(cells.map((c) => [c.id, c.parent, c.source, c.target]));
        const order = h.services!.find((s) => s.id === "order-service")!;
        expect(p.cells.find((c) => c.id === "e:order-service")!.value).toBe(`${diagramText(order.name, 400) || order.id}\n${diagramText(order.technology!, 400)}`);
        expect(p.cells.every((c) => !c.style || c.style.includes("html=0;") || c.id === "0" || c.id === "1")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
