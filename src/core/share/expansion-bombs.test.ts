import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FORMAT_LISTS, MAX_LINK_ELEMENTS, MAX_LINK_FLOWS, MAX_LINK_LIST_LENGTH } from "../model/limits";
import { BOMB_PARTS, bombJson, expansionBomb, largestCount, linkOfJson, type BombPart } from "./expansion-bombs";
import { decodeShareFragment, MAX_FRAGMENT_CHARS } from "./index";

/** The bound: a refused link costs at most this much decoding. */
const BOUND_MS = 100;
const ELEMENT_PARTS: BombPart[] = ["contexts", "services", "databases", "brokers", "gateways"];
/** Parts whose base items stay: they hold the inner lists, and references by index need them. */
const KEEP_BASE: BombPart[] = [...ELEMENT_PARTS, "flows"];
/** The most of a part a link may carry before it is over a limit of its own. */
function limitOf(part: BombPart): number {
  if (ELEMENT_PARTS.includes(part) || part === "layout") return MAX_LINK_ELEMENTS;
  if (part === "flows") return MAX_LINK_FLOWS;
  return FORMAT_LISTS.find((l) => l.in && (l.path === part || l.path.endsWith(`.${part}`)))!.max;
}
/** A link's limits name themselves so: the person learns which limit it broke. */
const NAMES_A_LIMIT = /the most a link may carry|a design may have at most|longer than any list a link may carry|values in its compact form/;

/**
 * The fastest of five decodes: the cost of the work itself, not of another
 * process (this machine's CPUs are shared) or a garbage collection taking
 * the CPU meanwhile.
 */
function decodeTimed(link: string) {
  let best = Infinity;
  let result = decodeShareFragment(link);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    result = decodeShareFragment(link);
    best = Math.min(best, performance.now() - t);
  }
  return { result, ms: best };
}

describe("expansion bombs", () => {
  it("are built right: a few of each part open as a valid design (so the big ones test the limits, not a typo)", () => {
    // Adding contexts shifts the element indexes the flows refer to, so only the others open unchanged.
    for (const part of BOMB_PARTS.filter((p) => p !== "contexts")) {
      const r = decodeShareFragment(expansionBomb(part, Math.min(3, limitOf(part))));
      expect(r.ok, `${part}: ${r.ok ? "" : r.errors[0]!.message}`).toBe(true);
    }
    const flows = decodeShareFragment(expansionBomb("flows", 500));
    expect(flows.ok && flows.design.flows!.length).toBe(500);
  });

  it.each(BOMB_PARTS)("repeating %s as often as fits under the inflate cap is refused within the bound, naming a limit", (part) => {
    const link = expansionBomb(part, largestCount(part));
    expect(link.length).toBeLessThan(MAX_FRAGMENT_CHARS);
    const { result, ms } = decodeTimed(link);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(NAMES_A_LIMIT);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it.each(BOMB_PARTS)("one %s over its limit is refused within the bound, by that limit", (part) => {
    const { result, ms } = decodeTimed(expansionBomb(part, limitOf(part) + 1));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.message).toMatch(NAMES_A_LIMIT);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("any mix of repeated parts with one over its limit is refused within the bound (property)", () => {
    const counts = fc.record(Object.fromEntries(BOMB_PARTS.map((p) => [p, fc.integer({ min: KEEP_BASE.includes(p) ? 2 : 0, max: Math.min(limitOf(p), MAX_LINK_LIST_LENGTH) })])) as Record<BombPart, fc.Arbitrary<number>>);
    const over = fc.constantFrom(...BOMB_PARTS).chain((part) => fc.tuple(fc.constant(part), fc.integer({ min: limitOf(part) + 1, max: largestCount(part) })));
    fc.assert(
      fc.property(counts, over, (mix, [part, n]) => {
        const json = bombJson({ ...mix, [part]: n });
        const link = linkOfJson(json);
        if (link.length > MAX_FRAGMENT_CHARS) return; // refused by length before any decoding
        const { result, ms } = decodeTimed(link);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.errors[0]!.message).toMatch(NAMES_A_LIMIT);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 30, seed: 20261202 },
    );
  });

  it("a link at every limit at once (5,000 elements, 20,000 flows, 5,000 layout entries) still opens", () => {
    const r = decodeShareFragment(linkOfJson(bombJson({ services: 4992, databases: 2, brokers: 2, flows: MAX_LINK_FLOWS, layout: 2 })));
    expect(r.ok, r.ok ? "" : r.errors[0]!.message).toBe(true);
    expect(r.ok && r.design.flows!.length).toBe(MAX_LINK_FLOWS);
  });
});
