import { test, expect } from "./fixtures";

test("a finding links to its rule page, served beside the app, which says why it matters and how to fix it", async ({ app, page, context }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await expect(page.getByTestId("finding.rule-link")).toHaveCount(0);
  await page.getByTestId("finding.circular-dependency").click();
  const link = page.getByTestId("finding.rule-link");
  await expect(link).toHaveText(/circular-dependency/);

  const [rule] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await rule.waitForLoadState();
  expect(new URL(rule.url()).pathname).toBe("/rules/circular-dependency.html");
  const main = rule.getByTestId("rule-page");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Circular dependency (circular-dependency)");
  for (const heading of ["What it means", "Why it matters", "How to fix it", "Example"]) await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();

  // The index lists every rule and its links open the pages.
  await rule.getByRole("link", { name: "All rules" }).click();
  await rule.getByRole("link", { name: "shared-database" }).click();
  await expect(rule.getByRole("heading", { level: 1 })).toHaveText("Shared database (shared-database)");
});
