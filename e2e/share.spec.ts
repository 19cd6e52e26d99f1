import { test, expect } from "./fixtures";
import { SeamsApp } from "./fixtures";

/** A design whose link cannot compress well: random names (and, for `wordsEach`, long random descriptions). */
function randomDesign(services: number, wordsEach = 0) {
  let seed = 0x9e3779b9;
  // xorshift32: deterministic, and random enough that deflate cannot shrink it much.
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const word = (n: number) => Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(rand() * 36)]).join("");
  return {
    format: "seams-design",
    version: 1,
    name: "random",
    services: Array.from({ length: services }, (_, i) => ({ id: `s${i}-${word(6)}`, name: `svc ${word(12)}`, ...(wordsEach ? { description: word(wordsEach) } : {}) })),
  };
}

test("a shared mall-go link opens the same design in a fresh browser, as a new document beside the person's own", async ({ app, page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  const original = await app.savedDesign();

  await page.getByTestId("toolbar.share").click();
  const field = page.getByTestId("share.link");
  const link = await field.inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#d=1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("share.length")).toHaveText(`${link.length.toLocaleString("en-US")} characters`);
  // mall-go fits the 2,000 characters chat apps keep: no warning, no file offered.
  expect(link.length).toBeLessThanOrEqual(2000);
  await expect(page.getByTestId("share.warning")).toHaveCount(0);
  await expect(page.getByTestId("share.download")).toHaveCount(0);

  await page.getByTestId("share.copy").click();
  await expect(page.getByTestId("share.copy")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("share.dialog")).toHaveCount(0);

  // Someone else, in a browser that has never seen Seams.
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const theirs = new SeamsApp(await other.newPage());
    await theirs.page.goto(link);
    await expect(theirs.node("order-service")).toBeVisible();
    await expect(theirs.page.getByText("Opened a shared design", { exact: true })).toBeVisible();
    expect(await theirs.savedDesign()).toEqual(original);
    // The fragment is gone from the address bar: a reload shows their own saved copy, not the link again.
    expect(new URL(theirs.page.url()).hash).toBe("");
  } finally {
    await other.close();
  }

  // The person themselves, now on another design, opens the link: it is a new document and theirs is in Recent.
  await app.openTemplate("circular");
  await expect(app.node("user-service")).toBeVisible();
  const circular = await app.savedDesign();
  const circularDoc = await app.currentDocId();
  await page.goto(link);
  await expect(app.node("order-service")).toBeVisible();
  const notice = page.getByText("Opened a shared design — your previous design is in History");
  await expect(notice).toBeVisible();
  expect(await app.savedDesign()).toEqual(original);
  expect(await app.currentDocId()).not.toBe(circularDoc);
  expect(new URL(page.url()).hash).toBe("");
  await page.getByTestId("toolbar.history").click();
  await expect(page.getByTestId("history.recent.1")).toContainText(circular.name);
  await page.getByTestId("toolbar.history").click();

  // One click back, to that same document (not a copy of it).
  await page.getByRole("button", { name: "Go back to my design" }).click();
  await expect(app.node("user-service")).toBeVisible();
  expect(await app.currentDocId()).toBe(circularDoc);
  expect(await app.savedDesign()).toEqual(circular);

  // A reload does not reopen the link.
  await page.reload();
  await expect(app.node("user-service")).toBeVisible();
  await expect(app.node("payment-service")).toHaveCount(0);
});

test("a link past 2,000 characters is shown with a warning; past what a link may carry, the file is offered instead", async ({ app, page }) => {
  await app.openFresh();
  await app.openDesignFile(randomDesign(120));
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await page.getByTestId("toolbar.share").click();
  const link = await page.getByTestId("share.link").inputValue();
  expect(link.length).toBeGreaterThan(2000);
  await expect(page.getByTestId("share.warning")).toContainText("Some email and chat apps cut long links");
  await page.getByTestId("share.close").click();

  await app.openDesignFile(randomDesign(50, 2000));
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await page.getByTestId("toolbar.share").click();
  await expect(page.getByTestId("share.too-large")).toContainText("too large for a link");
  await expect(page.getByTestId("share.link")).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByTestId("share.download").click();
  expect((await download).suggestedFilename()).toBe("random.seams.json");
});

test("the share dialog looks finished", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await page.getByTestId("toolbar.share").click();
  await expect(page.getByTestId("share.link")).toBeVisible();
  await page.screenshot({ path: "/tmp/seams-share-dialog.png" });
  await page.getByTestId("share.close").click();
  await app.openDesignFile(randomDesign(120));
  await page.getByTestId("toolbar.share").click();
  await expect(page.getByTestId("share.warning")).toBeVisible();
  await page.getByTestId("share.dialog").screenshot({ path: "/tmp/seams-share-dialog-long.png" });
});

test("Copy as Mermaid puts the design on the clipboard as a ```mermaid block, ready for an issue", async ({ app, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.openFresh();
  await app.openTemplate("mall-go");
  await page.getByTestId("toolbar.share").click();
  const button = page.getByTestId("share.copy-mermaid");
  await expect(button).toHaveText("Copy as Mermaid");
  await button.click();
  await expect(button).toHaveText("Copied");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.startsWith("```mermaid\nflowchart LR\n")).toBe(true);
  expect(text.endsWith("\n```\n")).toBe(true);
  expect(text).toContain('  subgraph ordering["Order Management"]');
  expect(text).toContain('order_db[("orders<br/>mysql")]');
  expect(text).toContain('order_service -.->|"OrderCreated"| events');
  // The link is still there beside it, and copying it still copies the link.
  await page.getByTestId("share.copy").click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#d=1\./);
});
