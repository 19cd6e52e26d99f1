import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadDesign } from "../load/load-design";
import { TEMPLATES } from "../templates/index";
import { generateDesign } from "../analysis/generate-design";
import { arbitraryDesign } from "./arbitrary-design";
import { decodeShareFragment, encodeShareFragment } from "./index";
import { deflateSync, strToU8 } from "fflate";
import { compactDesign } from "./compact-design";
import { DICTIONARY_V1_TEXT } from "./dictionary-v1";
import { encodeBase64Url } from "./base64url";
import type { Design } from "../model/schema";

/** Real designs to start from: every template, a generated design and a few arbitrary ones. */
const DESIGNS: Design[] = [
  ...TEMPLATES.map((t) => t.create()),
  generateDesign({ services: 20, flowsPerService: 1.5, seed: 7 }),
  ...fc.sample(arbitraryDesign({ maxElements: 4 }), { numRuns: 4, seed: 5 }),
];
const SEEDS = DESIGNS.map((d, i) => (i % 2 ? `https://seams.example.com/app/#${encodeShareFragment(d)}` : encodeShareFragment(d)));
/** The same designs' compact JSON, to damage inside the compression where link-level damage rarely reaches. */
const COMPACT_SEEDS = DESIGNS.map((d) => JSON.stringify(compactDesign(d)));
const dictionary = strToU8(DICTIONARY_V1_TEXT);

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const linkChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BASE64URL) },
  { weight: 1, arbitrary: fc.constantFrom(".", "=", "#", "&", "%", " ", "\n", "é", "🚀", "\u0000") },
);
const jsonChar = fc.constantFrom(..."[]{},:\"0123456789-.e$", "null", "true", "1e400", "__proto__", "\\u0000");

type Mutation = (s: string) => string;
const at = (s: string, p: number) => (s.length === 0 ? 0 : p % (s.length + 1));
const mutationOf = (someChar: fc.Arbitrary<string>): fc.Arbitrary<Mutation> => fc.oneof(
  fc.tuple(fc.nat(), someChar).map(([p, c]): Mutation => (s) => { const i = at(s, p); return s.slice(0, i) + c + s.slice(i + 1); }), // flip
  fc.nat().map((p): Mutation => (s) => s.slice(0, at(s, p))), // truncate
  fc.tuple(fc.nat(), fc.array(someChar, { minLength: 1, maxLength: 8 })).map(([p, cs]): Mutation => (s) => { const i = at(s, p); return s.slice(0, i) + cs.join("") + s.slice(i); }), // insert
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 2, max: 4 })).map(([p, n, times]): Mutation => (s) => { const i = at(s, p); return s.slice(0, i) + s.slice(i, i + n).repeat(times) + s.slice(i + n); }), // repeat
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 32 })).map(([p, n]): Mutation => (s) => { const i = at(s, p); return s.slice(0, i) + s.slice(i + n); }), // delete
);
const mutations = (chars: fc.Arbitrary<string>) => fc.array(mutationOf(chars), { minLength: 1, maxLength: 3 });

/** Decodes and checks the answer is a well-formed result; returns whether it opened. */
function decodesSafely(link: string): boolean {
  const r = decodeShareFragment(link);
  if (r.ok) {
    // Whatever opens is a valid design by the same loader as files.
    expect(loadDesign(r.design).ok).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e.message === "string" && e.message.length > 0).toBe(true);
  }
  return r.ok;
}

describe("fuzzing share links", () => {
  it("10,000 mutated and truncated real links: no exception escapes, every answer is a result", () => {
    let opened = 0;
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), mutations(linkChar), (seed, ms) => {
        if (decodesSafely(ms.reduce((s, m) => m(s), SEEDS[seed]!))) opened++;
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
    // Most damage is caught; a flip inside a name can still open a (different, valid) design.
    expect(opened).toBeLessThan(10_000 / 2);
  });

  it("3,000 links with damage inside the compressed JSON: the compact decoder and the loader refuse it cleanly", () => {
    let refusedAfterInflate = 0;
    fc.assert(
      fc.property(fc.nat({ max: COMPACT_SEEDS.length - 1 }), mutations(jsonChar), (seed, ms) => {
        const text = ms.reduce((s, m) => m(s), COMPACT_SEEDS[seed]!);
        if (!decodesSafely(`d=1.${encodeBase64Url(deflateSync(strToU8(text), { dictionary }))}`)) refusedAfterInflate++;
      }),
      { numRuns: 3_000, seed: 20261127 },
    );
    expect(refusedAfterInflate).toBeGreaterThan(1_000);
  });
});
