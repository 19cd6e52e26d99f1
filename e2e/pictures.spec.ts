import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '"><script>alert(1)</script>';

const hostileDesign = {
  format: "seams-design",
  version: 1,
  name: "hostile names",
  contexts: [{ id: "ctx", name: SCRIPT }],
  services: [
    { id: "a", name: IMG, context: "ctx" },
    { id: "b", name: SCRIPT, context: "ctx" },
  ],
  flows: [{ id: "f", from: "a", to: "b", kind: "sync" }],
  layout: { ctx: { x: 0, y: 0, width: 600, height: 260 }, a: { x: 40, y: 80 }, b: { x: 340, y: 80 } },
};

test("the design saves as an SVG picture with its names as text and nothing that can run", async ({ app, page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.openFresh();
  await expect(page.getByTestId("toolbar.picture")).toBeDisabled();
  await app.openDesignFile(hostileDesign);
  await expect(page.getByTestId("node-name.a")).toHaveText(IMG);
  // Something on the canvas that carries handlers and a script (an extension could add as much): the picture must not keep them.
  await page.evaluate(() => {
    const node = document.querySelector('[data-testid="rf__node-a"]')!;
    const span = document.createElement("span");
    span.setAttribute("onclick", "window.__pwned=1");
    span.textContent = "planted";
    node.appendChild(span);
    node.appendChild(Object.assign(document.createElement("script"), { textContent: "window.__pwned=1" }));
    const link = document.createElementNS("http://www.w3.org/2000/svg", "a");
    link.setAttribute("href", "javascript:window.__pwned=1");
    document.querySelector(".react-flow__edges svg, .react-flow__edges")?.appendChild(link);
  });

  await page.getByTestId("toolbar.picture").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("picture.svg").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("hostile-names.svg");
  const text = readFileSync(await file.path(), "utf8");
  expect(text.startsWith("<svg")).toBe(true);
  // Styles each element would get anyway are left out: with every property on every element, this picture was 378,000 characters.
  expect(text.length).toBeLessThan(100_000);
  expect(text).not.toMatch(/<script/i);
  expect(text).not.toMatch(/javascript:/i);

  // Read back by the browser's own parser: the names are text, the planted parts are gone.
  const found = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const all = Array.from(doc.getElementsByTagName("*"));
    return {
      parseErrors: doc.getElementsByTagName("parsererror").length,
      scripts: all.filter((el) => el.localName.toLowerCase() === "script").length,
      handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => a.name)),
      imgs: all.filter((el) => el.localName.toLowerCase() === "img").length,
      text: doc.documentElement.textContent ?? "",
      width: doc.documentElement.getAttribute("width"),
      edgeStrokes: all.filter((el) => el.getAttribute("class")?.includes("react-flow__edge-path")).map((el) => /(?:^|;)\s*stroke:\s*([^;]+)/.exec(el.getAttribute("style") ?? "")?.[1] ?? "none"),
    };
  }, text);
  expect(found.parseErrors).toBe(0);
  expect(found.scripts).toBe(0);
  expect(found.handlers).toEqual([]);
  expect(found.imgs).toBe(0);
  expect(found.text).toContain(IMG);
  expect(found.text).toContain(SCRIPT);
  expect(found.text).toContain("planted");
  expect(Number(found.width)).toBeGreaterThan(600);
  // The flow's line is painted as on screen (html-to-image alone leaves SVG lines unstroked).
  expect(found.edgeStrokes).toHaveLength(1);
  expect(found.edgeStrokes[0]).toMatch(/^rgb/);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("the design saves as a PNG picture of all of it, not just what is on screen", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await expect(app.node("order-service")).toBeVisible();
  // Zoomed in on a corner: the picture must still frame every element.
  await page.getByTestId("canvas").hover();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);

  await page.getByTestId("toolbar.picture").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("picture.png").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("mall-go.png");
  const png = readFileSync(await file.path());
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const layout = (await app.savedDesign()).layout as Record<string, { x: number; y: number; width?: number }>;
  const xs = Object.values(layout).map((b) => b.x + (b.width ?? 0));
  const span = Math.max(...xs) - Math.min(...Object.values(layout).map((b) => b.x));
  // Twice the pixels, at canvas scale: at least the design's width.
  expect(width).toBeGreaterThanOrEqual(2 * span);
  expect(height).toBeGreaterThan(400);
});

test("Chinese names are drawn as Chinese in the PNG, not as missing-glyph boxes", async ({ app, page }) => {
  // Two designs that differ only in a Chinese name of the same length: with no CJK font every
  // character is the same box and the two pictures come out byte for byte the same.
  const pictureOf = async (name: string) => {
    await app.openDesignFile({
      format: "seams-design",
      version: 1,
      name: "中文",
      contexts: [{ id: "ctx", name: "订单上下文" }],
      services: [{ id: "svc", name, context: "ctx" }],
      flows: [],
      layout: { ctx: { x: 0, y: 0, width: 400, height: 220 }, svc: { x: 60, y: 80 } },
    });
    await expect(page.getByTestId("node-name.svc")).toHaveText(name);
    await page.getByTestId("toolbar.picture").click();
    const download = page.waitForEvent("download");
    await page.getByTestId("picture.png").click();
    return readFileSync(await (await download).path());
  };
  await app.openFresh();
  const orders = await pictureOf("订单服务");
  const stock = await pictureOf("库存服务");
  expect(orders.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(orders.equals(stock)).toBe(false);
});
