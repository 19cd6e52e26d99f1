import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { deflateSync, strToU8 } from "fflate";
import { loadDesign, type LoadResult } from "../load/load-design";
import type { Design } from "../model/schema";
import { TEMPLATES } from "../templates/index";
import { mallGoTemplate } from "../templates/mall-go";
import { generateDesign } from "../analysis/generate-design";
import { arbitraryDesign } from "./arbitrary-design";
import { encodeBase64Url } from "./base64url";
import { DICTIONARY_V1_TEXT } from "./dictionary-v1";
import { DEFAULT_SHARE_BASE, decodeShareFragment, encodeShareFragment, SAFE_LINK_CHARS, shareUrl } from "./index";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const designOf = (r: LoadResult): Design => {
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return r.design;
};
const roundTrip = (d: Design) => designOf(decodeShareFragment(shareUrl(d, DEFAULT_SHARE_BASE)));

describe("share links", () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))("give back the %s template exactly", (_id, t) => {
    expect(roundTrip(t.create())).toEqual(t.create());
  });

  it("give back any valid design exactly: unicode, emoji, right-to-left, optional fields present and absent", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        expect(roundTrip(d)).toStrictEqual(designOf(loadDesign(d)));
        expect(roundTrip(d)).toEqual(d);
      }),
      { numRuns: 200 },
    );
  });

  it("carry a flow's bend points in the v1 link (in the record's trailing object), and give them back exactly", () => {
    const d = mallGoTemplate();
    d.flows![0] = { ...d.flows![0]!, bends: [{ x: 120, y: -40 }, { x: 260.5, y: 80 }] };
    expect(roundTrip(d)).toEqual(d);
    expect(roundTrip(d).flows![0]!.bends).toEqual([{ x: 120, y: -40 }, { x: 260.5, y: 80 }]);
  });

  it("keep names that look like markup as the very same text", () => {
    const d = { ...mallGoTemplate(), name: "<img src=x onerror=alert(1)>", description: "</script><script>alert(1)</script> مرحبا 👋" };
    expect(roundTrip(d).name).toBe("<img src=x onerror=alert(1)>");
    expect(roundTrip(d).description).toBe(d.description);
  });

  it("put the design in the fragment, never the query, replacing any fragment the base had", () => {
    const url = shareUrl(mallGoTemplate(), "https://seams.example.com/app/?team=x#old");
    expect(url.startsWith("https://seams.example.com/app/?team=x#d=1.")).toBe(true);
    expect(url.split("#")).toHaveLength(2);
  });

  it("open from a full URL, a #fragment or a bare fragment", () => {
    const fragment = encodeShareFragment(mallGoTemplate());
    for (const form of [`https://elsewhere.example/x#${fragment}`, `#${fragment}`, fragment]) expect(designOf(decodeShareFragment(form))).toEqual(mallGoTemplate());
  });

  it("open a link an email client wrapped over lines, or one with other fragment parameters", () => {
    const fragment = encodeShareFragment(mallGoTemplate());
    const wrapped = fragment.replace(/(.{76})/g, "$1\r\n");
    expect(designOf(decodeShareFragment(`#${wrapped}`))).toEqual(mallGoTemplate());
    expect(designOf(decodeShareFragment(`#view=1&${fragment}&x=2`))).toEqual(mallGoTemplate());
  });

  it("pass on the loader's warnings", () => {
    const d = { ...mallGoTemplate(), layout: { ...mallGoTemplate().layout, ghost: { x: 1, y: 2 } } };
    const r = decodeShareFragment(encodeShareFragment(d));
    expect(r.ok && r.warnings.join()).toMatch(/dropped layout for 1 unknown element \(ghost\)/);
  });

  describe("version 1 is frozen", () => {
    it.each(["mall-go-v1", "features-v1"])("a %s link committed when version 1 shipped still opens to the same design", (name) => {
      const link = fixture(`${name}.link.txt`).trim();
      expect(link.startsWith("d=1.")).toBe(true);
      expect(designOf(decodeShareFragment(link))).toStrictEqual(JSON.parse(fixture(`${name}.json`)));
    });

    it("the v1 dictionary is byte for byte what it was (FNV-1a pinned): change it and old links break", () => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < DICTIONARY_V1_TEXT.length; i++) hash = Math.imul(hash ^ DICTIONARY_V1_TEXT.charCodeAt(i), 0x01000193) >>> 0;
      expect([DICTIONARY_V1_TEXT.length, hash.toString(16)]).toEqual([2928, "c18c344f"]);
    });
  });

  describe("stay short", () => {
    it(`the mall-go template's whole URL is at most ${SAFE_LINK_CHARS} characters with a 30-character base`, () => {
      expect(DEFAULT_SHARE_BASE).toHaveLength(30);
      expect(shareUrl(mallGoTemplate(), DEFAULT_SHARE_BASE).length).toBeLessThanOrEqual(SAFE_LINK_CHARS);
    });

    it("a generated 300-service design's URL is at most 16,000 characters", () => {
      const d = generateDesign({ services: 300, flowsPerService: 1.5, seed: 1 });
      expect(d.services).toHaveLength(300);
      expect(shareUrl(d, DEFAULT_SHARE_BASE).length).toBeLessThanOrEqual(16_000);
    });

    it("beat plain JSON + deflate + base64 (the Mermaid live editor's way) by a third on mall-go", () => {
      const plain = encodeBase64Url(deflateSync(strToU8(JSON.stringify(mallGoTemplate())), { level: 9 })).length;
      expect(encodeShareFragment(mallGoTemplate()).length).toBeLessThan(plain * (2 / 3));
    });
  });
});
