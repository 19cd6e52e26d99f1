/**
 * Drawing feels right (issue 9): each defect a new person tripped over, driven
 * the way they did it.
 */
import { test, expect } from "./fixtures";

const viewport = (page: import("@playwright/test").Page) => page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);

test("fit view still frames the design after nodes were selected, edited and dragged", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  // Select and edit one element, then another, then drag a third.
  await app.node("order-service").click();
  await page.getByTestId("inspector.service.description").fill("Orders and their life cycle");
  await app.node("cart-service").click();
  await page.getByTestId("inspector.service.technology").fill("Go + Redis 7");
  await app.focusCanvas();
  await app.dragNode("catalog-service", 40, 30);
  await app.dragNode("order-service", -30, 20);

  // Pan the view away, then ask for the whole design again.
  const pane = (await app.pane().boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 60, pane.y + pane.height - 40);
  await page.mouse.down();
  await page.mouse.move(pane.x + 100, pane.y + 80, { steps: 8 });
  await page.mouse.up();
  const panned = await viewport(page);
  await page.locator(".react-flow__controls-fitview").click();
  await expect.poll(() => viewport(page)).not.toBe(panned);
  // Every element is on screen again.
  for (const id of ["api-gateway", "order-service", "notification-service", "events"]) await expect(app.node(id)).toBeInViewport();
});
