import { describe, expect, it } from "vitest";
import { parseOptionalNumber, parseOptionalText, setInList, setInObject, showValue, splitItems } from "./field-text";

describe("field text", () => {
  it("treats empty text as not set", () => {
    expect(parseOptionalText("")).toEqual({ ok: true, value: undefined });
    expect(parseOptionalNumber("  ")).toEqual({ ok: true, value: undefined });
  });

  it("reads numbers with spaces around them and decimals", () => {
    expect(parseOptionalNumber(" 8080 ")).toEqual({ ok: true, value: 8080 });
    expect(parseOptionalNumber("0.5")).toEqual({ ok: true, value: 0.5 });
  });

  it("refuses text that is not a number instead of guessing", () => {
    expect(parseOptionalNumber("80a")).toEqual({ ok: false, message: "must be a number" });
    expect(parseOptionalNumber("1e999")).toEqual({ ok: false, message: "must be a number" });
  });

  it("splits pasted lists on commas and new lines", () => {
    expect(splitItems("a, b,,\n c ")).toEqual(["a", "b", "c"]);
  });

  it("shows unset values as empty text", () => {
    expect(showValue(undefined)).toBe("");
    expect(showValue(0)).toBe("0");
  });

  it("drops a sub-object once its last field is removed", () => {
    expect(setInObject({ path: "/h" }, "path", undefined)).toBeUndefined();
    expect(setInObject<{ path?: string; interval?: string }>({ path: "/h" }, "interval", "5s")).toEqual({ path: "/h", interval: "5s" });
  });
});

describe("setInList", () => {
  it("replaces one row's field and removes it for undefined, leaving the others alone", () => {
    const rows = [{ host: "a", port: 1 }, { host: "b", port: 2 }];
    expect(setInList(rows, 1, "port", undefined)).toEqual([{ host: "a", port: 1 }, { host: "b" }]);
    expect(setInList(rows, 0, "host", "c")[0]).toEqual({ host: "c", port: 1 });
    expect(rows[1]).toEqual({ host: "b", port: 2 });
  });
});
