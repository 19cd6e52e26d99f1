import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { DocStore } from "./doc-store";
import { IdbStorage } from "./idb-storage";
import { MemoryStorage } from "./memory-storage";
import { docKey } from "./storage-keys";

let n = 0;
/** A fresh database per test: fake-indexeddb is one process-wide browser. */
const dbName = () => `seams-test-${++n}`;

/** What the previous Seams left in localStorage: two documents, one with saved versions. */
function previousProfile(): MemoryStorage {
  const legacy = new MemoryStorage();
  const old = new DocStore(legacy);
  const design = mallGoTemplate();
  old.write({ docId: "a", rev: 1, savedAt: 1_000, tabId: "t", design });
  old.write({ docId: "a", rev: 2, savedAt: 200_000, tabId: "t", design: { ...design, name: "mall v2" } });
  old.write({ docId: "b", rev: 1, savedAt: 300_000, tabId: "t", design: { ...design, name: "other" } });
  old.setCurrent("b");
  legacy.setItem("unrelated.key", "not ours");
  return legacy;
}

describe("IdbStorage", () => {
  it("moves a localStorage profile of the previous version in, keeping every design and version, and leaves others' keys", async () => {
    const legacy = previousProfile();
    const before = new DocStore(legacy);
    const history = before.history("a");
    expect(history.length).toBe(2);
    const name = dbName();
    const moved = await IdbStorage.open(legacy, name);
    const store = new DocStore(moved);
    expect(store.currentDocId()).toBe("b");
    expect(store.recent().map((r) => r.name)).toEqual(["other", "mall v2"]);
    expect(store.history("a")).toEqual(history);
    expect(store.loadVersion("a", 1)?.name).toBe("mall-go");
    expect(store.read("a")).toMatchObject({ kind: "ok", doc: { rev: 2, design: { name: "mall v2" } } });
    // Moved, not copied: localStorage is free again, except what is not Seams'.
    expect(legacy.length).toBe(1);
    expect(legacy.getItem("unrelated.key")).toBe("not ours");
    // And it is really in IndexedDB: a second opening (a reload) finds it all.
    const reopened = new DocStore(await IdbStorage.open(new MemoryStorage(), name));
    expect(reopened.read("b")).toMatchObject({ kind: "ok", doc: { design: { name: "other" } } });
    expect(reopened.history("a")).toEqual(history);
  });

  it("keeps its own newer revision of a document over an older one found in localStorage", async () => {
    const name = dbName();
    const first = await IdbStorage.open(new MemoryStorage(), name);
    new DocStore(first).write({ docId: "a", rev: 5, savedAt: 5, tabId: "t", design: { ...mallGoTemplate(), name: "newer" } });
    await first.settled();
    const legacy = new MemoryStorage();
    new DocStore(legacy).write({ docId: "a", rev: 3, savedAt: 3, tabId: "t", design: { ...mallGoTemplate(), name: "older" } });
    const store = new DocStore(await IdbStorage.open(legacy, name));
    expect(store.read("a")).toMatchObject({ kind: "ok", doc: { rev: 5, design: { name: "newer" } } });
  });

  it("holds far more than localStorage's 5 million characters", async () => {
    const name = dbName();
    const s = await IdbStorage.open(undefined, name);
    const chunk = "x".repeat(1_000_000);
    for (let i = 0; i < 12; i++) s.setItem(`seams.big.${i}`, chunk + i);
    await s.settled();
    const again = await IdbStorage.open(undefined, name);
    for (let i = 0; i < 12; i++) expect(again.getItem(`seams.big.${i}`)).toBe(chunk + i);
  });

  it("tells another tab of each write and removal, as localStorage's storage event did", async () => {
    const name = dbName();
    const a = await IdbStorage.open(undefined, name);
    const b = await IdbStorage.open(undefined, name);
    const heard: [string, string | null][] = [];
    b.onExternalChange((key, value) => heard.push([key, value]));
    a.setItem(docKey("x"), "one");
    a.removeItem(docKey("x"));
    await expect.poll(() => heard).toEqual([[docKey("x"), "one"], [docKey("x"), null]]);
    expect(b.getItem(docKey("x"))).toBeNull();
  });

  it("copies writes not yet committed into localStorage when the page is left, and the next start takes them", async () => {
    const name = dbName();
    const legacy = new MemoryStorage();
    const s = await IdbStorage.open(legacy, name);
    s.setItem("seams.current", "late");
    s.rescue();
    expect(legacy.getItem("seams.current")).toBe("late");
    await s.settled();
    // It committed after all: the copy is gone again, so it cannot come back later as if newer.
    expect(legacy.getItem("seams.current")).toBeNull();
    s.setItem("seams.current", "later");
    s.rescue();
    expect(legacy.getItem("seams.current")).toBe("later");
    // The page ended before IndexedDB committed: localStorage as the page left it, and a database that never got the write.
    const left = new MemoryStorage();
    left.setItem("seams.current", legacy.getItem("seams.current")!);
    const next = await IdbStorage.open(left, dbName());
    expect(next.getItem("seams.current")).toBe("later");
  });
});
