/**
 * Bend points on flows (issue 9, "Beyond"): a person adds a bend by
 * double-clicking a flow, drags it, removes it by double-clicking it; each is
 * one undo step, and the bends are kept across a reload.
 */
import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

const design = {
  format: "seams-design",
  version: 1,
  name: "bends",
  services: [{ id: "a", name: "a" }, { id: "b", name: "b" }],
  flows: [{ id: "a-b", from: "a", to: "b", kind: "sync" }],
  layout: { a: { x: 0, y: 100 }, b: { x: 500, y: 160 } },
};

const bendsOf = async (app: { savedDesign(): Promise<Record<string, any>> }) => (await app.savedDesign()).flows[0].bends as { x: number; y: number }[] | undefined;
const centre = async (page: Page, testId: string) => {
  const b = (await page.getByTestId(testId).boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

test("a flow gets a bend by double-click, it is dragged, removed, undone and kept over a reload", async ({ app, page }) => {
  await app.openFresh();
  await app.openDesignFile(design);
  await expect(app.edge("a-b")).toBeVisible();
  const zoomBefore = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);

  // Add: double-click the line; the flow is selected and shows the bend's handle, the view does not zoom.
  const p = await app.edgePoint("a-b", 0.3);
  await page.mouse.dblclick(p.x, p.y);
  const handle = page.getByTestId("bend.a-b.0");
  await expect(handle).toBeVisible();
  expect(await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform)).toBe(zoomBefore);
  const added = await bendsOf(app);
  expect(added).toHaveLength(1);

  // Move: drag the handle 120 px down; the line now runs through the new point.
  const h = await centre(page, "bend.a-b.0");
  await page.mouse.move(h.x, h.y);
  await page.mouse.down();
  await page.mouse.move(h.x + 30, h.y + 60, { steps: 5 });
  await page.mouse.move(h.x + 40, h.y + 120, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await centre(page, "bend.a-b.0")).y).toBeGreaterThan(h.y + 100);
  const moved = (await bendsOf(app))!;
  expect(moved).toHaveLength(1);
  expect(moved[0]!.y - added![0]!.y).toBeGreaterThan(100);
  const d = await app.edge("a-b").locator("path.react-flow__edge-path").getAttribute("d");
  expect(d).toContain(`L ${moved[0]!.x} ${moved[0]!.y}`);
  // The label sits on the bent line, below the straight line between a and b.
  const label = await centre(page, "edge-label.a-b");
  const a = (await app.node("a").boundingBox())!;
  expect(label.y).toBeGreaterThan(a.y + a.height);

  // Remove: double-click the handle; the line is straight again.
  await page.mouse.dblclick((await centre(page, "bend.a-b.0")).x, (await centre(page, "bend.a-b.0")).y);
  await expect(handle).toHaveCount(0);
  expect(await bendsOf(app)).toBeUndefined();

  // Undo brings the moved bend back (one step), a second undo puts it where it was added.
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect.poll(() => bendsOf(app)).toEqual(moved);
  await app.pressShortcut("Control+z");
  await expect.poll(() => bendsOf(app)).toEqual(added);
  await app.pressShortcut("Control+Shift+z");
  await expect.poll(() => bendsOf(app)).toEqual(moved);

  // A bend clicked and then Delete: the bend goes, the flow stays; undo brings it back.
  await app.clickEdge("a-b", 0.15);
  await page.getByTestId("bend.a-b.0").click();
  await page.keyboard.press("Delete");
  await expect(handle).toHaveCount(0);
  await expect(app.edge("a-b")).toBeVisible();
  expect(await bendsOf(app)).toBeUndefined();
  await app.focusCanvas();
  await app.pressShortcut("Control+z");
  await expect.poll(() => bendsOf(app)).toEqual(moved);

  // Moving an element keeps the flow's bend where it is.
  await app.dragNode("b", 0, 80);
  await expect.poll(() => bendsOf(app)).toEqual(moved);

  // Reload: the bend is still there, and the line still runs through it.
  await page.reload();
  await expect(app.edge("a-b")).toBeVisible();
  expect(await bendsOf(app)).toEqual(moved);
  expect(await app.edge("a-b").locator("path.react-flow__edge-path").getAttribute("d")).toContain(`L ${moved[0]!.x} ${moved[0]!.y}`);
});
