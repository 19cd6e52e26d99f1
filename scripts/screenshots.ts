/**
 * Takes the screenshots in docs/ (light and dark) from the production build:
 * `npm run build && npm run screenshots`. Serves dist/ with `vite preview` on
 * a free port on 127.0.0.1 and stops that server (only it) when done.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { chromium, type Page } from "@playwright/test";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function openTemplate(page: Page, base: string, id: string) {
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  await page.goto(base);
  await page.getByTestId("toolbar.new").click();
  await page.getByTestId(`template.${id}`).click();
  await page.locator(".react-flow__node").first().waitFor();
  await page.waitForTimeout(800); // the analysis badges and the framing settle
}

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// The server itself, not an npx wrapper: killing the wrapper would leave the server running.
const vite = join(dirname(createRequire(import.meta.url).resolve("vite/package.json")), "bin", "vite.js");
const server = spawn(process.execPath, [vite, "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  await waitFor(base);
  for (const theme of ["light", "dark"] as const) {
    const suffix = theme === "light" ? "" : "-dark";
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme, reducedMotion: "reduce" });

    await openTemplate(page, base, "mall-go");
    await page.screenshot({ path: `docs/screenshot-mall-go${suffix}.png` });

    // Find: Ctrl+K over elements, flows, findings and commands.
    await page.keyboard.press("Control+k");
    await page.getByTestId("find.input").waitFor();
    await page.keyboard.type("order");
    await page.waitForTimeout(200);
    await page.screenshot({ path: `docs/screenshot-find${suffix}.png` });
    await page.keyboard.press("Escape");

    // A flagged cycle: the finding clicked, its services and calls highlighted.
    await openTemplate(page, base, "circular");
    await page.getByTestId("finding.circular-dependency").click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `docs/screenshot-cycle${suffix}.png` });
    await page.close();
  }
  console.log("wrote docs/screenshot-{mall-go,find,cycle}{,-dark}.png");
} finally {
  await browser.close();
  server.kill();
}
