import { describe, expect, it } from "vitest";
import { loadDesign } from "../core/load/load-design";
import { translateFor } from "./catalog-source";
import { renderLoadWarnings } from "./render-load-warnings";

const withStaleLayout = (ghosts: string[]) => ({
  format: "seams-design",
  version: 1,
  name: "x",
  services: [{ id: "a", name: "a" }],
  layout: Object.fromEntries([["a", { x: 0, y: 0 }], ...ghosts.map((g) => [g, { x: 1, y: 1 }])]),
});

describe("the loader's warnings through the catalogs", () => {
  for (const ghosts of [["ghost"], ["g1", "g2", "g3", "g4", "g5", "g6", "g7"]]) {
    it(`read in English exactly as the loader's own, and in Chinese in zh-CN (${ghosts.length} dropped)`, () => {
      const r = loadDesign(withStaleLayout(ghosts));
      if (!r.ok) throw new Error("should load");
      expect(renderLoadWarnings(translateFor("en"), r)).toEqual(r.warnings);
      const [zh] = renderLoadWarnings(translateFor("zh-CN"), r);
      expect(zh).toMatch(/^已丢弃 \d+ 个未知元素的布局/);
      expect(zh).toContain(ghosts[0]);
    });
  }

  it("keep the English of a result without notes (an older core)", () => {
    expect(renderLoadWarnings(translateFor("zh-CN"), { warnings: ["something"] })).toEqual(["something"]);
  });
});
