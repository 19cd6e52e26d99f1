import { test, expect } from "./fixtures";
import type { Locator, Page } from "@playwright/test";
import { mallGoTemplate } from "../src/core/templates/mall-go";

/**
 * The inspector and the notices in Chinese: every form of the mall-go design
 * (service, flow, route, context, gateway, database, broker, several at once)
 * and the notices a person meets while editing show no English words of the
 * interface. Left in: the design's own words (names, ids, paths, events, the
 * template's values), proper names and formats, HTTP methods and keys.
 */
test.use({ locale: "zh-CN" });

/** Every text the design itself holds: it is the author's, not the interface's. */
function designWords(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === "string") out.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(mallGoTemplate());
  return [...out].filter((s) => /[A-Za-z]/.test(s)).sort((a, b) => b.length - a.length);
}
const DESIGN = designWords();
const ALLOWED =
  /\b(Seams|mall-go|API|HTTP|JWT|OAuth|CORS|IPv4|Ctrl|Shift|Esc|Del|F2|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|http|grpc|event|message|PostgreSQL|MySQL|MongoDB|Redis|Kafka|true|false)\b|\b\d+(ms|s|m|h)\b|[a-z0-9]+([-_.][a-z0-9]+)+|\/[A-Za-z0-9_{}./-]*/g;

/** The English words left in a region's text once the design's own words and allowed names are taken out. */
async function englishIn(region: Locator): Promise<string[]> {
  let text = (await region.allInnerTexts()).join("\n");
  for (const word of DESIGN) text = text.split(word).join(" ");
  return text.replace(ALLOWED, " ").match(/[A-Za-z]{2,}/g) ?? [];
}

/**
 * The inspector's own words: the what-if button and the route availability
 * note inside it belong to the fixes panel's translation, checked there.
 */
async function inspectorEnglish(page: Page): Promise<string[]> {
  const own = page.locator('[data-testid^="inspector."]:is([data-testid="inspector.empty"], [data-testid="inspector.multi"], [data-testid="inspector.service"], [data-testid="inspector.flow"], [data-testid="inspector.context"], [data-testid="inspector.gateway"], [data-testid="inspector.database"], [data-testid="inspector.broker"])');
  await expect(own).toHaveCount(1);
  await page.evaluate(() => document.querySelectorAll('[data-testid="inspector.what-if-down"], [data-testid="inspector.flow.availability"]').forEach((el) => el.setAttribute("data-i18n-skip", "")));
  const text = await own.evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-i18n-skip]").forEach((el) => el.remove());
    // Options of a select are read too: a person opens the list.
    copy.querySelectorAll("option").forEach((o) => o.replaceWith(` ${o.textContent ?? ""} `));
    // Labels a screen reader speaks count as much as the visible ones.
    const spoken = Array.from(copy.querySelectorAll("[aria-label], [title], [placeholder]")).map((el) => [el.getAttribute("aria-label"), el.getAttribute("title"), el.getAttribute("placeholder")].filter(Boolean).join(" "));
    const words: string[] = [];
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) words.push(walker.currentNode.textContent ?? "");
    return `${words.join(" ")}\n${spoken.join("\n")}`;
  });
  let rest = text;
  for (const word of DESIGN) rest = rest.split(word).join(" ");
  return rest.replace(ALLOWED, " ").match(/[A-Za-z]{2,}/g) ?? [];
}

async function selectEdge(page: Page, app: { edge(id: string): Locator }, id: string) {
  await app.edge(id).locator("path").last().dispatchEvent("click");
  await expect(page.getByTestId("inspector.flow.id")).toHaveValue(id);
}

test("every inspector form and the editing notices in zh-CN, without English UI words", async ({ app, page }) => {
  await app.openFresh();
  await expect(page.getByTestId("inspector.title")).toHaveText("未选中任何内容");
  expect(await inspectorEnglish(page)).toEqual([]);

  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();

  // A service, and a refusal in Chinese with the figure kept.
  await app.node("order-service").click();
  await expect(page.getByTestId("inspector.service.id")).toHaveValue("order-service");
  await expect(page.getByTestId("inspector.service")).toContainText("健康检查");
  await page.getByTestId("inspector.service.split.enabled").check();
  await expect(page.getByTestId("inspector.service")).toContainText("业务复杂度");
  await page.getByTestId("inspector.service.port").fill("70000");
  await expect(page.getByTestId("inspector.error.port")).toHaveText("端口不能大于 65535。");
  expect(await inspectorEnglish(page)).toEqual([]);
  await page.keyboard.press("Escape");

  // A call with a circuit breaker, and a gateway route with a retry.
  await selectEdge(page, app, "order-reserves-stock");
  await expect(page.getByTestId("inspector.flow")).toContainText("熔断");
  expect(await inspectorEnglish(page)).toEqual([]);
  await selectEdge(page, app, "route-orders");
  await expect(page.getByTestId("inspector.flow")).toContainText("网关路由");
  await expect(page.getByTestId("inspector.flow.retry.note")).toContainText("重试");
  expect(await inspectorEnglish(page)).toEqual([]);

  // A bounded context, its members counted.
  await app.node("ordering").click({ position: { x: 12, y: 8 } });
  await expect(page.getByTestId("inspector.context.id")).toHaveValue("ordering");
  await expect(page.getByTestId("inspector.context.members")).toContainText("个服务");
  expect(await inspectorEnglish(page)).toEqual([]);

  // The gateway, a database and the broker.
  await app.node("api-gateway").click();
  await expect(page.getByTestId("inspector.gateway.id")).toHaveValue("api-gateway");
  await expect(page.getByTestId("inspector.gateway")).toContainText("负载均衡");
  expect(await inspectorEnglish(page)).toEqual([]);
  await app.node("order-db").click();
  await expect(page.getByTestId("inspector.database.id")).toHaveValue("order-db");
  await expect(page.getByTestId("inspector.database")).toContainText("引擎");
  expect(await inspectorEnglish(page)).toEqual([]);
  await app.node("events").click();
  await expect(page.getByTestId("inspector.broker.id")).toHaveValue("events");
  await expect(page.getByTestId("inspector.broker")).toContainText("限界上下文");
  expect(await inspectorEnglish(page)).toEqual([]);

  // Several at once.
  await app.focusCanvas();
  await page.keyboard.press("Control+a");
  await expect(page.getByTestId("inspector.multi.summary")).toContainText("10 个服务");
  await expect(page.getByTestId("inspector.title")).toContainText("已选中");
  expect(await inspectorEnglish(page)).toEqual([]);

  // Notices: a context cannot be connected, and a refused connection says why.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("inspector.empty")).toBeVisible();
  await app.node("ordering").click({ position: { x: 12, y: 8 } });
  await expect(page.getByTestId("inspector.context.id")).toHaveValue("ordering");
  await page.keyboard.press("c");
  const warning = page.getByTestId("notice.warning");
  await expect(warning).toContainText("限界上下文不能连接");
  expect(await englishIn(warning)).toEqual([]);
  await expect(warning.getByRole("button", { name: "关闭" })).toBeVisible();
  await warning.getByRole("button", { name: "关闭" }).click();
  await app.connect("order-db", "order-service");
  await expect(warning).toContainText("数据库不会调用任何东西");
  expect(await englishIn(page.getByTestId("notice.warning"))).toEqual([]);
});

test("new elements are named in Chinese, and their ids follow a Chinese name and then an English one", async ({ app, page }) => {
  await app.openFresh();
  await page.getByTestId("palette.service").click();
  await expect(page.getByTestId("node-name.service-1")).toHaveText("新服务");
  await page.getByTestId("palette.service").click();
  await expect(page.getByTestId("node-name.service-2")).toHaveText("新服务 2");
  await expect(page.getByTestId("inspector.service.id")).toHaveValue("service-2");
  await page.getByTestId("inspector.service.name").fill("订单服务");
  await expect(page.getByTestId("node-name.service-2")).toHaveText("订单服务");
  await page.getByTestId("inspector.service.name").fill("Order Service");
  await expect(page.getByTestId("inspector.service.id")).toHaveValue("order-service");
  await expect(page.getByTestId("node-name.order-service")).toHaveText("Order Service");
});
