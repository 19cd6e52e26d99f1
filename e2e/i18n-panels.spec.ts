import { test, expect } from "./fixtures";
import { englishIn } from "./english-in";

/**
 * The panels around the main journey in Chinese: Find, the guide and the rule
 * pages, History, the canvas's badges and minimap, the export preview and its
 * gateway picker, and the what-if button. A browser that prefers zh-CN gets
 * them without asking, with no English interface words left.
 */
test.use({ locale: "zh-CN" });

test.beforeEach(async ({ app, page }) => {
  await app.openFresh();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await app.openTemplate("circular");
  await expect(page.getByTestId("finding.circular-dependency")).toBeVisible();
});

test("canvas: badges, score and team say it in Chinese, tooltips included", async ({ app, page }) => {
  const badge = page.getByTestId("badge.user-service.circular-dependency");
  await expect(badge).toHaveText("循环");
  await expect(badge).toHaveAttribute("title", /相互同步调用/);
  await expect(page.getByTestId("score.user-service")).toHaveAttribute("title", "拆分评分（0-10）");
  await expect(page.getByTestId("context-team.identity")).toHaveText("团队 identity");
  await expect(page.getByTestId("minimap")).toHaveAttribute("aria-label", /^缩略图/);
  await expect(app.node("api-gateway")).toContainText("无鉴权");
  await expect(page.getByTestId("edge-label.user-data")).toHaveText("数据");
  expect(await englishIn(page.locator("[data-testid^='badge.']"))).toEqual([]);

  // The what-if button of a service's inspector.
  await app.node("order-service").click();
  await expect(page.getByTestId("inspector.what-if-down")).toHaveText("如果它宕机会怎样？");
});

test("Find: placeholder, commands, findings and kinds in Chinese; English terms still find commands", async ({ app, page }) => {
  // Flow labels, routes and events are the design's own words.
  const flows = ((await app.savedDesign()).flows ?? []) as { label?: string; path?: string; event?: string }[];
  const content = flows.flatMap((f) => [f.label, f.path, f.event]).filter((w): w is string => !!w).map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"));
  await page.keyboard.press("Control+k");
  const input = page.getByTestId("find.input");
  await expect(input).toBeFocused();
  await expect(input).toHaveAttribute("placeholder", "查找元素、流、问题或命令");
  const dialog = page.getByTestId("find.dialog");
  await expect(dialog).toContainText("↑ ↓ 移动 · Enter 选择 · Esc 关闭");

  await input.fill("导出");
  const first = dialog.getByRole("option").first();
  await expect(first).toContainText("导出配置");
  await expect(first).toContainText("命令");
  expect(await englishIn(dialog)).toEqual([]);

  await input.fill("循环");
  await expect(dialog.getByTestId(/^find\.item\.finding:/).first()).toContainText("循环依赖");
  await expect(dialog.getByTestId(/^find\.item\.finding:/).first()).toContainText("相互同步调用");
  expect(await englishIn(dialog)).toEqual([]);

  await input.fill("user-service");
  await expect(first).toContainText("服务");
  await expect(dialog.getByTestId(/^find\.item\.flow:/).first()).toContainText("HTTP 调用");
  expect(await englishIn(dialog, content)).toEqual([]);

  // The English word still finds the command, shown in Chinese.
  await input.fill("export");
  await expect(first).toContainText("导出配置");

  await input.fill("zzzz");
  await expect(dialog).toContainText("没有与“zzzz”匹配的内容。");
  await page.keyboard.press("Escape");

  // Connect mode (C on a selected element) names its source in Chinese.
  await app.node("user-service").click();
  await page.keyboard.press("c");
  await expect(dialog).toHaveAttribute("aria-label", "将 user-service 连接到…");
  await expect(input).toHaveAttribute("placeholder", "输入要连接的目标元素名称");
  expect(await englishIn(dialog)).toEqual([]);
});

test("the guide and the rule pages are in Chinese, opened from a finding", async ({ page, context }) => {
  await page.getByTestId("finding.help.circular-dependency").click();
  const help = page.getByTestId("help.dialog");
  await expect(help.locator("#help-title")).toHaveText("Seams 使用指南");
  await expect(page.getByTestId("help.finding.circular-dependency")).toContainText("相互同步调用");
  await expect(page.getByTestId("help.weights")).toContainText("业务复杂度× 0.25");
  await expect(page.getByTestId("help.weights")).toContainText("合计1.00");
  await expect(page.getByTestId("help.close")).toHaveAttribute("aria-label", "关闭");
  // The made-up examples name elements of an imagined shop: design content, not interface.
  const exampleNames = [/event bus|OrderShipped|PaymentFailed|Payment Processing|Reporting|“user”/g, /\d+(\.\d+)?(ms|s)\b/g];
  expect(await englishIn(help, exampleNames)).toEqual([]);

  // The rule page from the guide, in Chinese.
  const [fromHelp] = await Promise.all([context.waitForEvent("page"), page.getByTestId("help.rule-link.circular-dependency").click()]);
  await fromHelp.waitForLoadState();
  expect(new URL(fromHelp.url()).pathname).toBe("/rules/zh-CN/circular-dependency.html");
  await fromHelp.close();
  await page.getByTestId("help.close").click();

  // The rule page from the finding itself.
  await page.getByTestId("finding.circular-dependency").click();
  const link = page.getByTestId("finding.rule-link");
  const [rule] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await rule.waitForLoadState();
  expect(new URL(rule.url()).pathname).toBe("/rules/zh-CN/circular-dependency.html");
  await expect(rule.locator("html")).toHaveAttribute("lang", "zh-CN");
  const main = rule.getByTestId("rule-page");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("循环依赖（circular-dependency）");
  for (const heading of ["含义", "为什么重要", "如何修复", "示例"]) await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  expect(await englishIn(main.locator("h1, h2, p:not(:has(code)), li:not(:has(code))"))).toEqual([]);
  // Its index is in Chinese too, and the English page is one click away.
  await rule.getByRole("link", { name: "全部规则" }).click();
  await rule.getByRole("link", { name: "shared-database" }).click();
  await expect(rule.getByRole("heading", { level: 1 })).toHaveText("共享数据库（shared-database）");
  await rule.getByRole("link", { name: "English" }).click();
  await expect(rule.getByRole("heading", { level: 1 })).toHaveText("Shared database (shared-database)");
});

test("History lists designs and versions in Chinese", async ({ app, page }) => {
  const name = (await app.savedDesign()).name as string;
  await page.getByTestId("toolbar.history").click();
  const panel = page.getByTestId("history.panel");
  await expect(panel).toHaveAttribute("aria-label", "历史");
  await expect(panel).toContainText("最近的设计");
  await expect(page.getByTestId("history.recent.0")).toContainText("已打开");
  await expect(page.getByTestId("history.recent.0")).toContainText(/\d 个服务 · (刚刚|\d+ 分钟前)保存/);
  await expect(panel).toContainText("此设计的版本");
  await expect(page.getByTestId("history.persistence")).toContainText("浏览器");
  expect(await englishIn(panel, [new RegExp(name, "g"), /IndexedDB|KB/g])).toEqual([]);
});

test("the export dialog: target groups and summaries, gateway picker and preview in Chinese", async ({ page }) => {
  await page.getByTestId("toolbar.export").click();
  await page.getByTestId("export.target.nginx").click();
  await expect(page.getByTestId("export.gateway-single")).toHaveText("网关 api-gateway");
  await expect(page.getByTestId("export.target.nginx")).toContainText("完整的 nginx.conf");
  await expect(page.getByTestId("export.target.design-json")).toContainText("设计 JSON");
  await expect(page.getByTestId("export.preview")).toHaveAttribute("aria-label", "导出文件预览");
  await expect(page.getByTestId("export.preview")).toContainText("upstream");
  const dialog = page.getByTestId("export.dialog");
  expect(await englishIn(dialog.locator("[role=group] h3, [data-testid='export.gateway-single']"))).toEqual([]);
  await expect(dialog.locator("[role=group] h3")).toHaveText(["网关", "注册中心", "图表", "设计"]);
});
