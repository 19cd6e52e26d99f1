import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { arbitraryDesign } from "../share/arbitrary-design";
import { generateDesign } from "../analysis/generate-design";
import { TEMPLATES } from "../templates/index";
import { DesignSchema } from "../model/schema";
import { fastParser, UNSURE } from "./fast-parse";

const copying = fastParser(DesignSchema);
const reusing = fastParser(DesignSchema, { reuse: true });

/** Same values, same own keys in the same order, all the way down (toStrictEqual ignores key order; JSON.stringify drops undefined and NaN). */
function sameShape(a: unknown, b: unknown, at = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return `${at}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.join("\u0000") !== kb.join("\u0000")) return `${at}: keys ${ka.map(String).join(",")} vs ${kb.map(String).join(",")}`;
  for (const k of ka) {
    const why = sameShape((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k], `${at}.${String(k)}`);
    if (why) return why;
  }
  return undefined;
}

/**
 * What the fast path may claim: when it answers, zod accepts the value and
 * builds the same output. The reusing parser is only ever given plain JSON
 * data (the loader's own JSON.parse result), so it gets the value as JSON.
 */
function agreesWithZod(doc: unknown): void {
  const json = JSON.stringify(doc);
  for (const [parse, value] of [[copying, () => structuredClone(doc)], [reusing, () => JSON.parse(json) as unknown]] as const) {
    const zod = DesignSchema.safeParse(value());
    const fast = parse(value());
    if (fast === UNSURE) continue;
    expect(zod.success).toBe(true);
    expect(sameShape(fast, zod.data)).toBeUndefined();
  }
}

const KEYS = ["id", "name", "context", "from", "to", "kind", "protocol", "port", "x", "y", "width", "event", "path", "retry", "maxRetries", "split", "tags", "layout", "flows", "services", "extra", "__proto__", "constructor"];
const VALUES = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom<unknown>(undefined, NaN, Infinity, -0, 1.5, 0, 65536, "", "A", "a".repeat(63), "a".repeat(64), "x".repeat(101), "😀".repeat(60), "sync", "async", "GET", [], {}, null, true),
);

/** A design after random edits: values replaced, keys added, deleted or reordered, anywhere in it. */
const editedDesign = fc
  .tuple(arbitraryDesign({ maxElements: 4 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom("set", "delete", "reorder", "proto"), fc.constantFrom(...KEYS), VALUES), { minLength: 1, maxLength: 4 }))
  .map(([design, edits]) => {
    const doc = JSON.parse(JSON.stringify(design)) as Record<string, unknown>;
    const containers: Record<string, unknown>[] = [];
    const walk = (v: unknown) => {
      if (v === null || typeof v !== "object") return;
      containers.push(v as Record<string, unknown>);
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k]);
    };
    walk(doc);
    for (const [n, edit, key, value] of edits) {
      const target = containers[n % containers.length]!;
      const keys = Object.keys(target);
      const existing = keys.length ? keys[n % keys.length]! : key;
      if (edit === "set") target[Array.isArray(target) ? existing : key] = value;
      else if (edit === "delete") delete target[existing];
      else if (edit === "proto") Object.defineProperty(target, "__proto__", { value, enumerable: true, configurable: true, writable: true });
      else if (!Array.isArray(target)) {
        const entries = Object.entries(target).reverse();
        for (const k of keys) delete target[k];
        for (const [k, v] of entries) target[k] = v;
      }
    }
    return doc;
  });

describe("fastParser", () => {
  it("answers for every valid design, with zod's output; reusing, a canonical design comes back as itself", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const zod = DesignSchema.safeParse(JSON.parse(JSON.stringify(design)));
        expect(zod.success).toBe(true);
        const fast = copying(JSON.parse(JSON.stringify(design)));
        expect(fast).not.toBe(UNSURE);
        expect(sameShape(fast, zod.data)).toBeUndefined();
        expect(reusing(zod.data)).toBe(zod.data);
      }),
      { numRuns: 200 },
    );
  });

  it("on any edit of a design, answers only what zod would answer", () => {
    fc.assert(
      fc.property(editedDesign, (doc) => agreesWithZod(doc)),
      { numRuns: 1000 },
    );
  });

  it("hands unknown keys and keys out of order to the key-by-key path, which strips and reorders as zod does", () => {
    const doc = { version: 1, format: "seams-design", name: "n", extra: 1, services: [{ name: "A", id: "a", unknown: true }] };
    const fast = reusing(structuredClone(doc));
    expect(fast).not.toBe(UNSURE);
    expect(sameShape(fast, DesignSchema.safeParse(doc).data)).toBeUndefined();
    expect(Object.keys(fast as object)).toEqual(["format", "version", "name", "services"]);
  });

  it("never shares the caller's objects unless asked to", () => {
    const design = generateDesign({ services: 30, seed: 2 });
    const fast = copying(design);
    expect(fast).not.toBe(design);
    expect(sameShape(fast, design)).toBeUndefined();
    expect(reusing(design)).toBe(design);
  });

  it("answers for the templates and a generated design", () => {
    for (const t of TEMPLATES) expect(copying(t.create()), t.id).not.toBe(UNSURE);
    expect(copying(generateDesign({ services: 200, seed: 1 }))).not.toBe(UNSURE);
  });

  it("leaves a polluted Object.prototype to zod", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      expect(copying(generateDesign({ services: 3, seed: 1 }))).toBe(UNSURE);
    } finally {
      delete proto.polluted;
    }
  });

  it("hands kinds and checks it does not model to zod, node by node", () => {
    const trimmed = z.object({ a: z.string().check(z.trim()), b: z.union([z.string(), z.number()]) });
    const parse = fastParser(trimmed);
    expect(parse({ a: " x ", b: 2 })).toEqual({ a: "x", b: 2 });
    expect(parse({ a: "x", b: true })).toBe(UNSURE);
  });
});
