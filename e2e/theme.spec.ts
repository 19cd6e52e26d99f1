import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Text colour contrast (WCAG 2 AA) over the whole page, as axe-core judges it. */
async function contrastProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.any[0]?.message ?? v.help}`));
}

for (const scheme of ["light", "dark"] as const) {
  test(`the ${scheme} theme passes WCAG AA text contrast: canvas, inspector, score card, findings, find and help`, async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await app.openFresh();
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /dark/ : /^(?!.*dark)/);
    await app.openTemplate("mall-go");
    await expect(app.node("user-service")).toBeVisible();
    const problems = await contrastProblems(page);
    await app.node("user-service").click();
    await expect(page.getByTestId("split-card")).toBeVisible();
    problems.push(...(await contrastProblems(page)));
    await page.keyboard.press("Control+k");
    await expect(page.getByTestId("find.dialog")).toBeVisible();
    await page.keyboard.type("order");
    problems.push(...(await contrastProblems(page)));
    await page.keyboard.press("Escape");
    await page.getByTestId("toolbar.help").click();
    await expect(page.getByTestId("help.dialog")).toBeVisible();
    problems.push(...(await contrastProblems(page)));
    expect(problems).toEqual([]);
  });
}

test("the theme follows the system until toggled, and the toggle is remembered", async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await app.openFresh();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByTestId("toolbar.theme").click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // A picked theme wins over the system's.
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByTestId("toolbar.theme").click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await expect(page.locator(".react-flow")).not.toHaveClass(/dark/);
});
