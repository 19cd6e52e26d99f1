import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { readStructurizr } from "../../../../test/tools/structurizr-lexer";
import { generateDesign } from "../../analysis/generate-design";
import { emptyDesign } from "../../model/elements";
import { mallGoTemplate } from "../../templates/mall-go";
import { diagramText } from "../escape/diagram-text";
import { generateStructurizr } from "./generate-structurizr";

describe("generateStructurizr", () => {
  it("writes a workspace with one software system, containers grouped by context, relationships and an auto-laid-out container view", () => {
    const d = mallGoTemplate();
    const text = generateStructurizr(d).content;
    const m = readStructurizr(text);
    expect(m.containers.size).toBe(17);
    expect(m.containers.get("order_db")).toEqual({ name: "orders", description: "", technology: "mysql", tag: "Database", group: "Order Management" });
    expect(m.containers.get("events")).toMatchObject({ tag: "Queue", group: undefined });
    expect(m.relationships).toHaveLength(d.flows!.length);
    expect(m.relationships).toContainEqual({ from: "order_service", to: "events", description: "OrderCreated", technology: "async event" });
    expect(text).toMatch(/container system "containers" \{\n\s+include \*\n\s+autolayout lr/);
    expect(text).toMatch(/element "Database" \{\n\s+shape cylinder/);
  });

  it("the reader refuses what the DSL would: an unterminated string, an unknown identifier, unbalanced braces", () => {
    expect(() => readStructurizr('workspace "a" "b" {\n  model {\n    x = container "a\n  }\n}')).toThrow(/unterminated/);
    expect(() => readStructurizr('workspace "a" "b" {\n  model {\n    x -> y "a" "b"\n  }\n}')).toThrow(/unknown identifier/);
    expect(() => readStructurizr('workspace "a" "b" {\n  model {\n  }\n')).toThrow(/unclosed/);
  });

  it("renames ids that clash with the system's identifier or with each other once mapped", () => {
    const d = mallGoTemplate();
    d.services!.push({ id: "system", name: "s" }, { id: "order_service", name: "twin" });
    const m = readStructurizr(generateStructurizr(d).content);
    expect([...m.containers.keys()]).toEqual(expect.arrayContaining(["n_system", "order_service_2"]));
  });

  it("reads for an empty design", () => {
    expect(readStructurizr(generateStructurizr(emptyDesign()).content).containers.size).toBe(0);
  });

  it("reads for a 300-service design", () => {
    const d = generateDesign({ services: 300, seed: 3 });
    expect(readStructurizr(generateStructurizr(d).content).relationships).toHaveLength(d.flows!.length);
  });

  it("keeps hostile names, labels and events inside their strings, ${...} substitution included", () => {
    const plain = readStructurizr(generateStructurizr(mallGoTemplate()).content);
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const text = generateStructurizr(d).content;
        const m = readStructurizr(text);
        expect([...m.containers.keys()]).toEqual([...plain.containers.keys()]);
        expect(m.relationships.map((r) => [r.from, r.to])).toEqual(plain.relationships.map((r) => [r.from, r.to]));
        const order = d.services!.find((s) => s.id === "order-service")!;
        expect(m.containers.get("order_service")!.name).toBe((diagramText(order.name) || order.id).replace(/\$\{/g, "$ {"));
        expect(text).not.toContain("${");
      }),
      { numRuns: 60 },
    );
  });
});
