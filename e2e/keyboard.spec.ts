import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Presses Tab until an element with this test id has the focus. */
async function tabTo(page: Page, testId: string) {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === testId) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${testId}`);
}

async function command(page: Page, text: string) {
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("find.dialog")).toBeHidden();
}

test("a whole small design by keyboard: add, name, connect, move, undo, delete", async ({ app, page }) => {
  await app.openFresh();
  // Add from the palette with Tab and Enter; name it with F2.
  await tabTo(page, "palette.gateway");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("inspector.gateway.name")).toBeVisible();
  await page.keyboard.press("F2");
  await expect(page.getByTestId("inspector.gateway.name")).toBeFocused();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Edge");
  await page.keyboard.press("Enter");

  // Add by command, name it.
  await command(page, "add a service");
  await expect(page.getByTestId("inspector.service.name")).toBeVisible();
  await page.keyboard.press("F2");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("Orders");
  await page.keyboard.press("Enter");
  await command(page, "add a database");
  await expect(page.getByTestId("inspector.database.name")).toBeVisible();
  await page.keyboard.press("F2");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("orders-db");
  await page.keyboard.press("Enter");

  // Connect: select the source by name, press C, pick the target by name.
  await command(page, "Edge");
  await page.keyboard.press("c");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await expect(page.getByTestId("find.dialog")).toContainText("Connect Edge to");
  await page.keyboard.type("Ord");
  await expect(page.getByTestId("find.dialog").getByRole("option")).toHaveCount(2); // Orders and orders-db; never Edge itself
  await page.keyboard.press("Enter");
  await command(page, "Orders");
  await page.keyboard.press("c");
  await expect(page.getByTestId("find.input")).toBeFocused();
  await page.keyboard.type("orders-db");
  await page.keyboard.press("Enter");

  let design = await app.savedDesign();
  const gateway = design.gateways[0].id as string;
  const service = design.services[0].id as string;
  const database = design.databases[0].id as string;
  expect(design.gateways[0].name).toBe("Edge");
  expect(design.services[0].name).toBe("Orders");
  expect(design.flows.map((f: { from: string; to: string }) => [f.from, f.to])).toEqual([
    [gateway, service],
    [service, database],
  ]);

  // Move by arrow keys: a run of presses is one undo step.
  await command(page, "Orders");
  const before = design.layout[service];
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  design = await app.savedDesign();
  expect(design.layout[service]).toMatchObject({ x: before.x + 30, y: before.y + 50 });
  await page.keyboard.press("Control+z");
  design = await app.savedDesign();
  expect(design.layout[service]).toMatchObject({ x: before.x, y: before.y });
  expect(design.flows).toHaveLength(2);

  // Delete the database by keyboard: its flow goes with it.
  await command(page, "orders-db");
  await page.keyboard.press("Delete");
  design = await app.savedDesign();
  expect(design.databases ?? []).toHaveLength(0);
  expect(design.flows).toHaveLength(1);
  await expect(app.node(service)).toBeVisible();
});

// Choosing in Find sends the focus back to the page a frame later; on a slow machine that frame
// came after F2 had put the focus in the new element's name, which then kept one typed character.
test("naming each kind right after adding it by command keeps every character, however slow the machine", async ({ app, page }) => {
  // A slow machine: every frame comes 400 ms late, and the CPU runs six times slower.
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => window.setTimeout(() => raf(cb), 400);
  });
  await app.openFresh();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const kinds = [
    ["service", "Add a service"],
    ["database", "Add a database"],
    ["broker", "Add a message broker"],
    ["gateway", "Add an API gateway"],
    ["context", "Add a bounded context"],
  ] as const;
  for (const [kind, label] of kinds) {
    await page.keyboard.press("Control+k");
    await expect(page.getByTestId("find.input")).toBeFocused();
    await page.keyboard.type(label);
    await page.keyboard.press("Enter");
    // A person names it as soon as its fields show, before the next frame is painted.
    await expect(page.getByTestId(`inspector.${kind}.name`)).toBeVisible();
    await page.keyboard.press("F2");
    await page.keyboard.press("Control+a");
    await page.keyboard.type(`new ${kind}-x`);
    const name = page.getByTestId(`inspector.${kind}.name`);
    await expect(name).toHaveValue(`new ${kind}-x`);
    await expect(name).toBeFocused();
    await page.keyboard.press("Enter");
  }
  const design = await app.savedDesign();
  expect(design.databases[0].name).toBe("new database-x");
  expect(design.services[0].id).toBe("new-service-x");
});
