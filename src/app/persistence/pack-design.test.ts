import { describe, expect, it } from "vitest";
import { generateDesign } from "../../core/analysis/generate-design";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DocStore } from "./doc-store";
import { MemoryStorage } from "./memory-storage";
import { designOfEnvelope, envelopeText, PACK_ABOVE_CHARS } from "./pack-design";

const head = { docId: "d1", rev: 3, savedAt: 1, tabId: "t" };

describe("stored designs", () => {
  it("stay plain JSON while small", () => {
    const text = envelopeText(head, mallGoTemplate());
    expect(JSON.parse(text)).toEqual({ ...head, design: mallGoTemplate() });
  });

  it("are deflated past the threshold and read back exactly", () => {
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 2 });
    expect(JSON.stringify(big).length).toBeGreaterThan(PACK_ABOVE_CHARS);
    const text = envelopeText(head, big);
    const env = JSON.parse(text);
    expect(env.design).toBeUndefined();
    expect(typeof env.designZ).toBe("string");
    expect(text.length).toBeLessThan(JSON.stringify(big).length / 3);
    expect(designOfEnvelope(env)).toEqual(big);
  });

  it("let a 10,000-service design fit a 5-million-character quota, with its revision readable up front", () => {
    const storage = new MemoryStorage(5_000_000);
    const store = new DocStore(storage);
    const huge = generateDesign({ services: 10_000, flowsPerService: 1.5, seed: 1 });
    store.write({ docId: "big", rev: 7, savedAt: 10, tabId: "t", design: huge });
    expect(store.storedRev("big")).toBe(7);
    const read = store.read("big");
    expect(read.kind).toBe("ok");
    if (read.kind === "ok") expect(read.doc.design).toEqual(huge);
  });

  it("report a damaged compressed design as unreadable and keep it", () => {
    const storage = new MemoryStorage();
    storage.setItem("seams.doc.x", JSON.stringify({ docId: "x", rev: 1, savedAt: 0, tabId: "t", designZ: "not deflate at all" }));
    const read = new DocStore(storage).read("x");
    expect(read.kind).toBe("unreadable");
  });
});
