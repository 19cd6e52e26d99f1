import { describe, expect, it } from "vitest";
import { newEnv } from "./compact-codec";
import { registerElement } from "./compact-record";
import { nextInSeries, oneOf, ref } from "./compact-values";

describe("compact values", () => {
  it.each([
    ["f-009", "f-010"],
    ["f-9", "f-10"],
    ["svc7", "svc8"],
    ["099", "100"],
    ["a-99", "a-100"],
  ])("the id after %s in a series is %s", (id, next) => {
    expect(nextInSeries(id)).toBe(next);
  });

  it("sees no series in an id that does not end in a number", () => {
    expect(nextInSeries("order-service")).toBeUndefined();
    expect(nextInSeries(undefined)).toBeUndefined();
  });

  it("writes a reference relative to a nearby one, and reads it back", () => {
    const env = newEnv();
    for (const id of ["a", "b", "c", "d"]) registerElement("service", { id }, env);
    const nearB = ref(() => "b");
    expect(nearB.encode("d", env)).toBe(2);
    expect(nearB.encode("a", env)).toBe(-1);
    expect(nearB.decode(-1, env)).toBe("a");
    expect(nearB.encode("zzz", env)).toBe("zzz");
    expect(() => nearB.decode(3, env)).toThrow(/names no element/);
  });

  it("writes an enum value as its index, and anything else escaped", () => {
    const kinds = oneOf(["sync", "async"]);
    expect(kinds.encode("async", newEnv())).toBe(1);
    expect(kinds.encode("sideways", newEnv())).toEqual({ $: "sideways" });
    expect(kinds.decode({ $: "sideways" }, newEnv())).toBe("sideways");
  });
});
