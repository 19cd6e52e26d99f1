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

/** Services in a row, ids a..; the layout is given so the test knows where everything is. */
function row(ids: string[], flows: [string, string][], y = 100): Record<string, unknown> {
  return {
    format: "seams-design",
    version: 1,
    name: "row",
    services: ids.map((id) => ({ id, name: id })),
    flows: flows.map(([from, to]) => ({ id: `${from}-${to}`, from, to, kind: "sync", protocol: "http" })),
    layout: Object.fromEntries(ids.map((id, i) => [id, { x: i * 300, y: i === 3 ? y + 200 : y + i * 4 }])),
  };
}

test("nodes and their handles sit above flows: a flow passing over a node never takes its clicks", async ({ app, page }) => {
  await app.openFresh();
  // a -> c runs straight through b, over both of b's handles; d sits below.
  await app.openDesignFile(row(["a", "b", "c", "d"], [["a", "c"]]));
  await expect(app.edge("a-c")).toBeVisible();
  // A click on b's body selects b, not the flow. (Left of centre: the flow's
  // label is drawn above nodes on purpose, so it stays readable, and a -> c's
  // label falls on b's centre.)
  const b = (await app.node("b").boundingBox())!;
  await page.mouse.click(b.x + 24, b.y + b.height / 2);
  await expect(page.getByTestId("inspector.service.name")).toHaveValue("b");
  // Dragging from b's right handle, which the flow covers, connects b to d.
  await app.connect("b", "d");
  await expect(app.edge("b-to-d")).toBeVisible();
  expect((await app.savedDesign()).flows.map((f: { id: string }) => f.id)).toEqual(["a-c", "b-to-d"]);
});

test("toolbar menus close on Escape, on a click elsewhere, and never stay open behind a dialog", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const newMenu = page.getByTestId("toolbar.new.menu");
  const pictureMenu = page.getByTestId("picture.menu");

  // Escape closes a menu and gives focus back to its button.
  await page.getByTestId("toolbar.new").click();
  await expect(newMenu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(newMenu).toBeHidden();
  await expect(page.getByTestId("toolbar.new")).toBeFocused();
  await page.getByTestId("toolbar.picture").click();
  await expect(pictureMenu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(pictureMenu).toBeHidden();

  // A click on the canvas closes it (the canvas keeps its mouse-downs to itself).
  await page.getByTestId("toolbar.picture").click();
  await expect(pictureMenu).toBeVisible();
  await app.focusCanvas();
  await expect(pictureMenu).toBeHidden();

  // Opening a dialog closes the menu rather than leaving it on top.
  await page.getByTestId("toolbar.new").click();
  await page.keyboard.press("Tab"); // into the menu, then away from it
  await page.getByTestId("toolbar.share").focus();
  await expect(newMenu).toBeHidden();
  await page.getByTestId("toolbar.picture").click();
  await expect(pictureMenu).toBeVisible();
  await page.getByTestId("toolbar.share").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(pictureMenu).toBeHidden();
});

test("naming a new service carries its id along, and the route, event and configs follow the id", async ({ app, page }) => {
  await app.openFresh();
  await app.dropFromPalette("gateway", { x: 200, y: 200 });
  await app.dropFromPalette("service", { x: 560, y: 200 });
  await app.dropFromPalette("broker", { x: 900, y: 200 });
  await app.connect("new-gateway", "new-service");
  await app.connect("new-service", "new-broker");
  let saved = await app.savedDesign();
  expect(saved.flows.map((f: any) => f.path ?? f.event)).toEqual(["/api/new", "NewChanged"]);

  await app.node("new-service").click();
  await page.getByTestId("inspector.service.name").fill("Order Service");
  await expect(page.getByTestId("inspector.service.id")).toHaveValue("order-service");
  await expect(page.getByTestId("node-name.order-service")).toHaveText("Order Service");
  saved = await app.savedDesign();
  expect(saved.services.map((s: any) => s.id)).toEqual(["order-service"]);
  expect(saved.flows.map((f: any) => [f.id, f.from, f.to, f.path ?? f.event])).toEqual([
    ["new-gateway-to-order-service", "new-gateway", "order-service", "/api/order"],
    ["order-service-to-new-broker", "order-service", "new-broker", "OrderChanged"],
  ]);

  // An id set by hand stays when the name changes again.
  await page.getByTestId("inspector.service.id").fill("orders-api");
  await page.getByTestId("inspector.service.name").fill("Orders");
  await expect(page.getByTestId("inspector.service.id")).toHaveValue("orders-api");

  // The gateway's nginx config names the upstream after the id.
  await page.getByTestId("inspector.service.name").fill("Order Service");
  await page.getByTestId("inspector.service.id").fill("order-service");
  await page.getByTestId("toolbar.export").click();
  await page.getByTestId("export.target.nginx").click();
  await expect(page.getByTestId("export.preview")).toContainText("upstream order-service");
  await expect(page.getByTestId("export.preview")).toContainText("location /api/order");
  await expect(page.getByTestId("export.preview")).not.toContainText("new-service");
});

test("a gateway route's Retry switch shows what the exports do, and Off means no retries in the export", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  // route-users sets no retry of its own: the format's default applies, and the inspector says so.
  await app.clickEdge("route-users", 0.6);
  await expect(page.getByTestId("inspector.flow.id")).toHaveValue("route-users");
  const retry = page.getByTestId("inspector.flow.retry.enabled");
  await expect(retry).toBeChecked();
  await expect(page.getByTestId("inspector.flow.retry.note")).toHaveText("default: 3 retries on 502/503/504, 100ms apart");

  await retry.locator("xpath=..").click(); // the switch, as drawn
  await expect(retry).not.toBeChecked();
  await expect(page.getByTestId("inspector.flow.retry.note")).toHaveText("off: no export retries this call");
  await expect.poll(async () => (await app.savedDesign())?.flows.find((f: any) => f.id === "route-users").retry).toEqual({ maxRetries: 0 });

  await page.getByTestId("toolbar.export").click();
  await page.getByTestId("export.target.nginx").click();
  const preview = page.getByTestId("export.preview");
  await expect(preview).toContainText("location /api/users");
  // mall-go has no other route without retries.
  await expect(preview).toContainText("proxy_next_upstream off;");
  // The route's own block, read again until the preview holds it (a fresh result may be replacing the text as it is read).
  const routeUsers = async () => {
    const text = (await preview.innerText()).replace(/\n\s*\d+\s*\n/g, "\n");
    const at = text.indexOf("# route route-users");
    return at < 0 ? "" : text.slice(at, text.indexOf("}", at));
  };
  await expect.poll(routeUsers).toContain("proxy_next_upstream off;");
  expect(await routeUsers()).not.toContain("proxy_next_upstream_tries");
});

type Box = { x: number; y: number; width: number; height: number };
const apart = (a: Box, b: Box) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test("clicking a palette item three times places three elements side by side in view, each selected in turn", async ({ app, page }) => {
  await app.openFresh();
  const ids = ["new-service", "new-service-2", "new-service-3"];
  for (const id of ids) {
    await page.getByTestId("palette.service").click();
    await expect(app.node(id)).toBeVisible();
    await expect(app.node(id)).toHaveClass(/selected/);
    await expect(page.getByTestId("inspector.service.id")).toHaveValue(id);
  }
  const boxes = await Promise.all(ids.map(async (id) => (await app.node(id).boundingBox())!));
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i]!, boxes[j]!), `${ids[i]} and ${ids[j]} overlap`).toBe(true);
  for (const id of ids) await expect(app.node(id)).toBeInViewport({ ratio: 1 });
  // A context clicked in next keeps clear of them too.
  await page.getByTestId("palette.context").click();
  const ctx = (await app.node("new-context").boundingBox())!;
  for (const b of boxes) expect(apart(ctx, b)).toBe(true);
  expect((await app.savedDesign()).services.map((s: any) => s.name)).toEqual(["New service", "New service 2", "New service 3"]);
  expect((await app.savedDesign()).contexts.map((c: any) => c.name)).toEqual(["New context"]);
});

test("a context dropped near the canvas edge lands wholly on screen", async ({ app, page }) => {
  await app.openFresh();
  const canvas = (await page.getByTestId("canvas").boundingBox())!;
  await app.dropFromPalette("context", { x: canvas.width - 20, y: canvas.height - 20 });
  await expect(app.node("new-context")).toBeInViewport({ ratio: 1 });
  const box = (await app.node("new-context").boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  await app.dropFromPalette("context", { x: 10, y: 10 });
  const second = (await app.node("new-context-2").boundingBox())!;
  expect(second.x).toBeGreaterThanOrEqual(canvas.x);
  expect(second.y).toBeGreaterThanOrEqual(canvas.y);
  expect((await app.savedDesign()).contexts.map((c: any) => c.name)).toEqual(["New context", "New context 2"]);
});

test("a member moved partly over its context's border stays while most of it is inside, and leaving is announced", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await expect(app.node("order-service")).toBeVisible();
  const contextOf = async () => (await app.savedDesign()).services.find((s: any) => s.id === "order-service").context;
  const zoom = await page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  // The context is 270 wide and the service 208, starting 31 in: 100 further right leaves about two thirds inside.
  await app.dragNode("order-service", 100 * zoom, 0);
  expect(await contextOf()).toBe("ordering");
  await expect(page.getByTestId("notice.info")).toHaveCount(0);
  // 80 more and most of it is outside: it leaves, and the canvas says so.
  await app.dragNode("order-service", 80 * zoom, 0);
  expect(await contextOf()).toBeUndefined();
  await expect(page.getByTestId("notice.info")).toContainText("order-service left");
  // Undo from the notice puts it back.
  await page.getByTestId("notice.info").getByRole("button", { name: "Undo" }).click();
  await expect.poll(contextOf).toBe("ordering");
});

test("after Auto-layout the whole design is in view, with room between elements for flow labels", async ({ app, page }) => {
  await app.openFresh();
  // A chain of six services, bunched up: laid out, it becomes several times wider than it was.
  const ids = ["web", "orders", "payments", "ledger", "audit", "archive"];
  await app.openDesignFile({
    format: "seams-design",
    version: 1,
    name: "chain",
    services: ids.map((id) => ({ id, name: id })),
    flows: ids.slice(1).map((to, i) => ({ id: `f${i}`, from: ids[i], to, kind: "sync", protocol: "http" })),
    layout: Object.fromEntries(ids.map((id, i) => [id, { x: (i % 2) * 230, y: Math.floor(i / 2) * 90 }])),
  });
  await expect(app.node("archive")).toBeInViewport({ ratio: 1 });
  await page.getByTestId("toolbar.layout").click();
  await expect.poll(async () => (await app.savedDesign()).layout.archive.x, { timeout: 20_000 }).toBeGreaterThan(1000);
  const canvas = (await page.getByTestId("canvas").boundingBox())!;
  for (const id of ids) {
    await expect(app.node(id)).toBeInViewport({ ratio: 1 });
    await expect.poll(async () => {
      const b = (await app.node(id).boundingBox())!;
      return b.x >= canvas.x && b.x + b.width <= canvas.x + canvas.width && b.y >= canvas.y && b.y + b.height <= canvas.y + canvas.height;
    }, { message: `${id} is on the canvas` }).toBe(true);
  }
  // Between the ends of each flow there is room for its label (up to 200 px at 100%, the width of a service is 208).
  const layout = (await app.savedDesign()).layout;
  for (let i = 0; i < ids.length - 1; i++) expect(layout[ids[i + 1]!].x - (layout[ids[i]!].x + 208), `room for the label of f${i}`).toBeGreaterThanOrEqual(150);
});

test("opposite flows between two services get separate lines and labels, each clickable", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const there = page.getByTestId("edge-label.user-calls-order");
  const back = page.getByTestId("edge-label.order-calls-user");
  await expect(there).toBeVisible();
  await expect(back).toBeVisible();
  const a = (await there.boundingBox())!;
  const b = (await back.boundingBox())!;
  expect(apart(a, b), "the two labels overlap").toBe(true);
  // The lines are apart in the middle, and a click on each selects that one.
  const p = await app.edgePoint("user-calls-order", 0.5);
  const q = await app.edgePoint("order-calls-user", 0.5);
  expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(20);
  await app.clickEdge("user-calls-order", 0.3);
  await expect(page.getByTestId("inspector.flow.id")).toHaveValue("user-calls-order");
  await app.clickEdge("order-calls-user", 0.3);
  await expect(page.getByTestId("inspector.flow.id")).toHaveValue("order-calls-user");
});

test("dragging an element shows alignment guides and snaps it into line with its neighbour", async ({ app, page }) => {
  await app.openFresh();
  await app.openDesignFile({
    format: "seams-design",
    version: 1,
    name: "two",
    services: [{ id: "a", name: "a" }, { id: "b", name: "b" }],
    layout: { a: { x: 0, y: 0 }, b: { x: 400, y: 160 } },
  });
  await expect(app.node("b")).toBeVisible();
  const zoom = await page.locator(".react-flow__viewport").evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const box = (await app.node("b").boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  // Up until b's top is 3 px (at 100%) below a's: close enough to snap.
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 80 * zoom, { steps: 5 });
  // React Flow starts the drag a few pixels in: aim by where b is now.
  const now = (await app.node("b").boundingBox())!;
  const a = (await app.node("a").boundingBox())!;
  await page.mouse.move(x, y - 80 * zoom - (now.y - a.y) + 3 * zoom, { steps: 5 });
  await expect(page.getByTestId("alignment-guide").first()).toBeAttached();
  expect(Math.abs((await app.node("b").boundingBox())!.y - a.y)).toBeLessThan(0.5);
  await page.mouse.up();
  await expect(page.getByTestId("alignment-guide")).toHaveCount(0);
  await expect.poll(async () => (await app.savedDesign()).layout.b.y).toBe(0);
  // Far from any line, nothing snaps.
  await app.dragNode("b", 0, 90 * zoom);
  await expect.poll(async () => (await app.savedDesign()).layout.b.y).toBeGreaterThan(60);
});
