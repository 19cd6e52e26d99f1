import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPlantuml } from "../../../../test/tools/diagram-tools";
import { requireTool } from "../../../../test/tools/find-tool";
import { hostileDesign } from "../../../../test/tools/hostile-design";
import { generateDesign } from "../../analysis/generate-design";
import { mallGoTemplate } from "../../templates/mall-go";
import { quotePlantuml } from "../escape/diagram-text";
import { generatePlantumlC4 } from "./generate-plantuml-c4";

const plantuml = requireTool("plantuml");

// Outside the skipIf blocks on purpose: in CI a missing plantuml must fail the run, not skip it.
it("finds plantuml (required in CI; skipped with a message elsewhere)", () => plantuml.assertPresentInCi());

describe("generatePlantumlC4", () => {
  const text = generatePlantumlC4(mallGoTemplate()).content;

  it("uses the C4-PlantUML macros: a System_Boundary per context, Container, ContainerDb, ContainerQueue, Rel", () => {
    expect(text.startsWith("@startuml\n!include <C4/C4_Container>\n")).toBe(true);
    expect(text.match(/^System_Boundary\(/gm)).toHaveLength(7);
    expect(text).toContain('  ContainerDb(order_db, "orders", "mysql")');
    expect(text).toContain('ContainerQueue(events, "event bus", "kafka")');
    expect(text).toContain('Rel(order_service, events, "OrderCreated", "async event")');
    expect(text.match(/^Rel\(/gm)).toHaveLength(mallGoTemplate().flows!.length);
  });

  it("quotes what the preprocessor and creole would read: $, %, !, quotes, <img>, doubled markup", () => {
    expect(quotePlantuml('a "b" $c %d() !e <img:/x> **f** --g')).toBe('"a <U+0022>b<U+0022> <U+0024>c <U+0025>d() <U+0021>e <U+003C>img:/x<U+003E> <U+002A><U+002A>f<U+002A><U+002A> <U+002D>-g"');
  });
});

describe.skipIf(!plantuml.found)("plantuml -syntax", () => {
  it("accepts mall-go with every element counted", () => {
    const r = checkPlantuml(plantuml.path, generatePlantumlC4(mallGoTemplate()).content);
    expect(r.output).toContain("DESCRIPTION");
    expect(r.ok, r.output).toBe(true);
    expect(r.entities).toBe(17);
  });

  it("fails a broken diagram, so the check can fail", () => {
    expect(checkPlantuml(plantuml.path, '@startuml\n!include <C4/C4_Container>\nContainer(a, "x"\n@enduml\n').ok).toBe(false);
  });

  it("accepts a 300-service design", () => {
    const d = generateDesign({ services: 300, seed: 3 });
    const r = checkPlantuml(plantuml.path, generatePlantumlC4(d).content);
    expect(r.ok, r.output.slice(0, 500)).toBe(true);
    expect(r.entities).toBe((d.services?.length ?? 0) + (d.databases?.length ?? 0) + (d.brokers?.length ?? 0) + (d.gateways?.length ?? 0));
  });

  it("accepts hostile names, labels and events, with the same elements", () => {
    fc.assert(
      fc.property(hostileDesign, (d) => {
        const r = checkPlantuml(plantuml.path, generatePlantumlC4(d).content);
        expect(r.ok, r.output.slice(0, 500)).toBe(true);
        expect(r.entities).toBe(17);
      }),
      { numRuns: 8 },
    );
  });
});
