import { test, expect } from "./fixtures";

test("Ctrl+K finds an element by part of its name; Enter selects it and frames it", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("api-gateway")).toBeVisible();
  // Frame the far right first, so the gateway on the far left is out of view.
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.getByTestId("find.input").fill("notification");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("find.dialog")).toBeHidden();
  await expect(app.node("notification-service")).toHaveClass(/selected/);
  await expect(app.node("notification-service")).toBeInViewport();
  await expect(app.node("api-gateway")).not.toBeInViewport();

  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("gatew");
  await expect(page.getByTestId("find.dialog").getByRole("option").first()).toContainText("api-gateway");
  await page.keyboard.press("Enter");
  await expect(app.node("api-gateway")).toHaveClass(/selected/);
  await expect(app.node("api-gateway")).toBeInViewport();
  await expect(page.getByTestId("inspector.gateway")).toBeVisible();
});

test("Find reaches flows by route, findings by title, and commands; the arrow keys pick", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("api-gateway")).toBeVisible();
  await page.getByTestId("toolbar.find").click();
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("/api/orders");
  await expect(page.getByTestId("find.dialog").getByRole("option").first()).toContainText("api-gateway → order-service");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("inspector.flow")).toBeVisible();

  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("shared database");
  await page.getByRole("option", { name: /Shared database/ }).click();
  for (const id of ["order-service", "cart-service"]) {
    await expect(app.node(id)).toHaveClass(/is-highlighted/);
    await expect(app.node(id)).toBeInViewport();
  }

  // Commands: the second match by the arrow key.
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("theme");
  await expect(page.getByTestId("find.dialog").getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("add a");
  const options = page.getByTestId("find.dialog").getByRole("option");
  await expect(options.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("find.dialog")).toBeHidden();
});

test("clicking a finding frames its elements", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("api-gateway")).toBeVisible();
  // Look far away: zoom in on the gateway so the order services are out of view.
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("api-gateway");
  await page.keyboard.press("Enter");
  await expect(app.node("api-gateway")).toBeInViewport();
  await page.waitForTimeout(400); // let the framing animation end before zooming
  for (let i = 0; i < 4; i++) await page.locator(".react-flow__controls-zoomin").click();
  await expect(app.node("cart-service")).not.toBeInViewport();
  await page.getByTestId("finding.shared-database").click();
  await expect(app.node("cart-service")).toBeInViewport();
  await expect(app.node("order-service")).toBeInViewport();
});

test("help is one click from a finding and from the score card, and explains the weights and that finding", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await page.getByTestId("finding.help.shared-database").click();
  const help = page.getByTestId("help.dialog");
  await expect(help).toBeVisible();
  const section = page.getByTestId("help.finding.shared-database");
  await expect(section).toBeInViewport();
  await expect(section).toHaveAttribute("data-current", "true");
  await expect(section).toContainText("Give it one owner");
  await expect(help).toContainText("mall-go");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await app.node("user-service").click();
  await page.getByTestId("split-card.help").click();
  const weights = page.getByTestId("help.weights");
  await expect(weights).toBeInViewport();
  await expect(weights).toContainText("Business complexity× 0.25");
  await expect(weights).toContainText("total1.00");
  await page.getByTestId("help.close").click();
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
});
