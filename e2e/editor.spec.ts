import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures";

test("a person draws a design from blank, edits it, undoes, reloads, saves and reopens it", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.getByTestId("empty-canvas")).toBeVisible();

  // A context, dropped at the centre-left of the canvas.
  await app.dropFromPalette("context", { x: 360, y: 300 });
  await expect(app.node("new-context")).toBeVisible();
  await expect(page.getByTestId("empty-canvas")).toHaveCount(0);
  const ctx = (await app.node("new-context").boundingBox())!;
  const canvasBox = (await page.getByTestId("canvas").boundingBox())!;
  const inCtx = (fx: number, fy: number) => ({ x: ctx.x - canvasBox.x + ctx.width * fx, y: ctx.y - canvasBox.y + ctx.height * fy });

  // Two services inside it, a database and a broker outside.
  await app.dropFromPalette("service", inCtx(0.3, 0.35));
  await app.dropFromPalette("service", inCtx(0.72, 0.75));
  await app.dropFromPalette("database", { x: ctx.x - canvasBox.x + 100, y: ctx.y - canvasBox.y + ctx.height + 90 });
  await app.dropFromPalette("broker", { x: ctx.x - canvasBox.x + ctx.width - 60, y: ctx.y - canvasBox.y + ctx.height + 90 });
  await expect(app.node("new-service")).toBeVisible();
  await expect(app.node("new-service-2")).toBeVisible();
  await expect(app.node("new-database")).toBeVisible();
  await expect(app.node("new-broker")).toBeVisible();

  let saved = await app.savedDesign();
  expect(saved.services.map((s: any) => [s.id, s.context])).toEqual([["new-service", "new-context"], ["new-service-2", "new-context"]]);
  expect(saved.databases[0].context).toBeUndefined();

  // A sync call, a database access and an async event, by dragging between handles.
  await app.connect("new-service", "new-service-2");
  await app.connect("new-service", "new-database");
  await app.connect("new-service-2", "new-broker");
  await expect(app.edge("new-service-to-new-service-2")).toBeVisible();
  await expect(app.edge("new-service-to-new-database")).toBeVisible();
  await expect(app.edge("new-service-2-to-new-broker")).toBeVisible();
  await expect(page.getByTestId("edge-label.new-service-to-new-service-2")).toContainText("http");
  await expect(page.getByTestId("edge-label.new-service-2-to-new-broker")).toContainText("event");
  saved = await app.savedDesign();
  expect(saved.flows.map((f: any) => [f.from, f.to, f.kind])).toEqual([
    ["new-service", "new-service-2", "sync"],
    ["new-service", "new-database", "sync"],
    ["new-service-2", "new-broker", "async"],
  ]);

  // An invalid connection is refused with a visible reason.
  await app.connect("new-database", "new-service");
  await expect(page.getByTestId("notice.warning")).toContainText("a database does not call anything");
  expect((await app.savedDesign()).flows).toHaveLength(3);

  // Rename a service in the inspector: its id follows the name.
  await app.node("new-service").click();
  const name = page.getByTestId("inspector.service.name");
  await name.fill("checkout");
  await expect(page.getByTestId("node-name.checkout")).toHaveText("checkout");
  await name.press("Tab");

  // Undo and redo: the rename is one step.
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect(page.getByTestId("node-name.new-service")).toHaveText("New service");
  await app.pressShortcut("Control+Shift+z");
  await expect(page.getByTestId("node-name.checkout")).toHaveText("checkout");

  // Reload: everything is back, layout included.
  const before = await app.savedDesign();
  await page.reload();
  await expect(page.getByTestId("node-name.checkout")).toHaveText("checkout");
  await expect(app.edge("new-service-2-to-new-broker")).toBeVisible();
  expect(await app.savedDesign()).toEqual(before);

  // Save the file (Ctrl+S) and open it again into a blank editor.
  const download = page.waitForEvent("download");
  await app.focusCanvas();
  await app.pressShortcut("Control+s");
  const file = join(tmpdir(), `seams-e2e-${Date.now()}.json`);
  await (await download).saveAs(file);
  const onDisk = JSON.parse(readFileSync(file, "utf8"));
  expect(onDisk).toEqual(before);

  await app.openTemplate("blank");
  await expect(page.getByTestId("empty-canvas")).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("toolbar.open").click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId("node-name.checkout")).toHaveText("checkout");
  expect(await app.savedDesign()).toEqual(before);
});

test("each template opens", async ({ app, page }) => {
  await app.openFresh();
  const expected: Record<string, string[]> = {
    "mall-go": ["order-service", "payment-service", "notification-service", "events", "api-gateway", "ordering"],
    "over-split": ["user-service", "user-profile-service", "user-address-service", "user-preference-service"],
    circular: ["user-service", "order-service"],
  };
  for (const [template, ids] of Object.entries(expected)) {
    await app.openTemplate(template);
    for (const id of ids) await expect(app.node(id)).toBeVisible();
  }
  await app.openTemplate("blank");
  await expect(page.getByTestId("empty-canvas")).toBeVisible();
});

test("a broken file shows the loader's errors and leaves the design untouched", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const before = await app.savedDesign();
  const broken = join(tmpdir(), `seams-broken-${Date.now()}.json`);
  writeFileSync(broken, JSON.stringify({ format: "seams-design", version: 1, name: "x", services: [{ id: "a", name: "a" }], flows: [{ id: "f", from: "a", to: "ghost", kind: "sync" }] }));
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("toolbar.open").click();
  await (await chooser).setFiles(broken);
  const error = page.getByTestId("notice.error");
  await expect(error).toContainText("not a valid design");
  await expect(error).toContainText('flows[0].to: no element "ghost" in this design');
  await expect(app.node("user-service")).toBeVisible();
  expect(await app.savedDesign()).toEqual(before);

  // Not JSON at all, dropped on the canvas.
  writeFileSync(broken, "{ this is not json");
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["{ this is not json"], "notes.json", { type: "application/json" }));
    return dt;
  });
  await page.getByTestId("canvas").dispatchEvent("dragover", { dataTransfer });
  await page.getByTestId("canvas").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByText("Could not open notes.json")).toBeVisible();
  await expect(page.getByText(/not JSON/)).toBeVisible();
  expect(await app.savedDesign()).toEqual(before);
});

test("keyboard: select all, copy/paste, duplicate, delete, undo", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await app.node("user-service").click();
  await app.pressShortcut("Control+c");
  await app.pressShortcut("Control+v");
  await expect(app.node("user-service-2")).toBeVisible();
  await app.pressShortcut("Control+d");
  await expect(app.node("user-service-3")).toBeVisible();
  await app.pressShortcut("Delete");
  await expect(app.node("user-service-3")).toHaveCount(0);
  await app.pressShortcut("Control+z");
  await expect(app.node("user-service-3")).toBeVisible();
  await app.focusCanvas();
  await app.pressShortcut("Control+a");
  await app.pressShortcut("Backspace");
  await expect(page.getByTestId("empty-canvas")).toBeVisible();
  await app.pressShortcut("Control+z");
  await expect(app.node("order-service")).toBeVisible();
  // Ctrl+Y redoes the deletion; undo brings everything back again.
  await app.pressShortcut("Control+y");
  await expect(page.getByTestId("empty-canvas")).toBeVisible();
  await app.pressShortcut("Control+z");
  await expect(app.node("order-service")).toBeVisible();
  expect((await app.savedDesign()).services).toHaveLength(4);
  // Escape clears the selection.
  await app.node("order-service").click();
  await expect(app.node("order-service")).toHaveClass(/selected/);
  await app.pressShortcut("Escape");
  await expect(app.node("order-service")).not.toHaveClass(/selected/);
});

test("dragging a service out of its context clears its context; moving a context moves its members", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  const before = await app.savedDesign();
  await app.dragNode("ordering", 0, 120);
  let after = await app.savedDesign();
  const dy = after.layout["ordering"].y - before.layout["ordering"].y;
  expect(dy).toBeGreaterThan(40);
  expect(after.layout["order-service"].y - before.layout["order-service"].y).toBe(dy);
  expect(after.layout["order-db"].y - before.layout["order-db"].y).toBe(dy);

  // One drag is one undo step.
  await app.pressShortcut("Control+z");
  after = await app.savedDesign();
  expect(after.layout).toEqual(before.layout);

  await app.dragNode("order-service", 0, 280);
  after = await app.savedDesign();
  expect(after.services.find((s: any) => s.id === "order-service").context).toBeUndefined();
  await app.dragNode("order-service", 0, -280);
  after = await app.savedDesign();
  expect(after.services.find((s: any) => s.id === "order-service").context).toBe("ordering");
  void page;
});

test("a 1,000-service design survives a reload (stored as plain JSON: IndexedDB holds far more than localStorage)", async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openFresh();
  const { generateDesign } = await import("../src/core/analysis/generate-design");
  const big = generateDesign({ services: 1000, flowsPerService: 1.5, seed: 3 });
  await app.openDesignFile(big, "big.seams.json");
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  const saved = await app.savedDesign();
  expect(saved.services).toHaveLength(1000);
  const stored = JSON.parse((await app.storageGet(`seams.doc.${await app.currentDocId()}`))!);
  expect(stored.designZ).toBeUndefined();
  expect(stored.design.services).toHaveLength(1000);
  await page.reload();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  expect(await app.savedDesign()).toEqual(saved);
});

test("a palette click adds an element in the middle of the view, and a context resizes by its corner in one undo step", async ({ app, page }) => {
  await app.openFresh();
  await page.getByTestId("palette.gateway").click();
  await expect(app.node("new-gateway")).toBeVisible();
  await page.getByTestId("palette.context").click();
  await expect(app.node("new-context")).toBeVisible();
  const before = (await app.savedDesign()).layout["new-context"];

  await app.node("new-context").click({ position: { x: 60, y: 12 } });
  const handle = app.node("new-context").locator(".react-flow__resize-control.bottom.right");
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 6 });
  await page.mouse.move(box.x + 120, box.y + 80, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await app.savedDesign()).layout["new-context"].width).toBeGreaterThan(before.width + 50);
  const after = (await app.savedDesign()).layout["new-context"];
  expect(after.height).toBeGreaterThan(before.height + 30);
  expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });

  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect.poll(async () => (await app.savedDesign()).layout["new-context"]).toEqual(before);
});

test("the minimap moves the view to the point clicked", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await page.locator(".react-flow__controls-zoomin").click();
  await page.locator(".react-flow__controls-zoomin").click();
  const transform = () => page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  const start = await transform();
  const map = (await page.getByTestId("minimap").boundingBox())!;
  await page.mouse.click(map.x + map.width * 0.9, map.y + map.height * 0.9);
  await expect.poll(transform).not.toBe(start);
});
