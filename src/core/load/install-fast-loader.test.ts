import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { generateDesign } from "../analysis/generate-design";
import { arbitraryDesign } from "../share/arbitrary-design";
import { loadDesign, setLoaderFastPath } from "./load-design";
import { installFastLoader } from "./install-fast-loader";

const PATHS = ["name", "services.0.id", "services.0.name", "services.0.port", "services.0.tags", "flows.0.kind", "flows.0.from", "flows.0.to", "flows.0.retry", "flows.0.methods", "layout", "contexts.0.id", "databases.0.tables.0", "gateways.0.cors.origins", "unknown", "services.0.unknown"];
const VALUES = fc.oneof(fc.jsonValue(), fc.constantFrom<unknown>("", "A", "x".repeat(101), "a".repeat(64), -1, 70000, 1.5, [], {}, null, "sync", "async"));

/** A design as text, perhaps with one field anywhere set to anything. */
const documents = fc.tuple(arbitraryDesign({ maxElements: 4 }), fc.option(fc.tuple(fc.constantFrom(...PATHS), VALUES), { nil: undefined })).map(([design, edit]) => {
  const doc = JSON.parse(JSON.stringify(design)) as Record<string, unknown>;
  if (edit) {
    const keys = edit[0].split(".");
    let at: Record<string, unknown> | undefined = doc;
    for (const k of keys.slice(0, -1)) at = at && typeof at[k] === "object" && at[k] !== null ? (at[k] as Record<string, unknown>) : undefined;
    if (at) at[keys[keys.length - 1]!] = edit[1];
  }
  return JSON.stringify(doc);
});

describe("installFastLoader", () => {
  afterEach(() => setLoaderFastPath(undefined));

  it("changes nothing loadDesign answers, designs, warnings or messages, for text and for values", () => {
    fc.assert(
      fc.property(documents, (text) => {
        const plainText = loadDesign(text);
        const plainValue = loadDesign(JSON.parse(text));
        installFastLoader();
        try {
          expect(loadDesign(text)).toEqual(plainText);
          expect(loadDesign(JSON.parse(text))).toEqual(plainValue);
        } finally {
          setLoaderFastPath(undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is what loadDesign takes when it answers, and the schema judges when it does not", () => {
    const text = JSON.stringify(generateDesign({ services: 20, seed: 4 }));
    const answer = generateDesign({ services: 3, seed: 5 });
    const seen: boolean[] = [];
    setLoaderFastPath((_doc, owned) => {
      seen.push(owned);
      return answer;
    });
    expect(loadDesign(text)).toMatchObject({ ok: true, design: answer });
    setLoaderFastPath((_doc, owned) => {
      seen.push(owned);
      return undefined;
    });
    expect(loadDesign(JSON.parse(text))).toMatchObject({ ok: true, design: { name: JSON.parse(text).name } });
    expect(seen).toEqual([true, false]);
  });
});
