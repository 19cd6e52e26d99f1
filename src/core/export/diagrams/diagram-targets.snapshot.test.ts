import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { DIAGRAM_TARGETS } from "./index";

describe("every diagram target on the mall-go template", () => {
  it.each(DIAGRAM_TARGETS.map((t) => [t.id, t] as const))("%s matches its reviewed snapshot", async (_id, target) => {
    const out = target.generate(mallGoTemplate());
    await expect(out.content).toMatchFileSnapshot(`./__snapshots__/mall-go.${out.fileName}`);
    expect(out.caveats).toEqual([]);
  });

  it.each(DIAGRAM_TARGETS.map((t) => [t.id, t] as const))("%s gives the same bytes twice and needs no gateway", (_id, target) => {
    const d = mallGoTemplate();
    d.gateways = [];
    d.flows = d.flows!.filter((f) => f.from !== "api-gateway");
    expect(target.generate(d).content).toBe(target.generate(structuredClone(d)).content);
  });
});
