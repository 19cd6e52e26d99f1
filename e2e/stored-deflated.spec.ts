import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

/** An envelope as an older Seams stored large designs: the design deflated (raw DEFLATE) and base64'd under `designZ`. */
async function oldEnvelope(page: Page, docId: string, design: unknown): Promise<string> {
  return page.evaluate(
    async ({ docId, json }) => {
      const stream = new Blob([json]).stream().pipeThrough(new CompressionStream("deflate-raw"));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let s = "";
      for (const b of bytes) s += String.fromCharCode(b);
      return JSON.stringify({ docId, rev: 5, savedAt: 1, tabId: "old", designZ: btoa(s) });
    },
    { docId, json: JSON.stringify(design) },
  );
}

/** Whether the page fetched the deflate codec chunk (it is not part of the first load). */
function watchCodec(page: Page): () => boolean {
  let fetched = false;
  page.on("request", (r) => {
    if (/deflate-codec-[^/]*\.js$/.test(r.url())) fetched = true;
  });
  return () => fetched;
}

test("a design an older Seams stored deflated in IndexedDB opens on start, and is saved back plain", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("payment-service")).toBeVisible();
  const mall = await app.savedDesign();
  await app.storageSet({ "seams.doc.old": await oldEnvelope(page, "old", mall), "seams.current": "old" });
  const codecFetched = watchCodec(page);
  await page.reload();
  await expect(app.node("payment-service")).toBeVisible();
  await expect(page.getByTestId("notice.error")).toHaveCount(0);
  expect(codecFetched()).toBe(true);
  expect(await app.currentDocId()).toBe("old");

  await app.node("payment-service").click();
  await page.getByTestId("inspector.service.technology").fill("Go 1.23");
  await expect.poll(async () => JSON.parse((await app.storageGet("seams.doc.old")) ?? "{}").rev).toBeGreaterThan(5);
  const saved = JSON.parse((await app.storageGet("seams.doc.old"))!);
  expect(saved.designZ).toBeUndefined();
  expect(saved.design.services.find((s: { id: string }) => s.id === "payment-service").technology).toBe("Go 1.23");
});

test("a deflated design left in localStorage by an older Seams moves to IndexedDB and opens", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const circular = await app.savedDesign();
  const ids = circular.services.map((s: { id: string }) => s.id);
  await app.openFresh();
  const env = await oldEnvelope(page, "legacy", circular);
  await page.evaluate((env) => {
    localStorage.setItem("seams.doc.legacy", env);
    localStorage.setItem("seams.current", "legacy");
  }, env);
  await page.reload();
  await expect(page.getByTestId("notice.error")).toHaveCount(0);
  for (const id of ids) await expect(app.node(id)).toBeVisible();
  expect(await app.currentDocId()).toBe("legacy");
});

test("a start with only plain designs stored does not fetch the deflate codec", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await app.savedDesign();
  const codecFetched = watchCodec(page);
  await page.reload();
  await expect(app.node("payment-service")).toBeVisible();
  expect(codecFetched()).toBe(false);
});

test("where IndexedDB cannot be opened, a 1,000-service design is stored deflated in localStorage and survives a reload", async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openFresh();
  // As in some private modes: IndexedDB refuses to open, so Seams falls back to localStorage (about 5 million characters).
  await page.addInitScript(() => {
    indexedDB.open = () => {
      throw new DOMException("blocked", "InvalidStateError");
    };
  });
  await page.reload();
  await expect(page.getByTestId("canvas")).toBeVisible();
  const { generateDesign } = await import("../src/core/analysis/generate-design");
  const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 4 });
  await app.openDesignFile(big, "big.seams.json");
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  const stored = async () =>
    page.evaluate(() => {
      const id = localStorage.getItem("seams.current");
      return id ? localStorage.getItem(`seams.doc.${id}`) : null;
    });
  await expect.poll(async () => (await stored()) ?? "").toContain('"designZ":');
  const before = (await stored())!;
  expect(before.length).toBeLessThan(JSON.stringify(big).length / 3);
  await page.reload();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  // Read back, not set aside as unreadable (which shows an error and moves the entry).
  await expect(page.getByTestId("notice.error")).toHaveCount(0);
  expect(await stored()).toBe(before);
});
