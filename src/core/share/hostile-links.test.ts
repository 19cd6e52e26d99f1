import { describe, expect, it } from "vitest";
import { deflateSync, strToU8 } from "fflate";
import type { LoadResult } from "../load/load-design";
import { mallGoTemplate } from "../templates/mall-go";
import { encodeBase64Url } from "./base64url";
import { DICTIONARY_V1_TEXT } from "./dictionary-v1";
import { decodeShareFragment, encodeShareFragment, MAX_FRAGMENT_CHARS } from "./index";

const dictionary = strToU8(DICTIONARY_V1_TEXT);
/** A well-formed v1 link around any bytes, the way an attacker would build one. */
const linkOf = (bytes: Uint8Array) => `d=1.${encodeBase64Url(deflateSync(bytes, { level: 9, dictionary }))}`;
const linkOfText = (text: string) => linkOf(strToU8(text));

function errorsOf(r: LoadResult): string {
  expect(r.ok).toBe(false);
  return r.ok ? "" : r.errors.map((e) => `${e.path}: ${e.message}`).join("\n");
}

describe("a hostile or broken link", () => {
  it("over 64 KiB is refused before anything is decoded", () => {
    // Not base64 at all: had it been decoded, the message would say so.
    const message = errorsOf(decodeShareFragment(`#d=1.${"!".repeat(MAX_FRAGMENT_CHARS)}`));
    expect(message).toMatch(/^link: the link is too long to open \(65540 characters/);
  });

  it("that is a deflate bomb (10 MB of zeros) stops at 5 MiB with a message", () => {
    const bomb = linkOf(new Uint8Array(10_000_000));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    expect(errorsOf(decodeShareFragment(bomb))).toMatch(/unpacks to more than 5 MiB/);
  });

  it("that is the largest bomb that fits under the length cap stops the same way", () => {
    const bomb = linkOf(new Uint8Array(45_000_000).fill(0x5b));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    // Counted as it unpacks: a list of lists is refused by its count before the size cap is reached.
    expect(errorsOf(decodeShareFragment(bomb))).toMatch(/more than 250,000 values in its compact form/);
  });

  it.each([
    ["a character outside base64url", "d=1.abc*def", /damaged: character "\*"/],
    ["base64 padding", `${encodeShareFragment(mallGoTemplate())}==`, /damaged: character "="/],
    ["no version", "d=abcdef", /version is missing/],
    ["a newer version", "d=2.abcdef", /newer Seams \(link version 2\)/],
    ["an unknown version", "d=v1.abcdef", /version is "v1", which Seams does not know/],
    ["version 0", "d=0.abcdef", /version is "0"/],
    ["no payload", "d=1.", /no design data/],
    ["no design parameter", "https://seams.example.com/app/#view=grid", /carries no design/],
    ["nothing at all", "", /carries no design/],
    ["random bytes", `d=1.${encodeBase64Url(new Uint8Array([1, 2, 3, 250, 251, 252, 253]))}`, /damaged: its compressed data/],
  ])("with %s is refused with a clear message", (_what, link, message) => {
    expect(errorsOf(decodeShareFragment(link))).toMatch(message);
  });

  it("cut short is refused as damaged, wherever it was cut", () => {
    const link = encodeShareFragment(mallGoTemplate());
    for (const keep of [5, 40, 500, link.length - 200, link.length - 7, link.length - 1]) {
      expect(errorsOf(decodeShareFragment(link.slice(0, keep)))).toMatch(/^link: the link (is damaged|is cut short)/);
    }
  });

  it("that compresses text that is not JSON is refused as unreadable", () => {
    expect(errorsOf(decodeShareFragment(linkOfText("hello, <script>alert(1)</script>")))).toMatch(/damaged: its data is not readable/);
  });

  it("that compresses invalid UTF-8 is refused, not crashed on", () => {
    expect(decodeShareFragment(linkOf(new Uint8Array([0x5b, 0xff, 0xfe, 0xc3, 0x28, 0x5d]))).ok).toBe(false);
  });

  it("that compresses JSON which is not a compact design is refused as damaged", () => {
    expect(errorsOf(decodeShareFragment(linkOfText('{"hello":"world"}')))).toMatch(/damaged: a record is not a list/);
    expect(errorsOf(decodeShareFragment(linkOfText("null")))).toMatch(/damaged/);
    expect(errorsOf(decodeShareFragment(linkOfText("[1e300]")))).toMatch(/damaged: a record does not start with its field mask/);
  });

  it("that carries a compact form of something that is not a valid design gets the loader's errors, with paths", () => {
    expect(errorsOf(decodeShareFragment(linkOfText("[0]")))).toMatch(/^format: is missing/);
    const dangling = encodeShareFragment({ format: "seams-design", version: 1, name: "x", services: [{ id: "a", name: "a" }], flows: [{ id: "f", from: "a", to: "ghost", kind: "sync" }] });
    expect(errorsOf(decodeShareFragment(dangling))).toBe('flows[0].to: no element "ghost" in this design');
    const newer = encodeShareFragment({ format: "seams-design", version: 7, name: "x" } as never);
    expect(errorsOf(decodeShareFragment(newer))).toMatch(/^version: this design was saved by a newer Seams/);
  });

  it("with JSON nested 100,000 deep is answered, not crashed on", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(decodeShareFragment(linkOfText(deep)).ok).toBe(false);
    // Inside a field the loader does not know, the nesting is simply dropped.
    expect(decodeShareFragment(linkOfText(`[26,"x",{"later":${deep}}]`))).toMatchObject({ ok: true, design: { name: "x" } });
  });

  it("cannot pollute Object.prototype through a __proto__ key", () => {
    const payload = '[26,"x",{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]';
    const r = decodeShareFragment(linkOfText(payload));
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.ok && Object.getPrototypeOf(r.design)).toBe(Object.prototype);
  });

  it("given something that is not text by a careless caller is refused, not thrown", () => {
    expect(errorsOf(decodeShareFragment(undefined as unknown as string))).toMatch(/must be text/);
  });
});

describe("a percent-encoded link (what browsers and chat apps make of it)", () => {
  const link = encodeShareFragment(mallGoTemplate());

  it("opens when characters were escaped on the way: the #, the =, a dash, a wrapped space", () => {
    const escaped = `https://seams.example.com/app/%23${link.replace("=", "%3D").replace("-", "%2D").replace(/(.{80})/, "$1%20")}`;
    expect(escaped).toContain("%");
    expect(decodeShareFragment(escaped)).toMatchObject({ ok: true, design: mallGoTemplate() });
  });

  it.each([
    ["a lone %", `${link.slice(0, 20)}%${link.slice(20)}`, /a "%" that starts no percent-escape \("%[^"]*" at character 21\)/],
    ["%% at the start", `%%${link}`, /a "%" that starts no percent-escape \("%%d" at character 1\)/],
    ["an escape that is not UTF-8", `${link}%C3%28`, /percent-escapes do not spell valid text/],
    ["an escaped < (not base64url)", `${link.slice(0, 30)}%3C${link.slice(31)}`, /damaged: character "<" at 26 is not base64url/],
  ])("with %s is refused saying what is wrong", (_what, bad, message) => {
    const text = errorsOf(decodeShareFragment(bad));
    expect(text).toMatch(message);
    expect(text).not.toMatch(/character "%" at/);
  });
});
