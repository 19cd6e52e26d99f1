import { test, expect } from "./fixtures";
import type { Locator } from "@playwright/test";

/**
 * The main journey in Chinese: a browser that prefers zh-CN gets the Chinese
 * interface without asking; template, finding, fix, export and share show no
 * English words of the interface. Left in: proper names (tools, formats),
 * the design's own names and ids, and keyboard keys.
 */
test.use({ locale: "zh-CN" });

/** Proper names, and the circular template's own names (design content, not interface). */
const ALLOWED = /\b(User Management|Order Management|users|orders|Seams|mall-go|JSON|YAML|API|HTTP|nginx|HAProxy|Kong|KrakenD|Consul|etcd|Eureka|Nacos|Backstage|Kubernetes|Kafka|RabbitMQ|NATS|PostgreSQL|MySQL|MongoDB|Redis|OpenAPI|AsyncAPI|Compose|Saga|Mermaid|GitHub|GitLab|README|READMEs|Markdown|issue|pull request|Ctrl|Shift|Esc|English)\b|[a-z0-9]+(-[a-z0-9]+)+|[a-z]+-/g;

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

  // Fix: order-service goes (its calls with it); the cycle and its error are gone.
  await app.node("order-service").click();
  await page.keyboard.press("Delete");
  await expect(finding).toHaveCount(0);
  await expect(page.getByTestId("findings.count.error")).toHaveText("0 个错误");
  expect(await englishIn(page.getByTestId("findings"))).toEqual([]);

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
