import { describe, expect, it } from "vitest";
import { emptyDesign } from "../../core/model/elements";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DocStore, HISTORY_VERSIONS } from "./doc-store";
import { MemoryStorage } from "./memory-storage";
import { VERSION_BUDGET_CHARS } from "./version-list";

const named = (name: string) => ({ ...emptyDesign(), name });
const MINUTE = 60_000;

describe("the document store", () => {
  it("reads back what it wrote, with its revision, and lists it in Recent", () => {
    const store = new DocStore(new MemoryStorage());
    store.write({ docId: "a", rev: 3, savedAt: 1000, tabId: "t", design: mallGoTemplate() });
    const read = store.read("a");
    expect(read.kind === "ok" && read.doc.design).toEqual(mallGoTemplate());
    expect(store.storedRev("a")).toBe(3);
    expect(store.recent()).toEqual([{ docId: "a", name: "mall-go", savedAt: 1000, services: mallGoTemplate().services!.length }]);
  });

  it("keeps one version per minute from one tab, the newest replacing the last within the minute", () => {
    const store = new DocStore(new MemoryStorage());
    store.write({ docId: "a", rev: 1, savedAt: 0, tabId: "t", design: named("v1") });
    store.write({ docId: "a", rev: 2, savedAt: 10_000, tabId: "t", design: named("v2") });
    store.write({ docId: "a", rev: 3, savedAt: 20_000, tabId: "t", design: named("v3") });
    store.write({ docId: "a", rev: 4, savedAt: 20_000 + 2 * MINUTE, tabId: "t", design: named("v4") });
    expect(store.history("a").map((v) => v.name)).toEqual(["v1", "v3", "v4"]);
  });

  it("never lets one tab's save replace another tab's version, however close in time", () => {
    const store = new DocStore(new MemoryStorage());
    store.write({ docId: "a", rev: 1, savedAt: 0, tabId: "A", design: named("opened") });
    store.write({ docId: "a", rev: 2, savedAt: 1000, tabId: "B", design: named("from B") });
    store.write({ docId: "a", rev: 3, savedAt: 2000, tabId: "A", design: named("kept from A") });
    expect(store.history("a").map((v) => v.name)).toEqual(["opened", "from B", "kept from A"]);
  });

  it(`keeps at most ${HISTORY_VERSIONS} versions, the newest`, () => {
    const store = new DocStore(new MemoryStorage());
    for (let i = 0; i < HISTORY_VERSIONS + 5; i++) store.write({ docId: "a", rev: i + 1, savedAt: i * 2 * MINUTE, tabId: "t", design: named(`v${i}`) });
    const names = store.history("a").map((v) => v.name);
    expect(names).toHaveLength(HISTORY_VERSIONS);
    expect(names[HISTORY_VERSIONS - 1]).toBe(`v${HISTORY_VERSIONS + 4}`);
  });

  it("sets an unreadable document aside, byte for byte, and lists it as kept", () => {
    const storage = new MemoryStorage();
    const store = new DocStore(storage);
    storage.setItem("seams.doc.x", "{garbage");
    const read = store.read("x");
    expect(read.kind).toBe("unreadable");
    expect(storage.getItem("seams.doc.x")).toBeNull();
    expect(store.kept()).toEqual([{ key: read.kind === "unreadable" ? read.keptAs : "", raw: "{garbage" }]);
  });

  it("sets aside a document from a newer format version with the loader's reason", () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ docId: "x", rev: 1, savedAt: 1, tabId: "t", design: { format: "seams-design", version: 99, name: "future" } });
    storage.setItem("seams.doc.x", raw);
    const read = new DocStore(storage).read("x");
    expect(read.kind === "unreadable" && read.reasons.join(" ")).toMatch(/99/);
    expect(read.kind === "unreadable" && read.raw).toBe(raw);
  });

  it("keeps saving the design when the versions no longer fit in the quota, with fewer versions", () => {
    const storage = new MemoryStorage(200_000);
    const store = new DocStore(storage);
    const big = { ...mallGoTemplate(), description: "x".repeat(4000) };
    for (let i = 0; i < HISTORY_VERSIONS; i++) store.write({ docId: "a", rev: i + 1, savedAt: i * 2 * MINUTE, tabId: "t", design: { ...big, name: `v${i}` } });
    const read = store.read("a");
    expect(read.kind === "ok" && read.doc.design.name).toBe(`v${HISTORY_VERSIONS - 1}`);
    const kept = store.history("a").length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(HISTORY_VERSIONS);
    expect(storage.usedChars).toBeLessThanOrEqual(200_000);
  });

  it("makes room from old versions when the design itself would not fit", () => {
    const sized = (chars: number, name: string) => ({ ...emptyDesign(), name, description: "x".repeat(chars) });
    const fiveVersions = (store: DocStore) => {
      for (let i = 0; i < 5; i++) store.write({ docId: "a", rev: i + 1, savedAt: i * 2 * MINUTE, tabId: "t", design: sized(4000, `v${i}`) });
    };
    const measure = new MemoryStorage();
    fiveVersions(new DocStore(measure));
    // Room for 500 more characters: a design 950 characters larger does not fit beside its five versions.
    const storage = new MemoryStorage(measure.usedChars + 500);
    const store = new DocStore(storage);
    fiveVersions(store);
    store.write({ docId: "a", rev: 6, savedAt: 20 * MINUTE, tabId: "t", design: sized(4950, "bigger") });
    const read = store.read("a");
    expect(read.kind === "ok" && read.doc.design.name).toBe("bigger");
    expect(store.history("a").map((v) => v.name)).toEqual(["v2", "v3", "v4", "bigger"]);
  });

  it("writes one version and a small index a save, however many versions there are", () => {
    const storage = new MemoryStorage();
    const store = new DocStore(storage);
    const design = mallGoTemplate();
    for (let i = 0; i < HISTORY_VERSIONS; i++) store.write({ docId: "a", rev: i + 1, savedAt: i * 2 * MINUTE, tabId: "t", design });
    let written = 0;
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      written += value.length;
      setItem(key, value);
    };
    store.write({ docId: "a", rev: 99, savedAt: 99 * 2 * MINUTE, tabId: "t", design });
    const docChars = storage.getItem("seams.doc.a")!.length;
    expect(written).toBeLessThan(2 * docChars + 5000);
  });

  it("reads any listed version back through the loader", () => {
    const store = new DocStore(new MemoryStorage());
    store.write({ docId: "a", rev: 1, savedAt: 0, tabId: "t", design: mallGoTemplate() });
    store.write({ docId: "a", rev: 2, savedAt: 2 * MINUTE, tabId: "t", design: named("later") });
    const [first] = store.history("a");
    expect(first).toEqual({ rev: 1, savedAt: 0, name: "mall-go", services: mallGoTemplate().services!.length });
    expect(store.loadVersion("a", first!.rev)).toEqual(mallGoTemplate());
    expect(store.loadVersion("a", 77)).toBeUndefined();
  });

  it(`keeps a document's versions within ${VERSION_BUDGET_CHARS.toLocaleString("en")} characters, the newest first`, () => {
    const storage = new MemoryStorage();
    const store = new DocStore(storage);
    const services = Array.from({ length: 5000 }, (_, i) => ({ id: `service-${i}`, name: `Service number ${i}` }));
    for (let i = 0; i < 12; i++) store.write({ docId: "a", rev: i + 1, savedAt: i * 2 * MINUTE, tabId: "t", design: { ...named(`v${i}`), services } });
    const docChars = storage.getItem("seams.doc.a")!.length;
    const names = store.history("a").map((v) => v.name);
    expect(names[names.length - 1]).toBe("v11");
    // As many as fit, not fewer.
    expect(names.length).toBe(Math.floor(VERSION_BUDGET_CHARS / docChars));
    expect(names.length).toBeLessThan(12);
  });

  it("moves versions saved in the first format (one key for all) to one key each, on first use", () => {
    const storage = new MemoryStorage();
    const old = [
      { rev: 1, savedAt: 0, design: named("first") },
      { rev: 2, savedAt: 5 * MINUTE, tabId: "t", design: mallGoTemplate() },
      { rev: 3, savedAt: 6 * MINUTE, design: { format: "seams-design", version: 99, name: "unreadable" } },
    ];
    storage.setItem("seams.history.a", JSON.stringify(old));
    const store = new DocStore(storage);
    expect(store.history("a").map((v) => v.name)).toEqual(["first", "mall-go"]);
    expect(store.loadVersion("a", 2)).toEqual(mallGoTemplate());
    expect(storage.getItem("seams.history.a")).toBeNull();
    store.write({ docId: "a", rev: 4, savedAt: 20 * MINUTE, tabId: "u", design: named("after") });
    expect(store.history("a").map((v) => v.name)).toEqual(["first", "mall-go", "after"]);
  });

  it("removes a document with its versions and Recent entry, and puts it back in its place on undo", () => {
    const storage = new MemoryStorage();
    const store = new DocStore(storage);
    store.write({ docId: "a", rev: 1, savedAt: 0, tabId: "t", design: named("A") });
    store.write({ docId: "a", rev: 2, savedAt: 2 * MINUTE, tabId: "t", design: named("A") });
    store.write({ docId: "b", rev: 1, savedAt: 3 * MINUTE, tabId: "t", design: named("B") });
    store.write({ docId: "c", rev: 1, savedAt: 4 * MINUTE, tabId: "t", design: named("C") });
    const before = store.recent();
    const removed = store.remove("a");
    expect(store.read("a").kind).toBe("none");
    expect(store.history("a")).toEqual([]);
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).filter((k) => k?.includes(".a"))).toEqual([]);
    expect(store.recent().map((r) => r.name)).toEqual(["C", "B"]);
    store.restoreRemoved(removed);
    expect(store.recent()).toEqual(before);
    expect(store.read("a").kind).toBe("ok");
  });
});
