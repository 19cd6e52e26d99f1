import { test, expect } from "./fixtures";

test("Fix… cuts the circular template's cycle through a preview with a before/after table, and Ctrl+Z undoes it in one step", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^1 error/);

  // Cancel changes nothing.
  await app.openFix("circular-dependency");
  await expect(app.node("events")).toBeVisible(); // the preview draws the new broker
  await page.getByTestId("fix.cancel").click();
  await expect(page.getByTestId("fix.panel")).toBeHidden();
  await expect(app.node("events")).toHaveCount(0);
  await expect(app.edge("user-calls-order")).toHaveCount(1);

  // So does Escape.
  await app.openFix("circular-dependency");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("fix.panel")).toBeHidden();
  await expect(app.node("events")).toHaveCount(0);

  await app.openFix("circular-dependency");
  const panel = page.getByTestId("fix.panel");
  await page.getByTestId("fix.option.call-to-event:user-calls-order").check();
  await expect(page.getByTestId("fix.changes")).toContainText("user-service no longer calls order-service (order count).");
  await expect(page.getByTestId("fix.changes")).toContainText("order-service publishes OrderCountChanged");
  // The event gets the name the person gives it.
  await page.getByTestId("fix.event").fill("OrderCountUpdated");
  await expect(page.getByTestId("fix.changes")).toContainText("order-service publishes OrderCountUpdated on event bus");
  const errors = page.getByTestId("fix.row.errors");
  await expect(errors).toHaveAttribute("data-before", "1");
  await expect(errors).toHaveAttribute("data-after", "0");
  await expect(page.getByTestId("fix.row.circular-dependency")).toHaveAttribute("data-after", "0");
  // On the canvas: the call is gone and what changes is highlighted, while the real design is untouched.
  await expect(app.edge("user-calls-order")).toHaveCount(0);
  await expect(app.node("events")).toHaveClass(/is-highlighted/);
  await expect(app.edge("user-calls-order-event")).toHaveClass(/is-highlighted/);
  expect((await app.savedDesign()).flows.map((f: { id: string }) => f.id)).toContain("user-calls-order");

  await page.getByTestId("fix.apply").click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^0 errors/);
  await expect(page.getByTestId("finding.circular-dependency")).toHaveCount(0);
  const applied = await app.savedDesign();
  expect(applied.brokers.map((b: { id: string }) => b.id)).toEqual(["events"]);
  expect(applied.flows.map((f: { id: string }) => f.id)).not.toContain("user-calls-order");
  expect(applied.flows.filter((f: { event?: string }) => f.event === "OrderCountUpdated").map((f: { from: string; to: string }) => `${f.from}>${f.to}`)).toEqual(["order-service>events", "events>user-service"]);

  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^1 error/);
  await expect(app.node("events")).toHaveCount(0);
  await expect(app.edge("user-calls-order")).toHaveCount(1);
  const undone = await app.savedDesign();
  expect(undone.brokers).toEqual([]);
  expect(undone.flows.map((f: { id: string }) => f.id)).toContain("user-calls-order");
});

test("taking cart-service down on mall-go shows which routes fail, which degrade, and Escape leaves the view", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await app.takeDown("cart-service");
  await expect(page.getByTestId("impact.title")).toHaveText("cart-service is down");
  const route = (id: string) => page.getByTestId(`impact.route.${id}`);
  await expect(route("route-cart")).toHaveAttribute("data-outcome", "fails");
  await expect(route("route-orders")).toHaveAttribute("data-outcome", "fails");
  await expect(route("route-orders")).toContainText("api-gateway → order-service → cart-service");
  await expect(route("route-payments")).toHaveAttribute("data-outcome", "degraded");
  await expect(route("route-products")).toHaveAttribute("data-outcome", "ok");
  await expect(page.getByTestId("impact.count.fails")).toHaveText("2 fails");
  await expect(route("route-orders").getByTestId("impact.availability")).toHaveText("99.7%"); // order-service -> cart-service -> catalog-service

  // The blast radius on the canvas.
  await expect(app.node("cart-service")).toHaveClass(/is-impact-down/);
  await expect(app.node("order-service")).toHaveClass(/is-impact-fails/);
  await expect(app.node("payment-service")).toHaveClass(/is-impact-degraded/);
  await expect(app.node("catalog-service")).toHaveClass(/is-impact-ok/);
  await expect(app.edge("route-orders")).toHaveClass(/is-impact-fails/);
  await expect(app.edge("order-reads-cart")).toHaveClass(/is-impact-fails/);

  await page.keyboard.press("Escape");
  await expect(page.getByTestId("impact.panel")).toBeHidden();
  await expect(app.node("order-service")).not.toHaveClass(/is-impact/);
  await expect(app.edge("route-orders")).not.toHaveClass(/is-impact/);
});

test("a service's own availability feeds its routes' availability", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await app.node("cart-service").click();
  const field = page.getByTestId("inspector.service.availability");
  await field.fill("0.99");
  await field.press("Tab");
  await app.takeDown("notification-service");
  await expect(page.getByTestId("impact.route.route-cart").getByTestId("impact.availability")).toHaveText("98.9%"); // 0.99 x 0.999 (catalog-service)
  expect((await app.savedDesign()).services.find((s: { id: string }) => s.id === "cart-service").availability).toBe(0.99);
  // The route's inspector says it too.
  await page.keyboard.press("Escape");
  await app.edge("route-cart").click({ force: true });
  await expect(page.getByTestId("inspector.flow.availability")).toContainText("Availability 98.9%: the product along cart-service → catalog-service");
});

test("retries that multiply show up as a finding, and its Fix… keeps them at the outermost layer only", async ({ app, page }) => {
  await app.openFresh();
  const call = (id: string, from: string, to: string, retries: number) => ({ id, from, to, kind: "sync", retry: { maxRetries: retries } });
  await app.openDesignFile({
    format: "seams-design", version: 1, name: "retries",
    services: ["a", "b", "c"].map((id) => ({ id, name: id })), gateways: [{ id: "gw", name: "gw" }],
    flows: [call("route-a", "gw", "a", 3), call("a-b", "a", "b", 3), call("b-c", "b", "c", 3)],
  });
  const finding = page.getByTestId("finding.retry-amplification");
  await expect(finding).toContainText("c may get 64 requests");
  await app.openFix("retry-amplification");
  await expect(page.getByTestId("fix.row.retry-amplification")).toHaveAttribute("data-after", "0");
  await page.getByTestId("fix.apply").click();
  await expect(finding).toHaveCount(0);
  const flows = (await app.savedDesign()).flows as { id: string; retry?: unknown }[];
  expect(flows.map((f) => [f.id, f.retry !== undefined])).toEqual([["route-a", true], ["a-b", false], ["b-c", false]]);
});

test("a circuit breaker softens the outcome: inventory-service down only degrades orders", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await app.takeDown("inventory-service");
  await expect(page.getByTestId("impact.route.route-orders")).toHaveAttribute("data-outcome", "degraded");
  await expect(app.node("order-service")).toHaveClass(/is-impact-degraded/);
  await page.getByTestId("impact.close").click();
  await expect(page.getByTestId("impact.panel")).toBeHidden();
});
