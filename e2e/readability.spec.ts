import { test, expect } from "./fixtures";
import type { Page } from "@playwright/test";

/** Every name on the canvas shows whole: nothing cut off horizontally or vertically, and the full name on hover. */
async function cutNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid^="node-name."]').evaluateAll((els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || el.getAttribute("title") !== el.textContent?.trim()).map((el) => el.textContent ?? ""),
  );
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("mall-go's long names (notification-service, Payment Processing) are whole, and team tabs never cover a context's title", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("notification-service")).toBeVisible();
  expect(await cutNames(page)).toEqual([]);
  for (const ctx of ["payments", "fulfillment", "catalog", "identity"]) {
    const team = page.getByTestId(`context-team.${ctx}`);
    if (!(await team.count())) continue;
    expect(overlap((await team.boundingBox())!, (await page.getByTestId(`node-name.${ctx}`).boundingBox())!), ctx).toBe(false);
  }
});

test("a name typed long wraps onto two lines inside its box, with the full name on hover", async ({ app, page }) => {
  await app.openFresh();
  await page.getByTestId("palette.service").click();
  const name = page.getByTestId("inspector.service.name");
  await name.fill("customer-notification-preferences");
  await name.press("Enter");
  const shown = page.locator('[data-testid^="node-name."]').first();
  await expect(shown).toHaveText("customer-notification-preferences");
  expect(await cutNames(page)).toEqual([]);
  const node = (await page.locator(".react-flow__node").first().boundingBox())!;
  const text = (await shown.boundingBox())!;
  expect(text.y + text.height).toBeLessThanOrEqual(node.y + node.height);
  expect(text.height).toBeGreaterThan(20); // two lines, not one cut line
});

/** A flow whose label's midpoint lies on a third element. */
const crossing = {
  format: "seams-design",
  version: 1,
  name: "crossing",
  services: [
    { id: "left", name: "left" },
    { id: "middle", name: "middle" },
    { id: "right", name: "right" },
  ],
  flows: [{ id: "left-right", from: "left", to: "right", kind: "sync", protocol: "http", path: "/api/users/search" }],
  layout: { left: { x: 0, y: 0 }, middle: { x: 300, y: 0 }, right: { x: 600, y: 0 } },
};

test("a flow label that falls on another element is drawn above it, whole, and clickable", async ({ app, page }) => {
  await app.openFresh();
  await app.openDesignFile(crossing);
  const label = page.getByTestId("edge-label.left-right");
  await expect(label).toContainText("/api/users/search");
  const box = (await label.boundingBox())!;
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("[data-testid]")?.getAttribute("data-testid"), [box.x + 4, box.y + box.height / 2]);
  expect(onTop).toBe("edge-label.left-right");
  await expect(label).toHaveAttribute("title", "HTTP /api/users/search");
});

test("the canvas badge and the score card show the same score, to the hundredth (6.55, not 6.5)", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const badge = page.getByTestId("score.user-service");
  await app.node("user-service").click();
  const card = page.getByTestId("split-card.score");
  await expect(card).toHaveText(/^\d+\.\d\d$/);
  await expect(badge).toHaveText((await card.textContent())!);
  // One step down on a criterion weighted 0.10 takes user-service from 6.65 to 6.55, which one decimal would show as 6.5 (or 6.6).
  await expect(card).toHaveText("6.65");
  const slider = page.getByTestId("inspector.service.split.deploymentFrequency");
  await slider.focus();
  await slider.press("ArrowLeft");
  await expect(card).toHaveText("6.55");
  await expect(badge).toHaveText("6.55");
});

test("React Flow's attribution stays visible", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await expect(page.locator(".react-flow__attribution")).toBeVisible();
  await expect(page.locator(".react-flow__attribution")).toContainText("React Flow");
});

async function findingsHeight(page: Page): Promise<number> {
  return (await page.getByTestId("findings").boundingBox())!.height;
}

test("the findings panel: its chips stay on one line, it resizes by dragging and by keys, leaves the inspector usable, and remembers", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  for (const s of ["error", "warning", "info"]) {
    const chip = (await page.getByTestId(`findings.count.${s}`).boundingBox())!;
    expect(chip.height, `${s} chip on one line`).toBeLessThanOrEqual(22);
  }
  const before = await findingsHeight(page);
  const handle = page.getByTestId("findings.resize");
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2, h.y - 100, { steps: 5 });
  await page.mouse.up();
  const taller = await findingsHeight(page);
  expect(taller).toBeGreaterThan(before + 80);
  // Dragged far up, it stops where the inspector still has room.
  const h2 = (await handle.boundingBox())!;
  await page.mouse.move(h2.x + h2.width / 2, h2.y + 2);
  await page.mouse.down();
  await page.mouse.move(h2.x + h2.width / 2, 0, { steps: 5 });
  await page.mouse.up();
  await app.node("user-service").click();
  await expect(page.getByTestId("inspector.service.name")).toBeInViewport();
  await handle.focus();
  const atMax = await findingsHeight(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  expect(await findingsHeight(page)).toBeCloseTo(atMax - 48, 0);
  const kept = await findingsHeight(page);
  await page.reload();
  await expect(app.node("user-service")).toBeVisible();
  expect(await findingsHeight(page)).toBeCloseTo(kept, 0);

  await page.getByTestId("findings.toggle").click();
  await expect(page.getByTestId("findings.list")).toBeHidden();
  await page.reload();
  await expect(app.node("user-service")).toBeVisible();
  await expect(page.getByTestId("findings.list")).toBeHidden();
  await expect(page.getByTestId("findings.toggle")).toHaveAttribute("aria-expanded", "false");
});

test("a lazy feature that fails to load says what failed and offers a retry that works, never a white page", async ({ app, page }) => {
  await app.openFresh();
  // Templates.
  await page.route("**/assets/templates-*.js", (route) => route.abort());
  await app.openTemplate("circular", { wait: false });
  await expect(page.getByTestId("notice.error")).toContainText("Could not open the template");
  await page.unroute("**/assets/templates-*.js");
  await page.getByTestId("notice.action").click();
  await expect(app.node("user-service")).toBeVisible();

  // The share dialog: before, a failed chunk unmounted the whole app.
  await page.route("**/assets/ShareDialog-*.js", (route) => route.abort());
  await page.getByTestId("toolbar.share").click();
  await expect(page.getByTestId("notice.error")).toContainText("Could not open the share dialog");
  await expect(app.node("user-service")).toBeVisible();
  await expect(page.getByTestId("toolbar.share")).toBeVisible();
  await page.unroute("**/assets/ShareDialog-*.js");
  await page.getByTestId("notice.action").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");

  // Find and the guide: the retry opens them as they were asked for.
  for (const [chunk, button, dialog, title] of [
    ["FindDialog", "toolbar.find", "find.dialog", "Could not open Find"],
    ["HelpDialog", "toolbar.help", "help.dialog", "Could not open the guide"],
  ] as const) {
    await page.route(`**/assets/${chunk}-*.js`, (route) => route.abort());
    await page.getByTestId(button).click();
    await expect(page.getByTestId("notice.error").filter({ hasText: title })).toContainText("Check the connection");
    await page.unroute(`**/assets/${chunk}-*.js`);
    await page.getByTestId("notice.error").filter({ hasText: title }).getByTestId("notice.action").click();
    await expect(page.getByTestId(dialog)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByTestId(dialog)).toHaveCount(0);
  }
});

test("the inspector's fields failing to load show a retry in place", async ({ app, page }) => {
  await page.route("**/assets/InspectorForms-*.js", (route) => route.abort());
  await app.openFresh();
  await app.openTemplate("circular");
  await app.node("user-service").click();
  await expect(page.getByTestId("inspector.load-failed")).toContainText("Could not load the fields");
  await expect(app.node("order-service")).toBeVisible();
  await page.unroute("**/assets/InspectorForms-*.js");
  await page.getByTestId("inspector.retry").click();
  await expect(page.getByTestId("inspector.service.name")).toHaveValue("user-service");
});

