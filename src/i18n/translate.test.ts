import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createLazyTranslate, createTranslate } from "./compile-catalog";

const catalog = { said: "{name} said {count, plural, one {# word} other {# words}}: {quote}" };

// Both ways a catalog becomes a `t`: compiled whole (app, tests) and a message at a time (the command line).
describe.each([
  ["compiled whole", createTranslate("en", catalog, {})],
  ["compiled lazily", createLazyTranslate("en", catalog, {})],
])("values through a translation %s", (_, t) => {
  it("keep backslash sequences as typed (Lingui decodes \\uXXXX and \\xXX in the whole result)", () => {
    expect(t("said", { name: "C:\\x41", count: 1, quote: "\\u0041\\\\x42" })).toBe("C:\\x41 said 1 word: \\u0041\\\\x42");
  });

  it("reach the text unchanged, whatever their characters (property)", () => {
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20, unit: "binary" }), fc.constantFrom("\\", "\\\\", "\\x00", "\\u005c", "\\u005cx41", "%__lingui_octothorpe__%"));
    fc.assert(
      fc.property(text, text, fc.nat(5), (name, quote, count) => {
        expect(t("said", { name, count, quote })).toBe(`${name} said ${count} word${count === 1 ? "" : "s"}: ${quote}`);
      }),
      { numRuns: 500 },
    );
  });
});
