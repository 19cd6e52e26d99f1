/**
 * What keeps panning cheap on large designs (docs/performance.md, "Canvas"),
 * checked the way a person pans: press on the empty canvas and move.
 */
import { test, expect } from "./fixtures";

/** A point on the empty pane, away from nodes and flows. */
async function emptyPanePoint(page: import("@playwright/test").Page) {
  return page.evaluate(() => {
    const r = document.querySelector(".react-flow")!.getBoundingClientRect();
    for (let fy = 0.1; fy < 0.95; fy += 0.05)
      for (let fx = 0.1; fx < 0.9; fx += 0.05) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
      }
    throw new Error("no empty spot on the canvas");
  });
}

test("while the view pans, async dashes hold still and nothing on the canvas takes the pointer; both return once it stops", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const dash = page.locator(".react-flow__edge-path.seams-edge-async").first();
  await expect(dash).toBeVisible();
  const playState = () => dash.evaluate((el) => getComputedStyle(el).animationPlayState);
  const offset = () => dash.evaluate((el) => getComputedStyle(el).strokeDashoffset);
  await expect.poll(playState).toBe("running");
  const node = app.node("order-service");
  const label = page.locator(".react-flow__edgelabel-renderer > *").first();
  const pointer = () => Promise.all([node, dash, label].map((l) => l.evaluate((el) => getComputedStyle(el).pointerEvents)));
  const atRest = await pointer();
  expect(atRest).not.toContain("none");
  // The pane has no text to select: a drag on it starts no text selection.
  expect(await app.pane().evaluate((el) => getComputedStyle(el).userSelect)).toBe("none");

  const p = await emptyPanePoint(page);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + 40, p.y + 30, { steps: 4 });
  await expect.poll(playState).toBe("paused");
  expect(await pointer()).toEqual(["none", "none", "none"]);
  // Held still: the dash does not move while the pointer is held.
  const held = await offset();
  await page.waitForTimeout(250);
  expect(await offset()).toBe(held);
  await page.mouse.up();
  await expect.poll(playState).toBe("running");
  expect(await pointer()).toEqual(atRest);
  // A node takes clicks again: it selects.
  await node.click();
  await expect(page.getByTestId("inspector.service.name")).toHaveValue(/order/);
});

test("while a node is dragged, async dashes hold still; they move again once it is dropped", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const dash = page.locator(".react-flow__edge-path.seams-edge-async").first();
  const playState = () => dash.evaluate((el) => getComputedStyle(el).animationPlayState);
  await expect.poll(playState).toBe("running");
  const box = (await app.node("order-service").boundingBox())!;
  await page.mouse.move(box.x + 24, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await expect.poll(playState).toBe("paused");
  await page.mouse.up();
  await expect.poll(playState).toBe("running");
});
