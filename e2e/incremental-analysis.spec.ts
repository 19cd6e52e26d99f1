import { generateDesign } from "../src/core/analysis/generate-design";
import { updateElement } from "../src/core/edit/edit-design";
import { test, expect } from "./fixtures";

// 10,000 services; svc-00000 scores 2 on every split criterion, so its context is flagged as over-split.
const two = { businessComplexity: 2, teamAutonomy: 2, dataIndependence: 2, scalingRequirement: 2, deploymentFrequency: 2, technologyDiversity: 2 };
const design = updateElement(generateDesign({ services: 10000, flowsPerService: 1.5, seed: 1 }), "svc-00000", { split: two });

test("on 10,000 services a split slider and a description are judged at once, without the worker round trip", async ({ app, page }) => {
  test.setTimeout(120_000);
  await app.openFresh();
  await app.openDesignFile(design);
  await expect(page.getByTestId("findings.count.warning")).toHaveText(/^518 warnings/, { timeout: 60_000 });
  await app.node("svc-00000").click();
  // The score card loads on first use; on 10,000 services the first selection can take a while.
  await expect(page.getByTestId("split-card.score")).toHaveText("2.00", { timeout: 30_000 });

  // One step of the slider: the score, the badge and the over-splitting finding of its context follow.
  const slider = page.getByTestId("inspector.service.split.businessComplexity");
  await slider.focus();
  const elapsed = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const count = document.querySelector('[data-testid="findings.count.warning"]')!;
        new MutationObserver(() => resolve(performance.now() - start)).observe(count, { childList: true, characterData: true, subtree: true });
      }),
  );
  for (let i = 0; i < 8; i++) await slider.press("ArrowRight");
  await expect(page.getByTestId("split-card.score")).toHaveText("4.00");
  await expect(page.getByTestId("findings.count.warning")).toHaveText(/^517 warnings/);
  const ms = await elapsed;
  const updateMs = Number(await page.evaluate(() => document.documentElement.dataset.analysisUpdateMs));
  test.info().annotations.push({ type: "first finding update after the keys", description: `${ms.toFixed(0)} ms; last update ${updateMs} ms` });
  // Only the main-thread path sets this (the worker's full run would have had to wait out its 120 ms debounce).
  // Its time is reported, not asserted: on a machine shared with other jobs it says little.
  expect(updateMs).toBeGreaterThanOrEqual(0);

  // A description reaches no rule: the analysis stays and is known to be current.
  await page.evaluate(() => delete document.documentElement.dataset.analysisUpdateMs);
  await page.getByTestId("inspector.service.description").fill("owns the user accounts");
  await page.getByTestId("inspector.service.description").press("Tab");
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.analysisUpdateMs)).toBeDefined();
  await expect(page.getByTestId("findings.count.warning")).toHaveText(/^517 warnings/);
});

/** Clears the marks the two paths leave: `analysisMs` (the worker's full run) and `analysisUpdateMs` (the main-thread update). */
const clearMarks = (page: import("@playwright/test").Page) =>
  page.evaluate(() => {
    delete document.documentElement.dataset.analysisMs;
    delete document.documentElement.dataset.analysisUpdateMs;
  });
const marks = (page: import("@playwright/test").Page) => page.evaluate(() => ({ worker: document.documentElement.dataset.analysisMs, update: document.documentElement.dataset.analysisUpdateMs }));

test("on 10,000 services a new name shows in the finding that names it, and a removed flow in the counts, without the worker", async ({ app, page }) => {
  test.setTimeout(180_000);
  await app.openFresh();
  await app.openDesignFile(design);
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^59 errors/, { timeout: 60_000 });
  await app.node("svc-00000").click();
  const name = page.getByTestId("inspector.service.name");
  await expect(name).toHaveValue("user-00000", { timeout: 30_000 });
  // The over-splitting finding of its context names it (its split score is 2).
  const finding = page.getByTestId("finding.over-splitting").filter({ hasText: "Over-splitting in Context 0:" });
  await expect(finding).toContainText("user-00000 look like one service");

  // Typed a letter at a time, as a person does: each keystroke is a new name, judged at once.
  await clearMarks(page);
  await name.focus();
  await name.press("End");
  const shown = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        const list = document.querySelector('[data-testid="findings.list"]')!;
        const seen = () => list.textContent!.includes("user-00000-a look like");
        new MutationObserver(() => seen() && resolve(performance.now() - start)).observe(list, { childList: true, characterData: true, subtree: true });
      }),
  );
  await name.pressSequentially("-a");
  await expect(finding).toContainText("user-00000-a look like one service");
  const ms = await shown;
  // Past the worker's 120 ms debounce: had any keystroke taken the worker's full run, its mark would be set by now.
  await page.waitForTimeout(800);
  const afterRename = await marks(page);
  test.info().annotations.push({ type: "rename: keys to finding", description: `${ms.toFixed(0)} ms (two keystrokes); last update ${afterRename.update} ms` });
  expect(afterRename.update).toBeDefined();
  expect(afterRename.worker).toBeUndefined();
  await expect(page.getByTestId("findings.count.error")).toHaveText(/^59 errors/);

  // The gateway's route to svc-00000 is the only way in: without it the service is unreachable, one more warning, from the main thread.
  await clearMarks(page);
  await app.clickEdge("f-00001");
  await expect(page.getByTestId("inspector.flow.kind")).toBeVisible();
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("findings.count.warning")).toHaveText(/^519 warnings/);
  await expect(page.getByTestId("finding.orphan-service").filter({ hasText: "user-00000-a" })).toBeVisible();
  await page.waitForTimeout(800);
  const afterFlow = await marks(page);
  test.info().annotations.push({ type: "flow removed: update", description: `${afterFlow.update} ms` });
  expect(afterFlow.update).toBeDefined();
  expect(afterFlow.worker).toBeUndefined();
});
