import { deflateSync, strToU8 } from "fflate";
import { test, expect } from "./fixtures";
import { encodeShareFragment } from "../src/core/share/index";
import { encodeBase64Url } from "../src/core/share/base64url";
import { DICTIONARY_V1_TEXT } from "../src/core/share/dictionary-v1";
import { mallGoTemplate } from "../src/core/templates/mall-go";
import type { Design } from "../src/core/model/schema";
import { bombJson, expansionBomb, largestCount, linkOfJson } from "../src/core/share/expansion-bombs";

/** A well-formed v1 link around any bytes, the way an attacker would build one. */
const linkOf = (bytes: Uint8Array) => `d=1.${encodeBase64Url(deflateSync(bytes, { level: 9, dictionary: strToU8(DICTIONARY_V1_TEXT) }))}`;
const mallLink = encodeShareFragment(mallGoTemplate());

const BROKEN: [string, string, RegExp][] = [
  ["over 64 KiB", `d=1.${"A".repeat(70_000)}`, /too long to open/],
  ["a deflate bomb", linkOf(new Uint8Array(10_000_000)), /unpacks to more than 5 MiB/],
  ["bad base64", "d=1.abc*def%%", /damaged/],
  ["cut short", mallLink.slice(0, Math.floor(mallLink.length / 2)), /damaged|cut short/],
  ["an expansion bomb of flows", expansionBomb("flows", largestCount("flows")), /longer than any list a link may carry/],
  ["20,001 flows", expansionBomb("flows", 20_001), /more than 20,000 flows, the most a link may carry/],
  ["5,001 services", expansionBomb("services", 5_001), /more than 5,000 elements .*the most a link may carry/],
  ["percent-escaped and broken", `d=1.%${mallLink.slice(4)}`, /a "%" that starts no percent-escape/],
];

const IMG = "<img src=x onerror=window.__pwned=1>";
const SCRIPT = "</script><script>window.__pwned=1</script>";
const hostileNames: Design = {
  format: "seams-design",
  version: 1,
  name: SCRIPT,
  contexts: [{ id: "ctx", name: IMG }],
  services: [
    { id: "a", name: IMG, context: "ctx" },
    { id: "b", name: SCRIPT, context: "ctx" },
  ],
  flows: [{ id: "f", from: "a", to: "b", kind: "sync", label: IMG }],
  layout: { ctx: { x: 0, y: 0, width: 600, height: 260 }, a: { x: 40, y: 80 }, b: { x: 340, y: 80 } },
} as Design;

test.describe("hostile links", () => {
  const dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs.length = 0;
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  test.afterEach(async ({ page }) => {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  test("the page forbids inline script", async ({ app, page }) => {
    await app.openFresh();
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("script-src 'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  for (const [what, fragment, message] of BROKEN) {
    test(`a link that is ${what} is refused with a message, pasted in or opened fresh, and the design stays`, async ({ app, page }) => {
      await app.openFresh();
      await app.openTemplate("circular");
      await expect(app.node("user-service")).toBeVisible();
      const before = await app.savedDesign();
      const doc = await app.currentDocId();

      // Pasted into the address bar of the open app.
      await page.goto(`/#${fragment}`);
      const error = page.getByTestId("notice.error");
      await expect(error).toContainText("Could not open the shared design");
      await expect(error).toContainText(message);
      await expect(error).toContainText("Your current design was not changed.");
      expect(new URL(page.url()).hash).toBe("");
      expect(await app.savedDesign()).toEqual(before);
      expect(await app.currentDocId()).toBe(doc);

      // Opened in a fresh page load.
      await page.goto("about:blank");
      await page.goto(`/#${fragment}`);
      await expect(page.getByTestId("notice.error")).toContainText(message);
      await expect(app.node("user-service")).toBeVisible();
      expect(await app.savedDesign()).toEqual(before);

      // Still usable.
      await page.getByTestId("notice.error").getByRole("button", { name: "Dismiss" }).click();
      await app.openTemplate("mall-go");
      await expect(app.node("payment-service")).toBeVisible();
    });
  }

  test("a design whose names are markup opens with the names shown as plain text", async ({ app, page }) => {
    await app.openFresh();
    await page.goto("about:blank");
    await page.goto(`/#${encodeShareFragment(hostileNames)}`);
    await expect(page.getByTestId("node-name.a")).toHaveText(IMG);
    await expect(page.getByTestId("node-name.b")).toHaveText(SCRIPT);
    await expect(page.getByTestId("toolbar.name")).toHaveValue(SCRIPT);
    await expect(page.getByText("Opened a shared design", { exact: true })).toBeVisible();
    // Nothing the names describe was made: no image, no script beyond the app's own.
    expect(await page.locator("#root img").count()).toBe(0);
    expect(await page.evaluate(() => Array.from(document.scripts).filter((s) => !s.src).length)).toBe(0);
    // The inspector and the share dialog show them as text too.
    await app.node("a").click();
    await expect(page.getByTestId("inspector.service.name")).toHaveValue(IMG);
    await page.getByTestId("toolbar.share").click();
    await expect(page.getByTestId("share.link")).toBeVisible();
    expect((await app.savedDesign()).services.map((s: { name: string }) => s.name)).toEqual([IMG, SCRIPT]);
  });

  test("a link at the limits is read while the page keeps answering, and opens only when the person says so", async ({ app, page }) => {
    await app.openFresh();
    await app.openTemplate("circular");
    await expect(app.node("user-service")).toBeVisible();
    const before = await app.savedDesign();
    const doc = await app.currentDocId();
    // 5,000 elements and 20,000 flows: the most a link may carry.
    const link = linkOfJson(bombJson({ services: 4992, databases: 2, brokers: 2, flows: 20_000 }));
    // The reader arrives slowly (a slow connection), so there is time to click while the link is opened.
    await page.route("**/load.worker*", async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    // Every main-thread task from here on, to hold against the time the reading took.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: "longtask" });
    });
    await page.goto(`/#${link}`);
    const reading = page.getByText("Opening the shared design…");
    await expect(reading).toBeVisible();
    // The person clicks a service while the link is read: the page answers.
    await app.node("order-service").click();
    await expect(page.getByTestId("inspector.service.name")).toHaveValue("order-service");
    await expect(reading).toBeVisible();

    const ask = page.getByTestId("notice.warning").filter({ hasText: "This shared design is large" });
    await expect(ask).toContainText("5,000 elements and 20,000 flows. Open it?");
    // The reading ran in a worker: no task on the page's thread came near the time it took.
    const loadMs = Number(await page.evaluate(() => document.documentElement.dataset.loadMs));
    const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)));
    // (The worker's loader got fast enough that the read can take under 100 ms: only its being measured is asserted.)
    expect(loadMs).toBeGreaterThan(0);
    expect(longest).toBeLessThan(loadMs);
    // Declined: the person's design and document are as they were.
    await ask.getByRole("button", { name: "Dismiss" }).click();
    await expect(app.node("user-service")).toBeVisible();
    expect(await app.savedDesign()).toEqual(before);
    expect(await app.currentDocId()).toBe(doc);

    // A smaller large link, accepted: it opens, and the person's design stays in History.
    await page.goto(`/#${linkOfJson(bombJson({ services: 1196, databases: 2, brokers: 2, flows: 2000 }))}`);
    await expect(ask).toContainText("1,204 elements and 2,000 flows. Open it?");
    await ask.getByRole("button", { name: "Open it" }).click();
    await expect(page.getByText("Opened a shared design — your previous design is in History")).toBeVisible();
    expect((await app.savedDesign()).flows).toHaveLength(2000);
  });

  test("a file with more than the format allows is refused by its size, with a message, and the design stays", async ({ app, page }) => {
    await app.openFresh();
    await app.openTemplate("circular");
    await expect(app.node("user-service")).toBeVisible();
    const before = await app.savedDesign();
    const doc = await app.currentDocId();
    const flow = { id: "f", from: "user-service", to: "order-service", kind: "sync" };
    await app.openDesignFile({ format: "seams-design", version: 1, name: "too many flows", flows: new Array(200_001).fill(flow) }, "huge.seams.json");
    const error = page.getByTestId("notice.error");
    await expect(error).toContainText("Could not open huge.seams.json: not a valid design");
    await expect(error).toContainText("flows: at most 200,000 flows (this one has 200,001)");
    await expect(app.node("user-service")).toBeVisible();
    expect(await app.savedDesign()).toEqual(before);
    expect(await app.currentDocId()).toBe(doc);
  });
});
