import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

describe("base64url", () => {
  it("encodes the RFC 4648 test vectors without padding", () => {
    const vectors: [string, string][] = [["", ""], ["f", "Zg"], ["fo", "Zm8"], ["foo", "Zm9v"], ["foob", "Zm9vYg"], ["fooba", "Zm9vYmE"], ["foobar", "Zm9vYmFy"]];
    for (const [plain, coded] of vectors) expect(encodeBase64Url(new TextEncoder().encode(plain))).toBe(coded);
  });

  it("uses - and _ where base64 uses + and /", () => {
    expect(encodeBase64Url(new Uint8Array([251, 255]))).toBe("-_8");
  });

  it("decodes whatever it encodes, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeBase64Url(encodeBase64Url(bytes));
        expect(decoded).toEqual({ ok: true, bytes });
      }),
    );
  });

  it("agrees with Node's base64url", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
      }),
    );
  });

  it("refuses characters outside the alphabet, padding included", () => {
    for (const bad of ["Zm9v+", "Zm9v/w", "Zg==", "Zm 9v", "Zmé9"]) expect(decodeBase64Url(bad).ok).toBe(false);
  });

  it("refuses an impossible length", () => {
    const r = decodeBase64Url("Zm9vY");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/length/);
  });

  it("refuses a last character with stray bits", () => {
    expect(decodeBase64Url("Zh").ok).toBe(false);
    expect(decodeBase64Url("Zg").ok).toBe(true);
  });
});
