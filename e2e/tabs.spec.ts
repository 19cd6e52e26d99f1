import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, SeamsApp } from "./fixtures";

/** A second tab of the same browser (same storage), failing the test on any uncaught error in it. */
async function secondTab(page: Page): Promise<{ tab: SeamsApp; errors: string[] }> {
  const other = await page.context().newPage();
  const errors: string[] = [];
  other.on("pageerror", (e) => errors.push(e.message));
  await other.goto("/");
  await expect(other.getByTestId("canvas")).toBeVisible();
  return { tab: new SeamsApp(other), errors };
}

/** mall-go open and saved in this tab, then the same browser opens a second tab. */
async function mallGoInTwoTabs(app: SeamsApp, page: Page): Promise<{ tab: SeamsApp; errors: string[] }> {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  await app.savedDesign();
  return secondTab(page);
}

async function renameDesign(page: Page, name: string) {
  await page.getByTestId("toolbar.name").fill(name);
  await page.getByTestId("toolbar.name").press("Enter");
}

const storedDesign = async (page: Page) => {
  const app = new SeamsApp(page);
  const id = await app.currentDocId();
  const raw = id ? await app.storageGet(`seams.doc.${id}`) : null;
  return raw ? JSON.parse(raw).design : null;
};

/**
 * Tab A types into a field without pausing long enough to save (a keystroke
 * every 60 ms keeps pushing its 300 ms save back) while tab B renames the
 * design and saves: A has unsaved work when B's newer version lands.
 */
async function editInBoth(a: SeamsApp, b: SeamsApp) {
  await a.node("order-service").click();
  const field = a.page.getByTestId("inspector.service.name");
  await field.fill("");
  await Promise.all([
    field.pressSequentially("orders-from-tab-a", { delay: 60 }),
    (async () => {
      await b.page.waitForTimeout(150);
      await renameDesign(b.page, "mall from tab B");
    })(),
  ]);
}

test("a change in one tab reaches another tab that has nothing unsaved", async ({ app, page }) => {
  const { tab: b, errors } = await mallGoInTwoTabs(app, page);
  await expect(b.node("order-service")).toBeVisible();

  await b.node("payment-service").click();
  await b.page.getByTestId("inspector.service.name").fill("payments-api");
  await expect(page.getByTestId("node-name.payments-api")).toHaveText("payments-api");
  await expect(page.getByText("Updated with changes from another tab")).toBeVisible();
  expect(await app.savedDesign()).toEqual(await b.savedDesign());

  // And back the other way.
  await renameDesign(page, "mall, edited in A");
  await expect(b.page.getByTestId("toolbar.name")).toHaveValue("mall, edited in A");
  expect(errors).toEqual([]);
});

test("when both tabs edit, the stale tab's save is refused; loading the other tab's version keeps this tab's in History", async ({ app, page }) => {
  const { tab: b, errors } = await mallGoInTwoTabs(app, page);

  await editInBoth(app, b);
  await expect(page.getByText("This design was changed in another tab")).toBeVisible();
  await expect(page.getByText("Keep this tab's version instead?")).toBeVisible();
  // A's save was refused: storage holds B's work, not A's.
  await page.waitForTimeout(600);
  let stored = await storedDesign(page);
  expect(stored.name).toBe("mall from tab B");
  expect(stored.services.find((s: any) => s.id === "order-service").name).toBe("order-service");

  await page.getByRole("button", { name: "Load the other tab's version" }).click();
  await expect(page.getByTestId("toolbar.name")).toHaveValue("mall from tab B");
  await expect(page.getByTestId("node-name.order-service")).toHaveText("order-service");
  await expect(page.getByText("Keep this tab's version instead?")).toHaveCount(0);
  stored = await storedDesign(page);
  expect(stored.name).toBe("mall from tab B");

  // This tab's version is one click away in Recent.
  await page.getByTestId("toolbar.history").click();
  const mine = page.getByTestId("history.recent.0").or(page.getByTestId("history.recent.1")).filter({ hasText: "(other tab)" });
  await expect(mine).toHaveCount(1);
  await mine.click();
  await expect(page.getByTestId("node-name.orders-from-tab-a")).toHaveText("orders-from-tab-a");
  expect(errors).toEqual([]);
});

test("when both tabs edit, keeping this tab's version replaces the other's, which stays among the versions", async ({ app, page }) => {
  const { tab: b, errors } = await mallGoInTwoTabs(app, page);

  await editInBoth(app, b);
  await page.getByRole("button", { name: "Keep this tab's version" }).click();
  await expect(page.getByText("This design was changed in another tab")).toHaveCount(0);
  await expect(page.getByText("Keep this tab's version instead?")).toHaveCount(0);
  const stored = await storedDesign(page);
  expect(stored.services.find((s: any) => s.id === "orders-from-tab-a").name).toBe("orders-from-tab-a");
  expect(stored.name).toBe("mall-go");
  // Tab B had nothing unsaved: it takes the kept version.
  await expect(b.page.getByTestId("node-name.orders-from-tab-a")).toHaveText("orders-from-tab-a");
  await expect(b.page.getByTestId("toolbar.name")).toHaveValue("mall-go");

  // B's version is not lost: it is among this design's versions, and restoring it works.
  await page.getByTestId("toolbar.history").click();
  const theirs = page.locator('[data-testid^="history.version."]').filter({ hasText: "mall from tab B" });
  await expect(theirs).toHaveCount(1);
  await theirs.click();
  await expect(page.getByTestId("toolbar.name")).toHaveValue("mall from tab B");
  expect(errors).toEqual([]);
});

test("when both tabs edit and the stale tab opens another design instead of choosing, its unsaved work is kept", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  await app.savedDesign();
  const mallDoc = await app.currentDocId();
  const { tab: b, errors } = await secondTab(page);

  await editInBoth(app, b);
  await expect(page.getByText("This design was changed in another tab")).toBeVisible();
  await app.openTemplate("circular");
  await expect(page.getByText("This design was changed in another tab")).toHaveCount(0);
  await page.getByTestId("toolbar.history").click();
  const copy = page.locator('[data-testid^="history.recent."]').filter({ hasText: "(unsaved copy)" });
  await expect(copy).toHaveCount(1);
  await copy.click();
  await expect(page.getByTestId("node-name.orders-from-tab-a")).toHaveText("orders-from-tab-a");
  // B's work is where B left it.
  expect(JSON.parse((await app.storageGet(`seams.doc.${mallDoc}`))!).design.name).toBe("mall from tab B");
  expect(errors).toEqual([]);
});

test("a reload straight after typing keeps what was typed", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  await app.savedDesign();
  await app.node("order-service").click();
  await page.getByTestId("inspector.service.name").fill("typed-then-reloaded");
  // Well inside the 300 ms autosave delay: only the pagehide flush can have saved it.
  await page.reload();
  await expect(page.getByTestId("node-name.typed-then-reloaded")).toHaveText("typed-then-reloaded");
});

for (const [what, stored, reason] of [
  ["not JSON", "{garbage", /not JSON/],
  ["from a newer Seams (version 99)", JSON.stringify({ docId: "future", rev: 4, savedAt: 1, tabId: "t", design: { format: "seams-design", version: 99, name: "from the future" } }), /99/],
] as const) {
  test(`a stored document ${what} opens an empty design with a message and a download of what was stored`, async ({ app, page }) => {
    await app.openFresh();
    await page.evaluate((raw) => {
      localStorage.setItem("seams.doc.stored", raw);
      localStorage.setItem("seams.current", "stored");
    }, stored);
    await page.reload();
    await expect(page.getByTestId("empty-canvas")).toBeVisible();
    const notice = page.getByTestId("notice.error");
    await expect(notice).toContainText("The saved design could not be opened, so Seams started with an empty one");
    await expect(notice).toContainText(reason);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the saved document" }).click();
    expect(readFileSync(await (await download).path(), "utf8")).toBe(stored);

    // The editor works: a new element is saved as a fresh document, the old one stays kept.
    await app.dropFromPalette("service", { x: 400, y: 300 });
    await expect(app.node("new-service")).toBeVisible();
    expect((await app.savedDesign()).services).toHaveLength(1);
    expect(Object.keys(await app.storage()).filter((k) => k.startsWith("seams.kept.")).length).toBe(1);
  });
}
