import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commentLines, commentText } from "./comment-text";

describe("commentText", () => {
  it("turns line breaks into spaces so a name cannot start a new directive", () => {
    expect(commentText("shop\n}\nserver {\r\n  listen 81;")).toBe("shop } server { listen 81;");
  });

  it("removes Unicode line separators as well", () => {
    expect(commentText("a\u2028b\u2029c\u0085d")).toBe("a b c d");
  });

  it("shortens long text and says so with an ellipsis", () => {
    expect(commentText("x".repeat(500), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("never yields a line break or control character, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(commentText(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });

  it("prefixes every line, one line per entry", () => {
    expect(commentLines(["a\nb", "c"])).toBe("# a b\n# c");
  });
});
