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
  const keys = async () => Object.keys(await app.storage()).filter((k) => k.includes(mallDoc!));
  expect(await keys()).toEqual([]);

  await page.getByTestId("notice.info").getByRole("button", { name: "Undo" }).click();
  expect(await keys()).toEqual([`seams.doc.${mallDoc}`]);
  // The notice's button is outside the panel, so the panel closed: open it again, the design is back in its place.
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.1")).toContainText("mall-go");
  await page.getByTestId("history.recent.1").click();
  await expect(app.node("payment-service")).toBeVisible();
});

test("undo and redo work after a reload, for each design on its own", async ({ app, page }) => {
  // The technology is edited, not the name: a renamed element takes a new id.
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  await app.node("order-service").click();
  await page.getByTestId("inspector.service.technology").fill("Rust orders");
  await page.getByTestId("inspector.service.technology").press("Tab");
  await app.node("payment-service").click();
  await page.getByTestId("inspector.service.technology").fill("Rust payments");
  await page.getByTestId("inspector.service.technology").press("Tab");
  await expect(app.node("payment-service")).toContainText("Rust payments");
  await app.savedDesign();
  const mallDoc = await app.currentDocId();

  // Another design with an edit of its own, so each design's history is seen to be its own.
  await app.openTemplate("circular");
  await expect(app.node("user-service")).toBeVisible();
  await app.node("user-service").click();
  await page.getByTestId("inspector.service.technology").fill("Rust users");
  await page.getByTestId("inspector.service.technology").press("Tab");
  await app.savedDesign();

  await page.reload();
  await expect(app.node("user-service")).toContainText("Rust users");
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect(app.node("user-service")).not.toContainText("Rust");
  await app.pressShortcut("Control+Shift+z");
  await expect(app.node("user-service")).toContainText("Rust users");

  // The first design, from Recent: its own two steps come back with it, and survive another reload.
  await page.getByTestId("toolbar.history").click();
  await page.getByTestId("history.recent.1").click();
  expect(await app.currentDocId()).toBe(mallDoc);
  await expect(app.node("payment-service")).toContainText("Rust payments");
  await page.reload();
  await expect(app.node("payment-service")).toContainText("Rust payments");
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect(app.node("payment-service")).not.toContainText("Rust");
  await expect(app.node("order-service")).toContainText("Rust orders");
  await app.pressShortcut("Control+z");
  await expect(app.node("order-service")).not.toContainText("Rust");
  // The undone state is saved too: a reload keeps it, and redo is still there.
  await app.savedDesign();
  await page.reload();
  await expect(app.node("order-service")).not.toContainText("Rust");
  await app.focusCanvas();
  await app.pressShortcut("Control+Shift+z");
  await expect(app.node("order-service")).toContainText("Rust orders");
});
