import { test, expect } from "./fixtures";
import type { Locator } from "@playwright/test";

/**
 * The main journey in Chinese: a browser that prefers zh-CN gets the Chinese
 * interface without asking; template, finding, fix, export and share show no
 * English words of the interface. Left in: proper names (tools, formats),
 * the design's own names and ids, and keyboard keys.
 */
test.use({ locale: "zh-CN" });

/** Proper names, and the circular template's own names, labels, route prefixes and the names its Fix gives the new broker and event (design content, not interface). */
const ALLOWED = /\b(User Management|Order Management|users|orders|Seams|mall-go|JSON|YAML|API|HTTP|nginx|HAProxy|Kong|KrakenD|Consul|etcd|Eureka|Nacos|Backstage|Kubernetes|Kafka|RabbitMQ|NATS|PostgreSQL|MySQL|MongoDB|Redis|OpenAPI|AsyncAPI|Compose|Saga|Mermaid|GitHub|GitLab|README|READMEs|Markdown|issue|pull request|Ctrl|Shift|Esc|English|identity|order count|buyer details|event bus|OrderCountChanged)\b|[a-z0-9]+(-[a-z0-9]+)+|[a-z]+-|\/[A-Za-z0-9/_-]+/g;

/** The English words left in a region's text once allowed names are taken out. */
async function englishIn(region: Locator): Promise<string[]> {
  const text = (await region.allInnerTexts()).join("\n");
  return text.replace(ALLOWED, " ").match(/[A-Za-z]{2,}/g) ?? [];
}

test("the main journey in zh-CN: template, finding, fix, export and share without English UI text", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByTestId("empty-canvas")).toContainText("画出你的第一个服务");
  expect(await englishIn(page.getByTestId("empty-canvas"))).toEqual([]);
  expect(await englishIn(page.locator("header"))).toEqual([]);
  expect(await englishIn(page.locator("nav").first())).toEqual([]);

  // Template
  await page.getByTestId("toolbar.new").click();
  await expect(page.getByTestId("template.circular")).toContainText("循环依赖");
  expect(await englishIn(page.getByTestId("toolbar.new.menu"))).toEqual([]);
  await page.getByTestId("template.circular").click();

  // Finding
  const finding = page.getByTestId("finding.circular-dependency");
  await expect(finding).toHaveAttribute("data-severity", "error");
  await expect(finding).toContainText("相互同步调用");
  await expect(page.getByTestId("findings.count.error")).toHaveText("1 个错误");
  await finding.click();
  expect(await englishIn(page.getByTestId("findings"))).toEqual([]);

  // Fix: the finding's own Fix…, previewed in Chinese (titles, changes, before/after), then applied.
  await app.openFix("circular-dependency");
  const fix = page.getByTestId("fix.panel");
  await page.getByTestId("fix.option.call-to-event:user-calls-order").check();
  await expect(fix).toContainText("修复 · 预览");
  await expect(fix.locator("fieldset")).toContainText("把调用 user-service -> order-service（order count）改为事件");
  await expect(page.getByTestId("fix.changes")).toContainText("user-service 不再调用 order-service（order count）。");
  await expect(page.getByTestId("fix.changes")).toContainText("添加消息代理 event bus。");
  await expect(page.getByTestId("fix.row.errors")).toContainText("错误");
  await expect(page.getByTestId("fix.row.circular-dependency")).toContainText("循环依赖");
  // The event fields belong to the event choice, not to the panel's own words checked here.
  expect(await englishIn(fix.locator("h2, fieldset, [data-testid='fix.changes'], [data-testid='fix.table'], div.uppercase, button"))).toEqual([]);
  await page.getByTestId("fix.apply").click();
  await expect(fix).toBeHidden();
  await expect(page.getByTestId("notice.info")).toContainText("已应用：把调用 user-service -> order-service");
  expect(await englishIn(page.getByTestId("notice.info"))).toEqual([]);
  await expect(finding).toHaveCount(0);
  await expect(page.getByTestId("findings.count.error")).toHaveText("0 个错误");
  expect(await englishIn(page.getByTestId("findings"))).toEqual([]);

  // The split score card of a service: criteria, verdict, evidence.
  await app.focusCanvas();
  await app.node("order-service").click();
  const card = page.getByTestId("split-card");
  await expect(page.getByTestId("split-card.verdict")).toHaveText("可以拆分，但先权衡成本");
  await expect(card).toContainText("这次拆分值得吗？");
  expect(await englishIn(card)).toEqual([]);

  // What if it is down: the impact panel.
  await page.getByTestId("inspector.what-if-down").click();
  const impact = page.getByTestId("impact.panel");
  await expect(page.getByTestId("impact.title")).toHaveText("order-service 宕机");
  await expect(impact).toContainText("路由");
  expect(await englishIn(impact)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(impact).toBeHidden();

  // Export
  await page.getByTestId("toolbar.export").click();
  const dialog = page.getByTestId("export.dialog");
  await expect(dialog.locator("#export-title")).toHaveText("导出");
  await expect(page.getByTestId("export.download")).toHaveText("下载");
  await expect(page.getByTestId("export.copy")).toHaveText("复制");
  await expect(page.getByTestId("export.meta")).toContainText("行");
  await page.getByTestId("export.close").click();

  // Share
  await page.getByTestId("toolbar.share").click();
  const share = page.getByTestId("share.dialog");
  await expect(share).toContainText("分享此设计");
  await expect(page.getByTestId("share.length")).toContainText("个字符");
  expect(await englishIn(share.locator("h2, p, label, button, [data-testid='share.length']"))).toEqual([]);
});

test("a file that is not a design is refused in zh-CN with the field named and the reason in Chinese", async ({ app, page }) => {
  await app.openFresh();
  await app.openDesignFile({ version: 1, name: "坏文件" }, "bad.seams.json");
  const reason = page.getByTestId("notice.error").locator("li").first();
  await expect(reason).toHaveText('format：缺失：这不是 Seams 设计（应为 "format": "seams-design"）');
  // The field's name is the format's own word; what is said about it is Chinese.
  expect(await englishIn(reason)).toEqual(["format", "format"]);

  await app.openDesignFile({ format: "seams-design", version: 1, name: "坏文件", services: [{ id: "a", name: "a" }], flows: [{ id: "f", from: "a", to: "nobody", kind: "sync" }] }, "bad.seams.json");
  await expect(page.getByTestId("notice.error").locator("li", { hasText: "flows[0].to" })).toHaveText('flows[0].to：此设计中没有元素 "nobody"');
});

test("the language switch changes the interface at once and is remembered over a reload", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.getByTestId("toolbar.new")).toContainText("新建");
  await page.getByTestId("toolbar.language").selectOption("en");
  await expect(page.getByTestId("toolbar.new")).toContainText("New");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByTestId("toolbar.new")).toContainText("New");
  await page.getByTestId("toolbar.language").selectOption("zh-CN");
  await expect(page.getByTestId("empty-canvas")).toContainText("画出你的第一个服务");
});
