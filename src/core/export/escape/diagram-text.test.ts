import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagramText, escapeXml, quoteD2, quoteDsl, quoteMermaid, quoteMermaidTitle, quotePlantuml, quoteStructurizr } from "./diagram-text";

const any = fc.string({ unit: "binary", maxLength: 60 });
/** Reads a `\"`/`\\`-escaped double-quoted string back, refusing an unescaped quote inside. */
function unquote(s: string): string {
  expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
  const inner = s.slice(1, -1);
  let out = "";
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "\\") out += inner[++i] ?? "";
    else if (inner[i] === '"') throw new Error(`unescaped quote in ${s}`);
    else out += inner[i];
  }
  return out;
}

describe("diagram text helpers", () => {
  it("flatten to one well-formed line", () => {
    expect(diagramText("a\nb\ud800")).toBe("a b\ufffd");
    fc.assert(fc.property(any, (s) => void expect(diagramText(s)).not.toMatch(/[\n\r\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])/)));
  });

  it("quoteDsl reads back as the flattened text, with every quote escaped", () => {
    fc.assert(fc.property(any, (s) => void expect(unquote(quoteDsl(s))).toBe(diagramText(s))));
  });

  it("quoteD2 escapes every $ as well, so no substitution can start", () => {
    expect(quoteD2("${x} $y")).toBe('"\\${x} \\$y"');
    fc.assert(fc.property(any, (s) => void expect(quoteD2(s)).not.toMatch(/(?<!\\)(?:\\\\)*\$/)));
  });

  it("quoteStructurizr never leaves a ${ to substitute", () => {
    fc.assert(fc.property(any, (s) => void expect(quoteStructurizr(s)).not.toContain("${")));
  });

  it("quoteMermaid and quotePlantuml leave no quote, and nothing the preprocessor or markup reads, inside", () => {
    fc.assert(
      fc.property(any, (s) => {
        expect(quoteMermaid(s).slice(1, -1)).not.toMatch(/["<>`|[\]{};]/);
        expect(quoteMermaidTitle(s).slice(1, -1)).not.toMatch(/["<>`#]/);
        expect(quotePlantuml(s).slice(1, -1).replace(/<U\+[0-9A-F]{4}>/g, "")).not.toMatch(/["$%!<>\\[\]]|--|__|\/\//);
      }),
    );
  });

  it("escapeXml leaves only entities where XML reads markup", () => {
    expect(escapeXml('<a & "b">')).toBe("&lt;a &amp; &quot;b&quot;&gt;");
    fc.assert(fc.property(any, (s) => void expect(escapeXml(s).replace(/&(amp|lt|gt|quot|apos);/g, "")).not.toMatch(/[<>&"']/)));
  });
});
