/**
 * The export dialog in Chinese: the caveats are listed in Chinese, the file
 * carries them as Chinese comments (the bytes `seams export --lang zh-CN`
 * writes for the saved file), and a target the design cannot feed says why
 * in Chinese.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Download, Page } from "@playwright/test";
import { test, expect } from "./fixtures";

test.use({ locale: "zh-CN" });

const work = mkdtempSync(join(tmpdir(), "seams-export-zh-e2e-"));
let fileSeq = 0;

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const download: Promise<Download> = page.waitForEvent("download");
  await click();
  const file = join(work, `download-${++fileSeq}`);
  await (await download).saveAs(file);
  return readFileSync(file, "utf8");
}

test("nginx for mall-go in zh-CN: Chinese caveats in the list and in the file, the command line's bytes", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const designPath = join(work, "mall-go.seams.json");
  writeFileSync(designPath, await downloadedText(page, () => page.getByTestId("toolbar.save").click()));

  await page.getByTestId("toolbar.export").click();
  await expect(page.getByRole("dialog", { name: "导出" })).toBeVisible();
  await page.getByTestId("export.target.nginx").click();
  const caveats = page.getByTestId("export.caveats");
  await expect(caveats).toContainText("此目标无法表达的内容");
  await expect(caveats).toContainText("nginx 把路由路径当作普通前缀匹配");
  await expect(caveats).not.toContainText("What this target cannot express");
  await expect(page.getByTestId("export.caveats.toggle")).toHaveText("隐藏");
  await expect(page.getByTestId("export.preview")).toContainText("# 注意事项（此目标无法表达的设计内容）：");
  await page.screenshot({ path: "scripts/_export-zh.png" });

  const text = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(text).toContain("# - nginx 开源版自身无法校验 JWT");
  expect(text).toBe(execFileSync("npx", ["tsx", "src/cli/main.ts", "export", "nginx", designPath, "--lang", "zh-CN"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
});

test("a gateway target for a design without a gateway says why in Chinese", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  // The template's only gateway goes.
  await app.node("api-gateway").click();
  await page.keyboard.press("Delete");
  await expect(app.node("api-gateway")).toHaveCount(0);
  await page.getByTestId("toolbar.export").click();
  await page.getByTestId("export.target.nginx").click();
  const problem = page.getByTestId("export.problem");
  await expect(problem).toContainText("还没有可导出到 nginx 的内容");
  await expect(page.getByTestId("export.problem.message")).toHaveText("这个设计没有可导出的网关；请添加一个网关，并连上通往服务的路由。");
});
