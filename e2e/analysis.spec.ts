import { test, expect } from "./fixtures";

test("the cycle template shows a circular-dependency error; clicking it highlights both services and both calls", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const finding = page.getByTestId("finding.circular-dependency");
  await expect(finding).toHaveAttribute("data-severity", "error");
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^1 error/);
  await expect(page.getByTestId("badge.user-service.circular-dependency")).toBeVisible();
  await expect(page.getByTestId("badge.order-service.circular-dependency")).toBeVisible();

  await finding.click();
  for (const id of ["user-service", "order-service"]) {
    await expect(app.node(id)).toHaveClass(/selected/);
    await expect(app.node(id)).toHaveClass(/is-highlighted/);
  }
  for (const id of ["user-calls-order", "order-calls-user"]) await expect(app.edge(id)).toHaveClass(/is-highlighted/);
  await expect(app.edge("user-data")).not.toHaveClass(/is-highlighted/);

  // Break the cycle: one call becomes an async message; the error turns into a warning.
  await app.clickEdge("order-calls-user");
  await page.getByTestId("inspector.flow.kind").selectOption("async");
  await expect(finding).toHaveAttribute("data-severity", "warning");
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^0 errors/);
});

test("moving a split slider changes the score and the verdict", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("over-split");
  await app.node("user-address-service").click();
  const score = page.getByTestId("split-card.score");
  const verdict = page.getByTestId("split-card.verdict");
  await expect(score).toHaveText("2.05");
  await expect(verdict).toHaveText(/monolith/i);
  await expect(page.getByTestId("score.user-address-service")).toHaveText("2.05");

  const slider = page.getByTestId("inspector.service.split.businessComplexity");
  await slider.focus();
  for (let i = 0; i < 8; i++) await slider.press("ArrowRight");
  await expect(score).toHaveText("4.05");
  await expect(verdict).toHaveText(/module/i);
  await expect(page.getByTestId("score.user-address-service")).toHaveText("4.05");
});

test("the over-split template is flagged as over-split and mall-go is not", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("over-split");
  await expect(page.getByTestId("finding.over-splitting").first()).toBeVisible();
  await expect(page.getByTestId("advice")).toContainText(/monolith/i);
  await app.openTemplate("mall-go");
  await expect(page.getByTestId("finding.shared-database")).toBeVisible();
  await expect(page.getByTestId("finding.over-splitting")).toHaveCount(0);
  await expect(page.getByTestId("advice")).toContainText(/microservices/i);
});
