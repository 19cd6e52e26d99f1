import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { GATEWAY_TARGETS } from "./index";

describe("every gateway target on the mall-go template", () => {
  it.each(GATEWAY_TARGETS.map((t) => [t.id, t] as const))("%s matches its reviewed snapshot", async (_id, target) => {
    const out = target.generate(mallGoTemplate());
    await expect(out.content).toMatchFileSnapshot(`./__snapshots__/mall-go.${out.fileName}`);
    expect(out.fileName.startsWith("api-gateway.")).toBe(true);
  });

  it.each(GATEWAY_TARGETS.map((t) => [t.id, t] as const))("%s gives the same bytes twice", (_id, target) => {
    expect(target.generate(mallGoTemplate()).content).toBe(target.generate(mallGoTemplate()).content);
  });
});
