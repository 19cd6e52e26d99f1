/**
 * The export dialog, driven as a person does: pick a target, read the
 * preview and its caveats, download. Every download is compared byte for
 * byte with `seams export` run on the file the app's Save writes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Download, Page } from "@playwright/test";
import { generateDesign } from "../src/core/analysis/generate-design";
import { test, expect, type SeamsApp } from "./fixtures";

const work = mkdtempSync(join(tmpdir(), "seams-export-e2e-"));
let fileSeq = 0;

async function downloadedText(page: Page, click: () => Promise<void>): Promise<{ text: string; name: string }> {
  const download: Promise<Download> = page.waitForEvent("download");
  await click();
  const d = await download;
  const file = join(work, `download-${++fileSeq}`);
  await d.saveAs(file);
  return { text: readFileSync(file, "utf8"), name: d.suggestedFilename() };
}

/** The design file exactly as the toolbar's Save writes it, on disk. */
async function savedFile(page: Page): Promise<{ path: string; text: string }> {
  const { text } = await downloadedText(page, () => page.getByTestId("toolbar.save").click());
  const path = join(work, `design-${++fileSeq}.seams.json`);
  writeFileSync(path, text);
  return { path, text };
}

/** `seams export` on the command line, as a person would run it on the saved file. */
function cliExport(target: string, designPath: string, ...extra: string[]): string {
  return execFileSync("npx", ["tsx", "src/cli/main.ts", "export", target, designPath, ...extra], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

async function openExport(page: Page) {
  await page.getByTestId("toolbar.export").click();
  await expect(page.getByRole("dialog", { name: "Export" })).toBeVisible();
}

async function openFile(app: SeamsApp, design: unknown, name: string) {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(design));
  const chooser = app.page.waitForEvent("filechooser");
  await app.page.getByTestId("toolbar.open").click();
  await (await chooser).setFiles(path);
}

test("nginx for mall-go: upstreams and route paths in the preview, caveats by name, and the download is the command line's output", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const design = await savedFile(page);
  const loadedScripts = () => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()!));
  // The exporters load with the dialog, not with the editor.
  expect((await loadedScripts()).filter((n) => /ExportDialog|export\.worker/.test(n))).toEqual([]);
  await openExport(page);
  await page.getByTestId("export.target.nginx").click();

  const preview = page.getByTestId("export.preview");
  await expect(preview).toContainText("upstream");
  await expect(preview).toContainText("location /api/users");
  await expect(page.getByTestId("export.filename")).toHaveText("api-gateway.nginx.conf");
  const caveats = page.getByTestId("export.caveats");
  await expect(caveats).toContainText("What this target cannot express");
  await expect(caveats).toContainText("nginx matches route paths as plain prefixes");
  // Element names as on the canvas, not ids.
  await expect(caveats.getByRole("button", { name: "/api/users → user-service" }).first()).toBeVisible();
  // Folded away for room, and back.
  await page.getByTestId("export.caveats.toggle").click();
  await expect(caveats.getByTestId("export.caveat")).toHaveCount(0);
  await page.getByTestId("export.caveats.toggle").click();
  await expect(caveats.getByTestId("export.caveat")).toHaveCount(9);

  const { text, name } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(name).toBe("api-gateway.nginx.conf");
  expect(text).toBe(cliExport("nginx", design.path));
  const chunks = (await loadedScripts()).filter((n) => /ExportDialog|export\.worker/.test(n)).map((n) => n.replace(/-[\w-]{8}\.js$/, ""));
  expect([...new Set(chunks)]).toEqual(["ExportDialog", "export.worker"]);
  await page.screenshot({ path: "/tmp/seams-export-nginx.png" });
});

test("consul for mall-go: the download is the command line's output", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const design = await savedFile(page);
  await openExport(page);
  await page.getByTestId("export.target.consul").click();
  await expect(page.getByTestId("export.filename")).toHaveText("consul-services.json");
  await expect(page.getByTestId("export.preview")).toContainText('"name": "user-service"');
  await expect(page.getByTestId("export.caveats")).toContainText("Consul raises anything under 1m to 1m");
  // No gateway picker for a registry target.
  await expect(page.getByTestId("export.gateway")).toHaveCount(0);
  const { text } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(text).toBe(cliExport("consul", design.path));
});

test("Design JSON downloads the same bytes as Save", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const design = await savedFile(page);
  await openExport(page);
  await page.getByTestId("export.target.design-json").click();
  await expect(page.getByTestId("export.filename")).toHaveText("mall-go.seams.json");
  const { text, name } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(name).toBe("mall-go.seams.json");
  expect(text).toBe(design.text);
});

test("with one gateway a gateway target needs no picker; with two, the picker chooses which one is exported", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await openExport(page);
  await page.getByTestId("export.target.haproxy").click();
  await expect(page.getByTestId("export.filename")).toHaveText("api-gateway.haproxy.cfg");
  await expect(page.getByTestId("export.gateway")).toHaveCount(0);
  await expect(page.getByTestId("export.gateway-single")).toContainText("api-gateway");
  await page.getByTestId("export.close").click();

  // mall-go with a second, admin gateway routing /admin to the user service.
  await app.openTemplate("mall-go");
  const mall = JSON.parse((await savedFile(page)).text);
  mall.name = "two gateways";
  mall.gateways.push({ id: "admin-gateway", name: "Admin Gateway", port: 9000 });
  mall.flows.push({ id: "route-admin", from: "admin-gateway", to: "user-service", kind: "sync", protocol: "http", path: "/admin/users" });
  await openFile(app, mall, "two-gateways.seams.json");
  await expect(app.node("admin-gateway")).toBeVisible();
  const design = await savedFile(page);

  await openExport(page);
  await page.getByTestId("export.target.nginx").click();
  const picker = page.getByTestId("export.gateway");
  await expect(picker).toBeVisible();
  await expect(picker.locator("option")).toHaveText(["api-gateway", "Admin Gateway (admin-gateway)"]);
  await expect(page.getByTestId("export.filename")).toHaveText("api-gateway.nginx.conf");
  await picker.selectOption("admin-gateway");
  await expect(page.getByTestId("export.filename")).toHaveText("admin-gateway.nginx.conf");
  await expect(page.getByTestId("export.preview")).toContainText("/admin/users");
  await expect(page.getByTestId("export.preview")).not.toContainText("location /api/orders");
  const { text } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(text).toBe(cliExport("nginx", design.path, "--gateway", "admin-gateway"));
  await page.screenshot({ path: "/tmp/seams-export-picker.png" });
});

test("a gateway target on a design without a gateway says why, and offers nothing to download", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("blank");
  await openExport(page);
  await page.getByTestId("export.target.kong").click();
  await expect(page.getByTestId("export.problem")).toContainText("This design has no gateway to export");
  await expect(page.getByTestId("export.download")).toBeDisabled();
  await expect(page.getByTestId("export.copy")).toBeDisabled();
  await page.screenshot({ path: "/tmp/seams-export-problem.png" });
  // A registry target still works on the same design.
  await page.getByTestId("export.target.kubernetes").click();
  await expect(page.getByTestId("export.problem")).toHaveCount(0);
  await expect(page.getByTestId("export.download")).toBeEnabled();
});

test("the dialog is modal: canvas shortcuts pause, Tab stays inside, Escape and a click outside close it, focus returns", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await openExport(page);
  const dialog = page.getByRole("dialog", { name: "Export" });
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(page.locator("[data-modal-open]")).toHaveCount(1);
  await expect(page.getByTestId("export.target.gateway-json")).toBeFocused();
  // Keys the canvas would act on (delete the selection, undo the template) do nothing while the dialog is open.
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Control+z");

  // Arrow keys move the choice.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("export.target.nginx")).toBeFocused();
  await expect(page.getByTestId("export.filename")).toHaveText("api-gateway.nginx.conf");

  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("toolbar.export")).toBeFocused();
  await expect(app.node("order-service")).toBeVisible();
  expect((await app.savedDesign()).services).toHaveLength(10);

  await openExport(page);
  // Reopens on the last choice.
  await expect(page.getByTestId("export.target.nginx")).toHaveAttribute("aria-selected", "true");
  await page.mouse.click(10, 450);
  await expect(dialog).toHaveCount(0);
});

test("Copy puts the whole file on the clipboard and says Copied", async ({ app, page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await app.openFresh();
  await app.openTemplate("mall-go");
  await openExport(page);
  await page.getByTestId("export.target.krakend").click();
  await expect(page.getByTestId("export.filename")).toHaveText("api-gateway.krakend.json");
  const { text } = await downloadedText(page, () => page.getByTestId("export.download").click());
  await page.getByTestId("export.copy").click();
  await expect(page.getByTestId("export.copy")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("a caveat's element name shows that element on the canvas", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  await openExport(page);
  await page.getByTestId("export.target.consul").click();
  await page.getByTestId("export.caveats").getByRole("button", { name: "order-service", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Export" })).toHaveCount(0);
  await expect(app.node("order-service")).toHaveClass(/selected/);
});

test("a large design: exports run in a worker where the newest choice wins, the preview is capped and the download complete", async ({ app, page }) => {
  // 1,000 services: Kubernetes YAML is 1.5 MB, well past the preview's 200 KB. The
  // canvas takes most of a minute to take in 10,000, and the dialog's part is the same.
  test.setTimeout(120_000);
  // The export worker now writes Kubernetes for this design in some 50 ms, under the 150 ms before "Generating…" shows, so its big replies are
  // held back 2 s: long enough to be left, and late enough to arrive after HAProxy's if not dropped.
  await page.route("**/assets/export.worker-*.js", async (route) => {
    const body = await (await route.fetch()).text();
    const hold = "const post = self.postMessage.bind(self); self.postMessage = (m, t) => setTimeout(() => post(m, t), JSON.stringify(m).length > 500000 ? 2000 : 0);\n";
    await route.fulfill({ contentType: "text/javascript", body: hold + body });
  });
  await app.openFresh();
  const large = generateDesign({ services: 1_000, flowsPerService: 3, seed: 1 });
  await openFile(app, large, "large.seams.json");
  await expect(page.getByTestId("toolbar.name")).toHaveValue(large.name, { timeout: 60_000 });
  await page.getByTestId("toolbar.export").click();
  await expect(page.getByRole("dialog", { name: "Export" })).toBeVisible({ timeout: 30_000 });

  await expect(page.getByTestId("export.filename")).toHaveText(`${large.gateways![0]!.id}.gateway.json`);
  // Kubernetes is left while it runs (its big reply held back, above): its late result must never replace HAProxy's.
  await page.getByTestId("export.target.kubernetes").click();
  // Checked every frame: the window between "Generating…" and the result can be short.
  await page.waitForFunction(() => document.querySelector('[data-testid="export.meta"]')?.textContent === "Generating…", null, { polling: "raf" });
  await page.getByTestId("export.target.haproxy").click();
  await expect(page.getByTestId("export.filename")).toHaveText(`${large.gateways![0]!.id}.haproxy.cfg`);
  await page.waitForTimeout(3000);
  await expect(page.getByTestId("export.filename")).toHaveText(`${large.gateways![0]!.id}.haproxy.cfg`);
  await expect(page.getByTestId("export.preview")).toContainText("backend ");

  await page.getByTestId("export.target.kubernetes").click();
  await expect(page.getByTestId("export.filename")).toHaveText("kubernetes.yaml", { timeout: 30_000 });
  await expect(page.getByTestId("export.truncated")).toContainText("the download is complete");
  // One <pre> per run of lines, each without its last newline.
  const shown = (await page.getByTestId("export.preview").locator("pre").allTextContents()).join("\n") + "\n";
  expect(shown.length).toBeLessThanOrEqual(200_000);
  const { text } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(text.length).toBeGreaterThan(5 * shown.length);
  expect(text.startsWith(shown)).toBe(true);
  expect(text).toContain(`name: ${large.services!.at(-1)!.id}`);
  await page.screenshot({ path: "/tmp/seams-export-large.png" });
});

test("a dialog chunk that fails to load leaves the editor working, says so, and the next click tries again", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("circular");
  await page.route("**/assets/ExportDialog-*.js", (route) => route.abort());
  await page.getByTestId("toolbar.export").click();
  await expect(page.getByTestId("notice.error")).toContainText("Could not open the export dialog");
  await expect(app.node("user-service")).toBeVisible();
  await page.unroute("**/assets/ExportDialog-*.js");
  await page.getByTestId("toolbar.export").click();
  await expect(page.getByRole("dialog", { name: "Export" })).toBeVisible();
});

test("diagrams for mall-go: the Diagrams group offers draw.io, whose download is the command line's output", async ({ app, page }) => {
  await app.openFresh();
  await app.openTemplate("mall-go");
  const design = await savedFile(page);
  await openExport(page);
  const diagrams = page.getByRole("group", { name: "Diagrams" });
  await expect(diagrams.getByRole("option")).toHaveText([/^Mermaid/, /^PlantUML C4/, /^Structurizr DSL/, /^LikeC4/, /^D2/, /^draw\.io/]);
  await diagrams.getByRole("option", { name: /^Mermaid/ }).click();
  await expect(page.getByTestId("export.preview")).toContainText("flowchart LR");
  await expect(page.getByTestId("export.gateway")).toHaveCount(0);
  // The list box moves with the keyboard, as any list does: End is the last target of the last group.
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("export.target.drawio")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("export.filename")).toHaveText("architecture.drawio");
  await expect(page.getByTestId("export.preview")).toContainText('id="e:order-db"');
  const { text, name } = await downloadedText(page, () => page.getByTestId("export.download").click());
  expect(name).toBe("architecture.drawio");
  expect(text).toBe(cliExport("drawio", design.path));
});
