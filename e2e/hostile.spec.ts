import { deflateSync, strToU8 } from "fflate";
import { test, expect } from "./fixtures";
import { encodeShareFragment } from "../src/core/share/index";
import { encodeBase64Url } from "../src/core/share/base64url";
import { DICTIONARY_V1_TEXT } from "../src/core/share/dictionary-v1";
import { mallGoTemplate } from "../src/core/templates/mall-go";
import type { Design } from "../src/core/model/schema";

/** A well-formed v1 link around any bytes, the way an attacker would build one. */
const linkOf = (bytes: Uint8Array) => `d=1.${encodeBase64Url(deflateSync(bytes, { level: 9, dictionary: strToU8(DICTIONARY_V1_TEXT) }))}`;
const mallLink = encodeShareFragment(mallGoTemplate());

const BROKEN: [string, string, RegExp][] = [
  ["over 64 KiB", `d=1.${"A".repeat(70_000)}`, /too long to open/],
  ["a deflate bomb", linkOf(new Uint8Array(10_000_000)), /unpacks to more than 5 MiB/],
  ["bad base64", "d=1.abc*def%%", /damaged/],
  ["cut short", mallLink.slice(0, Math.floor(mallLink.length / 2)), /damaged|cut short/],
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
});
