import { test, expect } from "./fixtures";

/**
 * `npm install && npm run dev` is the README's first command: the unbuilt app
 * the dev server serves must open, speak its language and export, as the
 * built one does (the catalogs once failed to load there while every build
 * test passed). The fixture fails the test on any page error.
 */
test("the app as `npm run dev` serves it opens a template, shows its words and exports", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.getByTestId("toolbar.new")).toContainText("New");
  await app.openTemplate("mall-go");
  await expect(page.getByTestId("finding.shared-database").or(page.getByTestId("findings.count.warning")).first()).toBeVisible();
  await page.getByTestId("toolbar.export").click();
  await page.getByTestId("export.target.nginx").click();
  await expect(page.getByTestId("export.preview")).toContainText("upstream order-service");
});
