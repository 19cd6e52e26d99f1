import { afterEach, describe, expect, it } from "vitest";
import { generateDesign } from "../../core/analysis/generate-design";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DocStore } from "./doc-store";
import { MemoryStorage } from "./memory-storage";
import { deflateCodec } from "./deflate-codec";
import { designOfEnvelope, envelopeText, loadCodecIfNeeded, PACK_ABOVE_CHARS, setCodec, storesDeflated } from "./pack-design";

const head = { docId: "d1", rev: 3, savedAt: 1, tabId: "t" };

afterEach(() => setCodec(undefined));

describe("stored designs", () => {
  it("stay plain JSON while small", () => {
    setCodec(deflateCodec);
    const text = envelopeText(head, mallGoTemplate());
    expect(JSON.parse(text)).toEqual({ ...head, design: mallGoTemplate() });
  });

  it("stay plain JSON when large too, unless the deflate codec is loaded", () => {
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 2 });
    expect(JSON.stringify(big).length).toBeGreaterThan(PACK_ABOVE_CHARS);
    expect(JSON.parse(envelopeText(head, big))).toEqual({ ...head, design: big });
  });

  it("are deflated past the threshold with the codec and read back exactly", () => {
    setCodec(deflateCodec);
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 2 });
    const text = envelopeText(head, big);
    const env = JSON.parse(text);
    expect(env.design).toBeUndefined();
    expect(typeof env.designZ).toBe("string");
    expect(text.length).toBeLessThan(JSON.stringify(big).length / 3);
    expect(designOfEnvelope(env)).toEqual(big);
  });

  it("let a 10,000-service design fit a 5-million-character quota (the localStorage fallback), with its revision readable up front", () => {
    setCodec(deflateCodec);
    const storage = new MemoryStorage(5_000_000);
    const store = new DocStore(storage);
    const huge = generateDesign({ services: 10_000, flowsPerService: 1.5, seed: 1 });
    store.write({ docId: "big", rev: 7, savedAt: 10, tabId: "t", design: huge });
    expect(store.storedRev("big")).toBe(7);
    const read = store.read("big");
    expect(read.kind).toBe("ok");
    if (read.kind === "ok") expect(read.doc.design).toEqual(huge);
  });

  it("store a 10,000-service design as plain JSON in a large store and read it back", () => {
    const storage = new MemoryStorage(50_000_000);
    const store = new DocStore(storage);
    const huge = generateDesign({ services: 10_000, flowsPerService: 1.5, seed: 1 });
    store.write({ docId: "big", rev: 7, savedAt: 10, tabId: "t", design: huge });
    expect(storage.getItem("seams.doc.big")).not.toContain('"designZ"');
    expect(store.storedRev("big")).toBe(7);
    const read = store.read("big");
    expect(read.kind === "ok" && read.doc.design).toEqual(huge);
  });

  it("read an old deflated envelope once start-up has loaded the codec it needs, and write it back plain", async () => {
    setCodec(deflateCodec);
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 3 });
    const storage = new MemoryStorage(50_000_000);
    storage.setItem("seams.doc.old", envelopeText({ ...head, docId: "old" }, big));
    setCodec(undefined);
    expect(storesDeflated(storage)).toBe(true);
    await loadCodecIfNeeded(storage, false);
    const store = new DocStore(storage);
    const read = store.read("old");
    expect(read.kind === "ok" && read.doc.design).toEqual(big);
    store.write({ ...head, docId: "old", rev: 4, design: big });
    expect(JSON.parse(storage.getItem("seams.doc.old")!).design).toEqual(big);
  });

  it("write large designs deflated where storage is small (localStorage), loading the codec for it", async () => {
    await loadCodecIfNeeded(new MemoryStorage(), true);
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 2 });
    expect(JSON.parse(envelopeText(head, big)).designZ).toEqual(expect.any(String));
  });

  it("do not load the codec for a store of plain designs", async () => {
    const storage = new MemoryStorage();
    new DocStore(storage).write({ ...head, design: mallGoTemplate() });
    expect(storesDeflated(storage)).toBe(false);
    await loadCodecIfNeeded(storage, false);
    const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 2 });
    expect(envelopeText(head, big)).not.toContain('"designZ"');
  });

  it("report a damaged compressed design as unreadable and keep it", () => {
    setCodec(deflateCodec);
    const storage = new MemoryStorage();
    storage.setItem("seams.doc.x", JSON.stringify({ docId: "x", rev: 1, savedAt: 0, tabId: "t", designZ: "not deflate at all" }));
    const read = new DocStore(storage).read("x");
    expect(read.kind).toBe("unreadable");
  });

  it("report a deflated design met without the codec as unreadable and keep it, never lost", () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ docId: "x", rev: 1, savedAt: 0, tabId: "t", designZ: "AAAA" });
    storage.setItem("seams.doc.x", raw);
    const read = new DocStore(storage).read("x");
    expect(read.kind === "unreadable" && storage.getItem(read.keptAs)).toBe(raw);
  });
});
