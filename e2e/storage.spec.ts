import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";
import { mallGoTemplate } from "../src/core/templates/mall-go";
import type { Design } from "../src/core/model/schema";
import { DocStore } from "../src/app/persistence/doc-store";
import { MemoryStorage } from "../src/app/persistence/memory-storage";

/** Chromium's localStorage quota: about 5 million characters an origin. */
const OLD_QUOTA_CHARS = 5_000_000;

/** A design of about 380,000 characters that does not compress (stored as plain JSON, under the pack threshold). */
function bulkyDesign(n: number): Design {
  let seed = n * 7919 + 1;
  const noise = (len: number) => {
    let s = "";
    while (s.length < len) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      s += seed.toString(36);
    }
    return s.slice(0, len);
  };
  const services = Array.from({ length: 190 }, (_, i) => ({ id: `svc-${i}`, name: `svc-${i}`, description: noise(1990) }));
  return { format: "seams-design", version: 1, name: `bulky ${n}`, services, layout: Object.fromEntries(services.map((s, i) => [s.id, { x: (i % 19) * 260, y: Math.floor(i / 19) * 120 }])) };
}

test("designs past the old localStorage quota are all still there after a reload", async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.openFresh();
  const count = 8;
  for (let n = 0; n < count; n++) {
    await app.openDesignFile(bulkyDesign(n), `bulky-${n}.seams.json`);
    await expect(page.getByText(`Opened bulky-${n}.seams.json`)).toBeVisible();
    await expect.poll(async () => (await app.savedDesign())?.name).toBe(`bulky ${n}`);
  }
  const stored = await app.storage();
  const chars = Object.entries(stored).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  expect(chars).toBeGreaterThan(OLD_QUOTA_CHARS);
  await expect(page.getByTestId("notice.error")).toHaveCount(0);

  await page.reload();
  await expect(app.node("svc-0")).toBeVisible();
  await page.getByTestId("toolbar.history").click();
  for (let n = 0; n < count; n++) await expect(page.getByTestId(`history.recent.${n}`)).toContainText(`bulky ${count - 1 - n}`);
  // The oldest, opened from the list, is whole.
  await page.getByTestId(`history.recent.${count - 1}`).click();
  await expect(page.getByTestId("toolbar.name")).toHaveValue("bulky 0");
  expect(await app.savedDesign()).toEqual(bulkyDesign(0));
});

test("a localStorage profile of the previous Seams is moved in on first start: every design and version", async ({ app, page }) => {
  // Written by the document store as the previous version used it, on localStorage.
  const legacy = new MemoryStorage();
  const old = new DocStore(legacy);
  const mall = mallGoTemplate();
  old.write({ docId: "dold1", rev: 1, savedAt: Date.now() - 3_600_000, tabId: "t", design: { ...mall, name: "shop, first draft" } });
  old.write({ docId: "dold1", rev: 2, savedAt: Date.now() - 60_000, tabId: "t", design: { ...mall, name: "shop" } });
  old.write({ docId: "dold2", rev: 1, savedAt: Date.now() - 30_000, tabId: "t", design: { ...mall, name: "second shop" } });
  old.setCurrent("dold1");
  const profile = Object.fromEntries(Array.from({ length: legacy.length }, (_, i) => legacy.key(i)!).map((k) => [k, legacy.getItem(k)!]));

  await app.openFresh();
  await page.evaluate((profile) => {
    for (const [k, v] of Object.entries(profile)) localStorage.setItem(k, v);
  }, profile);
  await app.clearStorage();
  await page.reload();

  await expect(page.getByTestId("toolbar.name")).toHaveValue("shop");
  await expect(app.node("payment-service")).toBeVisible();
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.0")).toContainText("second shop");
  await expect(page.getByTestId("history.recent.1")).toContainText("shop");
  await expect(page.getByTestId("history.version.0")).toContainText("shop");
  await expect(page.getByTestId("history.version.1")).toContainText("shop, first draft");
  // An older version still opens.
  await page.getByTestId("history.version.1").click();
  await expect(page.getByTestId("toolbar.name")).toHaveValue("shop, first draft");

  // Everything is in IndexedDB now, and localStorage holds no Seams entry any more.
  const stored = await app.storage();
  for (const key of Object.keys(profile)) expect(Object.keys(stored)).toContain(key);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("seams.")))).toEqual([]);
});

test("a full disk is shown with Save as file, never swallowed", async ({ app, page }) => {
  // The disk fills up: from a switch on, IndexedDB refuses every write the way it does when full.
  // (Chromium's quota override over CDP let these writes through, so the refusal is made here.)
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as { __diskFull?: boolean }).__diskFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
  });
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("payment-service")).toBeVisible();
  await app.savedDesign();
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = true));

  await app.node("order-service").click();
  await page.getByTestId("inspector.service.technology").fill("orders-unsaved");
  const error = page.getByTestId("notice.error");
  await expect(error).toContainText("Browser storage is full: your latest changes are not saved");
  await expect(error).toContainText("Save the design as a file (Ctrl+S) to keep it");
  // It stays: later saves in memory do not hide it while the disk still refuses.
  await page.getByTestId("inspector.service.technology").fill("orders-unsaved-2");
  await page.waitForTimeout(800);
  await expect(error).toContainText("Browser storage is full");
  const download = page.waitForEvent("download");
  await error.getByRole("button", { name: "Save as file" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(saved.services.find((s: { id: string }) => s.id === "order-service").technology).toBe("orders-unsaved-2");

  // Room again: the next save is stored, and the notice goes.
  await page.evaluate(() => ((window as { __diskFull?: boolean }).__diskFull = false));
  await page.getByTestId("inspector.service.technology").fill("orders-saved");
  await expect(error).toHaveCount(0);
  expect((await app.savedDesign()).services.find((s: { id: string }) => s.id === "order-service").technology).toBe("orders-saved");
});

for (const [granted, state, text] of [
  [true, "granted", "This browser keeps these designs until you remove them."],
  [false, "refused", "This browser did not agree to keep storage for good"],
] as const) {
  test(`History says when the browser ${state} persistent storage`, async ({ app, page }) => {
    await page.addInitScript((granted) => {
      Object.defineProperty(navigator.storage, "persisted", { value: () => Promise.resolve(false) });
      Object.defineProperty(navigator.storage, "persist", { value: () => Promise.resolve(granted) });
    }, granted);
    await app.openFresh();
    await page.getByTestId("toolbar.history").click();
    await expect(page.getByTestId("history.persistence")).toHaveAttribute("data-state", state);
    await expect(page.getByTestId("history.persistence")).toContainText(text);
  });
}
