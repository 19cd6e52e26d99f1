import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { stringifyYaml, stringifyYamlByLibrary } from "./stringify-yaml";

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

describe("stringifyYaml's direct writer", () => {
  // Strings the writer must escape as the library does: control and separator
  // characters, lone surrogates, quotes, line breaks (short and long, with
  // spaces around), document markers, YAML 1.1 words, and plain-looking ids.
  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({ unit: fc.constantFrom("a", " ", "\n", "\t", '"', "\\", "#", ":", "-", "\u0085", "\u00a0", "\u2028", "\u2029", "\u0000", "\u001b", "\u0007", "\u000b", "\ud800", "é", "😀"), maxLength: 80 }),
    fc.constantFrom("no", "On", "y", "NULL", "~", "---", "--- x", "...", "%YAML", "a\n---\nb", "0o17", "1e3", "order-service", "/api/x", "", " ", "a".repeat(1100)),
    // Around the library's 40-character threshold for writing line breaks as real ones.
    fc.integer({ min: 30, max: 40 }).chain((k) => fc.constantFrom(`${"x".repeat(k)}\ny`, `${"x".repeat(k)} \n\n y`, `${"x".repeat(k)}\n\n\n`, `\n${"x".repeat(k)}\n`)),
    fc.stringMatching(/^[A-Za-z/][A-Za-z0-9_./-]{0,12}$/),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostile, fc.integer(), fc.boolean(), tie("list"), tie("map")),
    list: fc.array(tie("node"), { maxLength: 4 }),
    map: fc.dictionary(hostile, tie("node"), { maxKeys: 4 }),
  }));

  it("writes the library's bytes for any maps, lists, strings, integers and booleans", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ value: fc.oneof(value.map, value.list), comments: fc.array(hostile, { maxLength: 3 }) }), { maxLength: 3 }), (docs) => {
        expect(stringifyYaml(docs)).toBe(stringifyYamlByLibrary(docs));
      }),
      { numRuns: 1000 },
    );
  });

  it("hands the library what it does not write itself (null, floats, -0, a top-level string)", () => {
    const docs = [{ value: { a: null, b: 1.5, c: -0, d: Number.MAX_SAFE_INTEGER + 2 } }, { value: "no" }, { value: { e: undefined, f: 1 } }];
    expect(stringifyYaml(docs)).toBe(stringifyYamlByLibrary(docs));
  });
});
