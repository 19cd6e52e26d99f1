import { describe, expect, it } from "vitest";
import { deflateSync, strToU8 } from "fflate";
import { inflateCapped } from "./inflate-capped";

const dictionary = strToU8("the words deflate may reach back into");

describe("inflateCapped", () => {
  it("gives back exactly what was deflated against the same dictionary", () => {
    const data = strToU8("the words deflate may reach back into, ".repeat(500));
    const r = inflateCapped(deflateSync(data, { dictionary }), dictionary, data.length);
    expect(r).toEqual({ ok: true, bytes: data });
  });

  it("allows output of exactly the cap and refuses one byte more", () => {
    const data = new Uint8Array(100_000).fill(7);
    const packed = deflateSync(data, { dictionary });
    expect(inflateCapped(packed, dictionary, 100_000).ok).toBe(true);
    expect(inflateCapped(packed, dictionary, 99_999)).toMatchObject({ ok: false, reason: "too-large" });
  });

  it("reports a stream cut short as damaged", () => {
    const packed = deflateSync(strToU8("a design, ".repeat(500)), { dictionary });
    expect(inflateCapped(packed.subarray(0, packed.length - 3), dictionary, 1e6)).toMatchObject({ ok: false, reason: "damaged" });
  });
});
