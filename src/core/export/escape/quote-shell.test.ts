import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteShell } from "./quote-shell";

describe("quoteShell", () => {
  it("single-quotes and splices each quote", () => {
    expect(quoteShell("it's")).toBe(`'it'\\''s'`);
  });

  it("refuses NUL, which no shell argument can hold", () => {
    expect(() => quoteShell("a\u0000b")).toThrow(/NUL/);
  });

  it("round-trips any text through a real POSIX shell unchanged", () => {
    const hostile = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.constantFrom("$(touch /tmp/x)", "`id`", "a'b\"c", "\\n", "x\ny", "$HOME", "*", "; rm -rf /", "--", "-n"),
    ).filter((s) => !s.includes("\u0000"));
    fc.assert(
      fc.property(hostile, (s) => {
        const r = spawnSync("/bin/sh", ["-c", `printf '%s' ${quoteShell(s)}`], { encoding: "utf8" });
        expect(r.stdout).toBe(s);
      }),
      { numRuns: 40 },
    );
  });
});
