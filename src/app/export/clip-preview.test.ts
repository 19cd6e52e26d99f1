import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chunkLines, clipPreview } from "./clip-preview";

const textWithLines = fc.array(fc.string({ maxLength: 40 }).map((s) => s.replace(/\n/g, "")), { maxLength: 60 }).chain((lines) => fc.boolean().map((endsWithNewline) => lines.join("\n") + (endsWithNewline && lines.length ? "\n" : "")));

describe("clipPreview", () => {
  it("shows a small output whole", () => {
    expect(clipPreview("a\nb\n", 100)).toEqual({ text: "a\nb\n", lines: 2, truncated: false });
  });

  it("cuts a large output after the last whole line that fits", () => {
    expect(clipPreview("one\ntwo\nthree\n", 10)).toEqual({ text: "one\ntwo\n", lines: 2, truncated: true });
  });

  it("keeps an empty first line rather than cutting into the next one", () => {
    expect(clipPreview("\nabc", 2)).toEqual({ text: "\n", lines: 1, truncated: true });
  });

  it("cuts inside a first line that alone is longer than the limit", () => {
    expect(clipPreview("x".repeat(50), 10)).toEqual({ text: "x".repeat(10), lines: 1, truncated: true });
  });

  it("counts no lines in nothing, and a last line without a newline as a line", () => {
    expect(clipPreview("").lines).toBe(0);
    expect(clipPreview("a\nb").lines).toBe(2);
  });

  it("always shows a prefix of the output, no longer than the limit, truncated exactly when the output is longer", () => {
    fc.assert(
      fc.property(textWithLines, fc.integer({ min: 1, max: 300 }), (content, max) => {
        const p = clipPreview(content, max);
        expect(content.startsWith(p.text)).toBe(true);
        expect(p.text.length).toBeLessThanOrEqual(max);
        expect(p.truncated).toBe(content.length > max);
        if (!p.truncated) expect(p.text).toBe(content);
        expect(p.lines).toBe(p.text === "" ? 0 : p.text.replace(/\n$/, "").split("\n").length);
      }),
    );
  });

  it("ends a truncated preview at a line end whenever a whole line fits", () => {
    fc.assert(
      fc.property(textWithLines, fc.integer({ min: 1, max: 300 }), (content, max) => {
        const p = clipPreview(content, max);
        const firstLineFits = content.indexOf("\n") !== -1 && content.indexOf("\n") < max;
        if (p.truncated && firstLineFits) expect(p.text.endsWith("\n")).toBe(true);
      }),
    );
  });
});

describe("chunkLines", () => {
  it("splits into runs of whole lines, numbered from 1", () => {
    expect(chunkLines("a\nb\nc\nd\ne", 2)).toEqual([
      { firstLine: 1, lines: 2, text: "a\nb\n" },
      { firstLine: 3, lines: 2, text: "c\nd\n" },
      { firstLine: 5, lines: 1, text: "e" },
    ]);
  });

  it("gives nothing for nothing", () => {
    expect(chunkLines("", 10)).toEqual([]);
  });

  it("loses and adds nothing: the runs join back into the text, with as many lines as the preview counts", () => {
    fc.assert(
      fc.property(textWithLines, fc.integer({ min: 1, max: 7 }), (text, size) => {
        const chunks = chunkLines(text, size);
        expect(chunks.map((c) => c.text).join("")).toBe(text);
        expect(chunks.reduce((n, c) => n + c.lines, 0)).toBe(clipPreview(text, Infinity).lines);
        for (const c of chunks.slice(0, -1)) expect(c.lines).toBe(size);
      }),
    );
  });
});
