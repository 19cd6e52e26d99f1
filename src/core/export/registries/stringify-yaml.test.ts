import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { stringifyYaml } from "./stringify-yaml";

const readBack = (text: string, version: "1.1" | "1.2") =>
  parseAllDocuments(text, { version }).map((d) => {
    expect(d.errors).toEqual([]);
    return d.toJS() as unknown;
  });

describe("stringifyYaml", () => {
  it("starts every document with ---", () => {
    expect(stringifyYaml([{ value: { a: 1 } }, { value: { b: 2 } }])).toBe("---\na: 1\n---\nb: 2\n");
  });

  it("quotes strings that YAML 1.1 or 1.2 would read as something else", () => {
    const text = stringifyYaml([{ value: { a: "no", b: "on", c: "0o17", d: "1e3", e: "*x", f: "&x", g: "!!str", h: "~", i: "" } }]);
    expect(text).toBe('---\na: "no"\nb: "on"\nc: "0o17"\nd: "1e3"\ne: "*x"\nf: "&x"\ng: "!!str"\nh: "~"\ni: ""\n');
  });

  it("keeps ids and paths plain", () => {
    expect(stringifyYaml([{ value: { name: "order-service", path: "/api/orders", ref: "group:default/x" } }])).toBe(
      '---\nname: order-service\npath: /api/orders\nref: "group:default/x"\n',
    );
  });

  it("keeps a comment with line breaks inside the comment", () => {
    const text = stringifyYaml([{ value: { a: 1 }, comments: ["x\nb: 2\n---\nc: 3"] }]);
    expect(readBack(text, "1.2")).toEqual([{ a: 1 }]);
    expect(text.startsWith("# x b: 2 --- c: 3\n---\n")).toBe(true);
  });

  it("round-trips any strings, as keys or values, through YAML 1.1 and 1.2 parsers", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 30 }), { maxKeys: 5 }), fc.array(fc.string(), { maxLength: 3 }), (value, comments) => {
        const text = stringifyYaml([{ value, comments }, { value: [value] }]);
        expect(readBack(text, "1.2")).toEqual([value, [value]]);
        expect(readBack(text, "1.1")).toEqual([value, [value]]);
      }),
      { numRuns: 300 },
    );
  });
});
