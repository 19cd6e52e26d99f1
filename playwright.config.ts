import { spawnSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

/**
 * Real Chromium from Debian (Playwright must not download its own browser
 * here); CHROMIUM_PATH points elsewhere on other machines. The app is the
 * production build served by `vite preview`, as users get it; one spec
 * checks the dev server too.
 */
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * The preview server runs on E2E_PORT when given, else on a port the kernel
 * says is free, so the tests never meet (or reuse) a server of the user's;
 * likewise the dev server (`npm run dev`, the README's first command) on
 * E2E_DEV_PORT. The choice goes into the environment: workers load this
 * config again and must agree on the ports.
 */
const chosenPort = Boolean(process.env.E2E_PORT);
function freePortInto(name: string): number {
  if (!process.env[name]) {
    const probe = spawnSync(process.execPath, ["-e", "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"], { encoding: "utf8" });
    process.env[name] = probe.stdout.trim();
  }
  return Number(process.env[name]);
}
export const PORT = freePortInto("E2E_PORT");
const DEV_PORT = freePortInto("E2E_DEV_PORT");

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // No retries: a test that needs one is flaky and gets fixed (the page objects wait for the canvas to settle).
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    trace: "off",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "app", testIgnore: /dev-server\.spec\.ts/ },
    // The README's first command: the app as `npm run dev` serves it, unbuilt.
    { name: "dev", testMatch: /dev-server\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${DEV_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      // Only a port the person chose may hold a server they started on purpose.
      reuseExistingServer: chosenPort && !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npm run --silent dev -- --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
