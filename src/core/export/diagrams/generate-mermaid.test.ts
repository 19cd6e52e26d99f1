// @vitest-environment jsdom
// Mermaid's parser wants a DOM for its sanitiser (DOMPurify); happy-dom's loses text before a <br>, jsdom's does not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMermaid } from "../../../../test/tools/diagram-tools";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { diagramText, quoteMermaidTitle } from "../escape/diagram-text";
import { generateMermaid, MERMAID_MAX_EDGES } from "./generate-mermaid";

/** The parser keeps entity codes as placeholders (decoded when drawn) and the <br/> between name and technology as <br>. */
const decode = (label: string) => label.replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/<br>/g, "\n");

describe("generateMermaid", () => {
  it("parses with Mermaid's own parser as the same diagram: a subgraph per context, every element, every flow", async () => {
    const d = mallGoTemplate();
    const p = await parseMermaid(generateMermaid(d).content);
    expect(p.subgraphs.map((s) => s.title)).toEqual(d.contexts!.map((c) => c.name));
    expect(p.subgraphs.find((s) => s.id === "ordering")!.nodes.sort()).toEqual(["cart_service", "order_db", "order_service"]);
    expect(p.vertices.size).toBe(17);
    expect(decode(p.vertices.get("order_db")!)).toBe("orders\nmysql");
    expect(p.edges).toHaveLength(d.flows!.length);
    const created = p.edges.find((e) => e.start === "order_service" && e.end === "events")!;
    expect(created).toMatchObject({ text: "OrderCreated", stroke: "dotted" });
    expect(p.edges.find((e) => e.start === "order_service" && e.end === "inventory_service")).toMatchObject({ text: "reserve stock", stroke: "normal" });
  });

  it("refuses nothing Mermaid would refuse: a broken flowchart does fail the parser", async () => {
    await expect(parseMermaid("flowchart LR\n  a[\"x\"] -->")).rejects.toThrow();
  });

  it("draws databases as cylinders, brokers as flags, gateways as hexagons", () => {
    const text = generateMermaid(mallGoTemplate()).content;
    expect(text).toContain('order_db[("orders<br/>mysql")]');
    expect(text).toContain('events>"event bus<br/>kafka"]');
    expect(text).toContain('api_gateway{{"api-gateway"}}');
  });

  it("keeps ids that Mermaid reads as keywords or that collide once mapped apart", async () => {
    const d = mallGoTemplate();
    d.services!.push({ id: "end", name: "end" }, { id: "user_service", name: "twin" });
    d.flows!.push({ id: "f-end", from: "end", to: "user_service", kind: "sync" });
    const p = await parseMermaid(generateMermaid(d).content);
    expect(p.vertices.size).toBe(19);
    expect(p.edges.find((e) => e.start === "n_end")?.end).toBe("user_service_2");
  });

  it("parses for an empty design", async () => {
    expect((await parseMermaid(generateMermaid(emptyDesign()).content)).vertices.size).toBe(0);
  });

  it("parses for a 300-service design, and says that its 900 flows pass Mermaid's default of 500 arrows", async () => {
    const d = generateDesign({ services: 300, seed: 3 });
    const out = generateMermaid(d);
    expect(d.flows!.length).toBeGreaterThan(MERMAID_MAX_EDGES);
    expect(out.caveats[0]!.message).toContain(`this design has ${d.flows!.length} flows`);
    expect(out.content).toContain(`%% ${out.caveats[0]!.message}`);
    await expect(parseMermaid(out.content)).rejects.toThrow(/Edge limit exceeded/);
    expect(generateMermaid(mallGoTemplate()).caveats).toEqual([]);
    const p = await parseMermaid(out.content, 10_000);
    expect(p.vertices.size).toBe((d.services?.length ?? 0) + (d.databases?.length ?? 0) + (d.brokers?.length ?? 0) + (d.gateways?.length ?? 0));
    expect(p.edges).toHaveLength(d.flows!.length);
  });

  it("turns hostile names, labels and events into labels, never syntax: same nodes, edges and subgraphs, labels as written", async () => {
    const plain = await parseMermaid(generateMermaid(mallGoTemplate()).content);
    await fc.assert(
      fc.asyncProperty(hostileDesign, async (d) => {
        const p = await parseMermaid(generateMermaid(d).content);
        expect([...p.vertices.keys()]).toEqual([...plain.vertices.keys()]);
        expect(p.edges.map((e) => [e.start, e.end, e.stroke])).toEqual(plain.edges.map((e) => [e.start, e.end, e.stroke]));
        expect(p.subgraphs.map((s) => s.nodes)).toEqual(plain.subgraphs.map((s) => s.nodes));
        const order = d.services!.find((s) => s.id === "order-service")!;
        expect(decode(p.vertices.get("order_service")!)).toBe(`${diagramText(order.name, 200) || order.id}\n${diagramText(order.technology!, 200)}`);
        // Titles are not entity-decoded by Mermaid: they carry look-alikes instead, and must arrive exactly so.
        expect(p.subgraphs[0]!.title).toBe(quoteMermaidTitle(diagramText(d.contexts![0]!.name, 200) || "identity").slice(1, -1));
      }),
      { numRuns: 25 },
    );
  });
});
