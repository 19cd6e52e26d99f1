/**
 * The A/B figure for canvas rendering work that survives a loaded machine:
 * opens a generated design in Seams (Open, pick the file), pans it with
 * mouse input at 125 Hz while Chromium traces every process, and prints the
 * thread CPU time (`tdur`, not wall time: a preempted thread does not count)
 * of each thread kind per animation frame, median of BENCH_RUNS pans.
 *
 *   npx vite build && npx tsx bench/pan-trace.ts            # 10,000 services
 *   BENCH_SIZES=1000 BENCH_RUNS=5 npx tsx bench/pan-trace.ts
 *   BENCH_DIST=.tmp/dist-before BENCH_SHOT=scripts/_before.png npx tsx bench/pan-trace.ts
 *   BENCH_CSS='.seams-dot-grid{display:none}' npx tsx bench/pan-trace.ts   # what a part costs
 *
 * Frame rate on a machine other jobs share says little; the CPU a frame
 * costs (renderer main thread, compositor, raster workers, the viz display
 * compositor that does software compositing) changes only with the page.
 */
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { generateDesign } from "../src/core/analysis/generate-design";
import { layOutForScreen } from "./lay-out-for-screen";

const root = new URL("..", import.meta.url).pathname;
const SIZE = Number(process.env.BENCH_SIZES ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MEASURE_MS = Number(process.env.BENCH_MS ?? 3000);
const SHOT = process.env.BENCH_SHOT;
/** The build to serve: another folder lets an A/B run serve the build before a change beside the one after it. */
const DIST = process.env.BENCH_DIST ?? join(root, "dist"); // a screenshot of the design at rest, to compare what is drawn before and after a change

interface TraceEvent { ph: string; name: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string }; cat?: string }

/** Thread kinds as a person reading a trace names them. */
function kindOf(process: string, thread: string): string | undefined {
  if (/^Renderer/.test(process)) {
    if (thread === "CrRendererMain") return "renderer main";
    if (thread === "Compositor") return "renderer compositor";
    // Software raster runs on the renderer's thread pool (tile workers).
    if (/CompositorTileWorker|RasterWorker|ThreadPoolForegroundWorker/.test(thread)) return "raster workers";
    return undefined;
  }
  if (/^GPU/.test(process)) return thread === "VizCompositorThread" ? "viz compositor" : "gpu process other";
  if (/^Browser/.test(process) && thread === "CrBrowserMain") return "browser main";
  return undefined;
}

const TOP_LEVEL = new Set(["ThreadControllerImpl::RunTask", "ThreadPool_RunTask"]);

function cpuByKind(events: TraceEvent[]): Map<string, number> {
  const procs = new Map<number, string>();
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== "M") continue;
    if (e.name === "process_name") procs.set(e.pid, e.args?.name ?? "");
    if (e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  }
  const sum = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== "X" || !TOP_LEVEL.has(e.name)) continue;
    const kind = kindOf(procs.get(e.pid) ?? "", threads.get(`${e.pid}:${e.tid}`) ?? "");
    if (!kind) continue;
    sum.set(kind, (sum.get(kind) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return sum;
}

async function pan(page: Page, x: number, y: number) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: "mousePressed" | "mouseReleased" | "mouseMoved", px: number, py: number) => cdp.send("Input.dispatchMouseEvent", { type, x: px, y: py, button: "left", buttons: type === "mouseReleased" ? 0 : 1, clickCount: type === "mouseMoved" ? 0 : 1 });
  await cdp.send("Input.dispatchMouseEvent", { type: "mouseMoved", x, y, button: "none" });
  await send("mousePressed", x, y);
  const inflight: Promise<unknown>[] = [];
  const t0 = Date.now();
  let i = 0;
  let last = { x, y };
  while (Date.now() - t0 < MEASURE_MS) {
    i++;
    const phase = (i % 120) / 120;
    last = { x: x + Math.sin(phase * Math.PI * 2) * 120, y: y + Math.cos(phase * Math.PI * 2) * 60 - 60 };
    if (process.env.BENCH_ROUND) last = { x: Math.round(last.x), y: Math.round(last.y) };
    inflight.push(send("mouseMoved", last.x, last.y));
    const wait = t0 + (i * 1000) / 125 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.race([Promise.all(inflight), new Promise((r) => setTimeout(r, 10_000))]);
  await send("mouseReleased", last.x, last.y);
  await cdp.detach();
}

async function main() {
  const server = createServer((req, res) => {
    let file = join(DIST, new URL(req.url ?? "/", "http://x").pathname);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(DIST, "index.html");
    const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const design = layOutForScreen(generateDesign({ services: SIZE, flowsPerService: 1.5, seed: 1 }));
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const file = join(root, `.tmp/pan-trace-${SIZE}.seams.json`);
  writeFileSync(file, JSON.stringify(design));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
  const results: { frames: number; updates: number; cpu: Map<string, number> }[] = [];
  try {
    // With BENCH_SHOT, a first page only takes the picture at rest, before any pan: Playwright stops and restarts
    // CSS animations for a still picture, and an animation restarted by script no longer follows the stylesheet.
    for (let run = SHOT ? -1 : 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript("globalThis.__name = (f) => f;");
      await page.goto(url);
      await page.getByTestId("canvas").waitFor();
      const chooser = page.waitForEvent("filechooser");
      await page.getByTestId("toolbar.open").click();
      await (await chooser).setFiles(file);
      await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length > 0, undefined, { timeout: 120_000 });
      // The findings and their badges are drawn once the worker has judged the design; then autosave settles.
      await page.waitForFunction(() => document.documentElement.dataset.analysisMs !== undefined, undefined, { timeout: 120_000 });
      await page.waitForTimeout(2000);
      // Turning a part off to see what it costs, e.g. BENCH_CSS='.seams-dot-grid{display:none}'.
      if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
      if (run < 0) {
        await page.waitForTimeout(5000); // badges and the findings list follow the analysis; on a loaded machine, late
        await page.screenshot({ path: SHOT, animations: "disabled" });
        await context.close();
        continue;
      }
      const r = await page.evaluate(() => document.querySelector(".react-flow")!.getBoundingClientRect().toJSON() as DOMRect);
      const p = await page.evaluate(({ left, top, width, height }) => {
        for (let fy = 0.1; fy < 0.95; fy += 0.05)
          for (let fx = 0.1; fx < 0.9; fx += 0.05) {
            const x = left + width * fx, y = top + height * fy;
            if (document.elementFromPoint(x, y)?.classList.contains("react-flow__pane")) return { x, y };
          }
        return { x: left + 20, y: top + 20 };
      }, r);
      await page.evaluate(() => {
        const w = window as unknown as { __m: { frames: number; updates: number; last: string; run: boolean } };
        w.__m = { frames: 0, updates: 0, last: "", run: true };
        const tick = () => {
          if (!w.__m.run) return;
          w.__m.frames++;
          const t = document.querySelector<HTMLElement>(".react-flow__viewport")?.style.transform ?? "";
          if (t !== w.__m.last) {
            w.__m.updates++;
            w.__m.last = t;
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await browser.startTracing(undefined, { categories: (process.env.BENCH_TRACE_CATEGORIES ?? "toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,cc").split(",") });
      await pan(page, p.x, p.y);
      const m = await page.evaluate(() => {
        const w = window as unknown as { __m: { frames: number; updates: number; run: boolean } };
        w.__m.run = false;
        return { frames: w.__m.frames, updates: w.__m.updates };
      });
      const buf = await browser.stopTracing();
      const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
      results.push({ ...m, cpu: cpuByKind(events) });
      if (process.env.BENCH_TRACE_OUT) writeFileSync(`${process.env.BENCH_TRACE_OUT}-${run}.json`, buf);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const kinds = [...new Set(results.flatMap((r) => [...r.cpu.keys()]))].sort();
  const perFrame = (r: (typeof results)[number], k: string) => (r.cpu.get(k) ?? 0) / Math.max(1, r.frames);
  const lines = [
    `Pan of ${SIZE.toLocaleString("en")} services for ${MEASURE_MS / 1000} s, ${RUNS} runs: CPU ms per animation frame (thread time), median (each run)`,
    "",
    "| thread | ms per frame | runs |",
    "|---|---:|---|",
    ...kinds.map((k) => `| ${k} | ${median(results.map((r) => perFrame(r, k))).toFixed(2)} | ${results.map((r) => perFrame(r, k).toFixed(2)).join(", ")} |`),
    `| **all** | **${median(results.map((r) => kinds.reduce((a, k) => a + perFrame(r, k), 0))).toFixed(2)}** | ${results.map((r) => kinds.reduce((a, k) => a + perFrame(r, k), 0).toFixed(2)).join(", ")} |`,
    "",
    `frames: ${results.map((r) => r.frames).join(", ")}; viewport updates: ${results.map((r) => r.updates).join(", ")}; CPU ms per second of panning, all threads: ${results.map((r) => ([...r.cpu.values()].reduce((a, b) => a + b, 0) / (MEASURE_MS / 1000)).toFixed(0)).join(", ")}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

void main();
