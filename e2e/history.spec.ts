import { test, expect } from "./fixtures";

test("a recent design comes back with one click, as the same document, not a copy", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("payment-service")).toBeVisible();
  const mall = await app.savedDesign();
  const mallDoc = await app.currentDocId();
  await app.openTemplate("circular");
  await expect(app.node("payment-service")).toHaveCount(0);
  const circular = await app.savedDesign();

  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.0")).toContainText(circular.name);
  await expect(page.getByTestId("history.recent.0")).toContainText("Open");
  await expect(page.getByTestId("history.recent.1")).toContainText(mall.name);
  await expect(page.getByTestId("history.recent.1")).toContainText(`${mall.services.length} services`);
  await expect(page.getByTestId("history.recent.2")).toHaveCount(0);
  await page.getByTestId("history.recent.1").click();
  await expect(page.getByTestId("history.panel")).toHaveCount(0);
  await expect(app.node("payment-service")).toBeVisible();
  expect(await app.currentDocId()).toBe(mallDoc);
  expect(await app.savedDesign()).toEqual(mall);

  // Edits go on to that document: the list still holds two designs, and a reload keeps them.
  await app.node("order-service").click();
  await page.getByTestId("inspector.service.name").fill("orders-api");
  await expect(page.getByTestId("node-name.orders-api")).toHaveText("orders-api");
  expect((await app.savedDesign()).services.find((s: any) => s.id === "orders-api").name).toBe("orders-api");
  expect(await app.currentDocId()).toBe(mallDoc);
  await page.reload();
  await expect(page.getByTestId("node-name.orders-api")).toHaveText("orders-api");
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.0")).toContainText(mall.name);
  await expect(page.getByTestId("history.recent.1")).toContainText(circular.name);
  await expect(page.getByTestId("history.recent.2")).toHaveCount(0);
});

test("an earlier version is restored as an ordinary change that Undo takes back", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  const asOpened = await app.savedDesign();
  await app.node("order-service").click();
  await page.getByTestId("inspector.service.name").fill("orders-api");
  await page.getByTestId("inspector.service.name").press("Tab");
  const edited = await app.savedDesign();
  expect(edited.services.find((s: any) => s.id === "orders-api").name).toBe("orders-api");

  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.version.0")).toContainText("Latest");
  await expect(page.getByTestId("history.version.1")).toContainText(asOpened.name);
  await expect(page.getByTestId("history.version.2")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/seams-history-panel.png" });
  await page.getByTestId("history.version.1").click();
  await expect(page.getByTestId("node-name.order-service")).toHaveText("order-service");
  await expect(page.getByText(/^Restored the version saved at/)).toBeVisible();
  expect(await app.savedDesign()).toEqual(asOpened);

  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect(page.getByTestId("node-name.orders-api")).toHaveText("orders-api");
  expect(await app.savedDesign()).toEqual(edited);
});

test("a document that could not be read is listed, and downloads as it was stored", async ({ app, page }) => {
  await app.openFresh();
  await page.evaluate(() => {
    localStorage.setItem("seams.doc.broken", "{garbage");
    localStorage.setItem("seams.current", "broken");
  });
  await page.reload();
  await expect(page.getByTestId("notice.error")).toContainText("could not be opened");
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.kept.0")).toContainText("Unreadable document");
  await expect(page.getByTestId("history.kept.1")).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByTestId("history.kept.0.download").click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  expect(readFileSync(file, "utf8")).toBe("{garbage");
});

test("a design can be removed from this browser to make room, and Undo brings it back", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("payment-service")).toBeVisible();
  await app.savedDesign();
  const mallDoc = await app.currentDocId();
  await app.openTemplate("circular");
  await app.savedDesign();

  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.0.remove")).toHaveCount(0);
  await page.getByTestId("history.recent.1").hover();
  await page.getByTestId("history.panel").screenshot({ path: "/tmp/seams-history-remove.png" });
  await page.getByTestId("history.recent.1.remove").click();
  await expect(page.getByTestId("history.recent.1")).toHaveCount(0);
  const keys = () => page.evaluate((id) => Object.keys(localStorage).filter((k) => k.includes(id!)), mallDoc);
  expect(await keys()).toEqual([]);

  await page.getByTestId("notice.info").getByRole("button", { name: "Undo" }).click();
  expect(await keys()).toEqual([`seams.doc.${mallDoc}`]);
  // The notice's button is outside the panel, so the panel closed: open it again, the design is back in its place.
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.1")).toContainText("mall-go");
  await page.getByTestId("history.recent.1").click();
  await expect(app.node("payment-service")).toBeVisible();
});
