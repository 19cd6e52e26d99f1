import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../templates/mall-go";
import { commentText } from "../escape/comment-text";
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

  // JSON targets whose tool refuses unknown fields (the seed's Go structs, Caddy) have nowhere to say caveats but the list.
  it.each(GATEWAY_TARGETS.filter((t) => t.id !== "gateway-json" && t.id !== "caddy-json").map((t) => [t.id, t] as const))("%s says every caveat in the file too", (_id, target) => {
    const d = mallGoTemplate();
    d.gateways![0]!.loadBalancing = "consistent_hash";
    const out = target.generate(d);
    expect(out.caveats.length).toBeGreaterThan(3);
    const said = out.mediaType === "application/json" ? (JSON.parse(out.content) as { "@comment": string[] })["@comment"].join("\n") : out.content;
    for (const c of out.caveats) expect(said).toContain(commentText(c.message, 8000));
  });
});
