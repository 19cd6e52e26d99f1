import { test, expect } from "./fixtures";

test("a design without layout is laid out on open; Auto-layout is one undo step", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("over-split");
  const before = await app.savedDesign();
  const { layout: _drop, ...withoutLayout } = before;
  await app.openDesignFile(withoutLayout, "no-layout.seams.json");
  // ELK (loaded on first use, in a worker) places every element.
  await expect.poll(async () => Object.keys((await app.savedDesign()).layout ?? {}).length, { timeout: 20_000 }).toBe(10);
  for (const id of ["user-service", "user-profile-db", "users"]) await expect(app.node(id)).toBeVisible();
  const laidOut = (await app.savedDesign()).layout;
  // Members sit inside their context's box.
  const ctx = laidOut["users"];
  expect(laidOut["user-service"].x).toBeGreaterThanOrEqual(ctx.x);
  expect(laidOut["user-service"].y).toBeGreaterThanOrEqual(ctx.y);

  // Move something, then tidy up with Auto-layout, then undo it in one step.
  await app.dragNode("user-service", 30, 20);
  const moved = (await app.savedDesign()).layout;
  expect(moved["user-service"]).not.toEqual(laidOut["user-service"]);
  await page.getByTestId("toolbar.layout").click();
  await expect.poll(async () => (await app.savedDesign()).layout["user-service"], { timeout: 20_000 }).toEqual(laidOut["user-service"]);
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect.poll(async () => (await app.savedDesign()).layout["user-service"]).toEqual(moved["user-service"]);
});

test("a large design without layout opens at once on a grid of its contexts", async ({ app }) => {
  await app.openFresh();
  const { generateDesign } = await import("../src/core/analysis/generate-design");
  const { layout: _none, ...big } = generateDesign({ services: 400, flowsPerService: 1.5, seed: 5 });
  const elements = big.contexts!.length + big.services!.length + big.databases!.length + big.brokers!.length + big.gateways!.length;
  await app.openDesignFile(big, "big-no-layout.seams.json");
  await expect.poll(async () => Object.keys((await app.savedDesign()).layout ?? {}).length, { timeout: 20_000 }).toBe(elements);
  const saved = await app.savedDesign();
  const s = saved.services[0];
  const c = saved.layout[s.context];
  expect(saved.layout[s.id].x).toBeGreaterThanOrEqual(c.x);
  expect(saved.layout[s.id].y).toBeGreaterThanOrEqual(c.y);
  await expect(app.node(s.id)).toBeAttached();
});

test("far out on a large design, members are drawn in one overview layer; zooming in brings the nodes back", async ({ app, page }) => {
  // The first frame after the members come back is 15-36 s here: no script (a CPU profile shows the
  // main thread idle), the software-rendered paint of 600 nodes. The click after it waits for that frame.
  test.setTimeout(150_000);
  await app.openFresh();
  const { generateDesign } = await import("../src/core/analysis/generate-design");
  const big = generateDesign({ services: 600, flowsPerService: 1.5, seed: 6 });
  await app.openDesignFile(big, "big.seams.json");
  const member = big.services![0]!.id;
  await expect(page.getByTestId("overview-layer")).toBeAttached();
  await expect(app.node(member)).toHaveCount(0);
  await expect(app.node(big.contexts![0]!.id)).toBeAttached();
  // Zoom in with the controls until the members are nodes again.
  for (let i = 0; i < 12 && (await page.getByTestId("overview-layer").count()) > 0; i++) await page.locator(".react-flow__controls-zoomin").click({ timeout: 90_000 });
  await expect(page.getByTestId("overview-layer")).toHaveCount(0);
  await expect(page.locator(".react-flow__node-service").first()).toBeAttached();
});
