/**
 * Canvas performance, measured in headless Chromium (software rendering, as
 * on this machine) on generated designs of 300, 1,000 and 10,000 services,
 * for Seams and for two React Flow baselines drawing the same graph: plain
 * (as a team would first write it) and tuned (as React Flow's docs advise,
 * `bench/tuned-react-flow/`). Each cell is the median of BENCH_RUNS (3) runs,
 * each in a fresh page, with the minimum and maximum beside it.
 * Then the analysis in the browser's worker on every shape of
 * `analysis-shapes.ts`.
 *
 * For panning and for dragging one node it reports frames per second and
 * input updates that reach the screen per second (frames in which the
 * viewport or the dragged node actually moved: frames alone flatter a canvas
 * that repaints without keeping up with the mouse), plus the time from
 * navigation to an interactive canvas. Mouse input is fed at 125 Hz, like a
 * real mouse, for a fixed time.
 */
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { readFileSync, existsSync, statSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { extname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { generateDesign } from "../src/core/analysis/generate-design";
import type { Design } from "../src/core/model/schema";
import { initialGzipBytes } from "../scripts/check-bundle-size";
import { layOutForScreen } from "./lay-out-for-screen";
import { analysisShapes } from "./analysis-shapes";

const root = new URL("..", import.meta.url).pathname;
const SIZES = (process.env.BENCH_SIZES ?? "300,1000,10000").split(",").map(Number);
const MEASURE_MS = Number(process.env.BENCH_MS ?? 3000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ALL_APPS = ["seams", "tuned", "plain"] as const;
type App = (typeof ALL_APPS)[number];
const APPS = (process.env.BENCH_APPS?.split(",") ?? ALL_APPS).filter((a): a is App => (ALL_APPS as readonly string[]).includes(a));
const APP_LABEL: Record<App, string> = { seams: "Seams", tuned: "tuned React Flow", plain: "plain React Flow" };
const INPUT_HZ = 125;

function build() {
  execFileSync("npx", ["vite", "build", "--logLevel", "error"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--config", "bench/plain-react-flow/vite.config.ts"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--config", "bench/tuned-react-flow/vite.config.ts"], { cwd: root, stdio: "inherit" });
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json" };
function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let dir = join(root, "dist");
    let path = url.pathname;
    for (const base of ["plain", "tuned"]) {
      if (!path.startsWith(`/${base}/`)) continue;
      dir = join(root, `.tmp/bench-${base}`);
      path = path.slice(base.length + 1);
    }
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, "index.html");
    if (!existsSync(file)) {
      // A baseline that was not built (BENCH_NO_BUILD): its runs fail with "no node drawn", the bench goes on.
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** Counts frames and frames in which `selector`'s transform changed. */
async function startMeter(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const w = window as unknown as { __meter: { frames: number; changes: number; last: string; run: boolean; t0: number } };
    w.__meter = { frames: 0, changes: 0, last: "", run: true, t0: performance.now() };
    const el = () => document.querySelector<HTMLElement>(sel);
    w.__meter.last = el()?.style.transform ?? "";
    const tick = () => {
      const m = w.__meter;
      if (!m.run) return;
      m.frames++;
      const t = el()?.style.transform ?? "";
      if (t !== m.last) {
        m.changes++;
        m.last = t;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, selector);
}

async function stopMeter(page: Page): Promise<{ fps: number; updates: number }> {
  return page.evaluate(() => {
    const m = (window as unknown as { __meter: { frames: number; changes: number; run: boolean; t0: number } }).__meter;
    m.run = false;
    const s = (performance.now() - m.t0) / 1000;
    return { fps: m.frames / s, updates: m.changes / s };
  });
}

/**
 * Holds the button and moves the mouse around a small loop at INPUT_HZ for
 * MEASURE_MS, like a hand on a real mouse: events are sent on a clock, not
 * one after another's acknowledgement (which would tie the input rate to the
 * page's frame rate and hide a canvas that cannot keep up).
 */
async function dragFor(page: Page, x: number, y: number) {
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
    inflight.push(send("mouseMoved", last.x, last.y));
    const wait = t0 + (i * 1000) / INPUT_HZ - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  // A page that cannot keep up acknowledges input slowly; past 10 s its figure is ~0 anyway, so stop waiting.
  await Promise.race([Promise.all(inflight), new Promise((r) => setTimeout(r, 10_000))]);
  await send("mouseReleased", last.x, last.y);
  await cdp.detach();
}

/** A point on the empty pane (not on a node or edge) inside the flow area. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const r = document.querySelector(".react-flow")!.getBoundingClientRect();
    for (let fy = 0.1; fy < 0.95; fy += 0.05)
      for (let fx = 0.1; fx < 0.9; fx += 0.05) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains("react-flow__pane")) return { x, y };
      }
    return { x: r.left + 20, y: r.top + 20 };
  });
}

/**
 * The node a person would grab: an element near the middle of the view, or,
 * when far out on a large design only contexts are nodes (members are drawn
 * in the overview layer), the context nearest the middle.
 */
async function nodeToDrag(page: Page): Promise<{ id: string; x: number; y: number }> {
  return page.evaluate(() => {
    const r = document.querySelector(".react-flow")!.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    const pick = (contexts: boolean) => {
      let best: { id: string; x: number; y: number; d: number } | undefined;
      for (const n of Array.from(document.querySelectorAll<HTMLElement>(".react-flow__node"))) {
        const isContext = n.classList.contains("react-flow__node-group") || n.classList.contains("react-flow__node-context");
        if (isContext !== contexts) continue;
        const b = n.getBoundingClientRect();
        if (b.width < 4) continue;
        const x = b.left + b.width / 2;
        const y = contexts ? b.top + 6 : b.top + b.height / 2;
        const d = (x - cx) ** 2 + (y - cy) ** 2;
        const central = Math.abs(x - cx) < r.width / 4 && Math.abs(y - cy) < r.height / 4;
        if ((contexts || central) && (!best || d < best.d)) best = { id: n.dataset.id!, x, y, d };
      }
      return best;
    };
    return pick(false) ?? pick(true)!;
  });
}

interface Row {
  app: string;
  services: number;
  openMs: number;
  nodesInDom: number;
  pan: { fps: number; updates: number };
  drag: { fps: number; updates: number };
  zoom: number;
  analysisMs: number;
}

/** How long an app may take to draw the design before the run is reported as failed. */
const OPEN_TIMEOUT_MS = Number(process.env.BENCH_OPEN_TIMEOUT_MS ?? 120_000);
/** How long one whole run (open, pan, drag) may take: a page that stops answering ends as a failed run, not a hung bench. */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_RUN_TIMEOUT_MS ?? 180_000);

/**
 * Seams opens the design the way a person does: Open, then pick the file
 * (which goes through the app's loader in its worker, as every design from
 * outside does). Seeding the browser's storage behind the app's back broke
 * silently once already (the design outgrew localStorage when the app moved
 * to IndexedDB); this path fails only if opening a file fails for a person
 * too. Returns the time from choosing the file to a drawn canvas.
 */
async function openInSeams(page: Page, url: string, file: string, ids: string[]): Promise<number> {
  await page.goto(url);
  await page.getByTestId("canvas").waitFor({ timeout: OPEN_TIMEOUT_MS });
  // A fresh browser context has empty storage, so the canvas is empty: any node drawn later is the design's.
  const before = await page.evaluate(() => document.querySelectorAll(".react-flow__node").length);
  if (before > 0) throw new Error(`the fresh app already draws ${before} nodes, so the bench cannot tell when the opened design is drawn`);
  await page.evaluate((list) => ((window as unknown as { __benchIds: Set<string> }).__benchIds = new Set(list)), ids);
  const chooser = page.waitForEvent("filechooser", { timeout: 30_000 });
  await page.getByTestId("toolbar.open").click();
  const t0 = await page.evaluate(() => performance.now());
  await (await chooser).setFiles(file);
  try {
    await page.waitForFunction(
      () => {
        const ids = (window as unknown as { __benchIds: Set<string> }).__benchIds;
        return Array.from(document.querySelectorAll<HTMLElement>(".react-flow__node")).some((n) => ids.has(n.dataset.id ?? ""));
      },
      undefined,
      { timeout: OPEN_TIMEOUT_MS, polling: 50 },
    );
  } catch (e) {
    const notices = await page.evaluate(() => Array.from(document.querySelectorAll("[data-testid^='notice.']"), (n) => (n as HTMLElement).innerText.replace(/\s+/g, " ")).join(" | ")).catch(() => "(page not answering)");
    throw new Error(`Seams did not draw the opened design within ${OPEN_TIMEOUT_MS / 1000} s of choosing the file; notices on screen: ${notices || "none"} (${e instanceof Error ? e.message.split("\n")[0] : e})`, { cause: e });
  }
  const drawn = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  return drawn - t0;
}

async function measure(browser: Browser, url: string, app: App, design: Design, file: string): Promise<Row> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    return await Promise.race([
      measureIn(context, url, app, design, file),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`did not respond: the run took over ${RUN_TIMEOUT_MS / 1000} s and was stopped`)), RUN_TIMEOUT_MS).unref()),
    ]);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function measureIn(context: BrowserContext, url: string, app: App, design: Design, file: string): Promise<Row> {
  const page = await context.newPage();
  // tsx compiles with keepNames: functions passed to evaluate() call __name.
  await page.addInitScript("globalThis.__name = (f) => f;");
  let openMs: number;
  if (app === "seams") {
    openMs = await openInSeams(page, url, file, [...(design.services ?? []), ...(design.databases ?? []), ...(design.brokers ?? []), ...(design.gateways ?? []), ...(design.contexts ?? [])].map((e) => e.id));
  } else {
    // The baselines have no file picker: the design is handed over as a global and timed from navigation.
    await page.addInitScript((text) => ((window as unknown as { __BENCH_DESIGN__: string }).__BENCH_DESIGN__ = text), JSON.stringify(design));
    await page.goto(`${url}/${app}/`);
    try {
      await page.waitForFunction(() => document.querySelectorAll(".react-flow__node").length > 0, undefined, { timeout: OPEN_TIMEOUT_MS });
    } catch {
      throw new Error(`did not respond: no node drawn within ${OPEN_TIMEOUT_MS / 1000} s of navigation`);
    }
    openMs = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  }
  await page.waitForTimeout(1500); // let the analysis and autosave settle, as a person would take a moment
  const nodesInDom = await page.evaluate(() => document.querySelectorAll(".react-flow__node").length);
  const analysisMs = app === "seams" ? await page.evaluate(() => Number(document.documentElement.dataset.analysisMs ?? NaN)) : NaN;
  const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>(".react-flow__viewport")!.style.transform)?.[1] ?? 1));

  const p = await emptyPanePoint(page);
  await startMeter(page, ".react-flow__viewport");
  await dragFor(page, p.x, p.y);
  const pan = await stopMeter(page);

  const n = await nodeToDrag(page);
  await startMeter(page, `.react-flow__node[data-id="${n.id}"]`);
  await dragFor(page, n.x, n.y);
  const drag = await stopMeter(page);
  return { app, services: design.services?.length ?? 0, openMs, nodesInDom, pan, drag, zoom, analysisMs };
}

/** The analysis in the app's own worker (the built `analysis.worker-*.js`), on each shape: the first run (cold) and the median of the next five, plus the round trip of the median run (the structured copy of the design there and of the result back). */
async function measureWorker(browser: Browser, url: string): Promise<string[]> {
  const assets = join(root, "dist/assets");
  const file = readdirSync(assets).find((f) => /^analysis\.worker-.*\.js$/.test(f));
  if (!file) return ["(no analysis worker in dist/assets)"];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript("globalThis.__name = (f) => f;");
  await page.goto(`${url}/plain/`);
  const rows: string[] = [];
  for (const shape of analysisShapes(10000)) {
    const r = await page.evaluate(
      async ({ src, text }) => {
        const design = JSON.parse(text) as unknown;
        const worker = new Worker(src, { type: "module" });
        const times: { ms: number; trip: number; findings: number }[] = [];
        for (let seq = 1; seq <= 6; seq++) {
          const t = performance.now();
          const reply = await new Promise<{ ms: number; analysis: { findings: unknown[] } }>((resolve) => {
            worker.onmessage = (e) => resolve(e.data as { ms: number; analysis: { findings: unknown[] } });
            worker.postMessage({ seq, design });
          });
          times.push({ ms: reply.ms, trip: performance.now() - t, findings: reply.analysis.findings.length });
        }
        worker.terminate();
        const warm = times.slice(1).sort((a, b) => a.ms - b.ms);
        return { cold: times[0]!.ms, warm: warm[2]!.ms, min: warm[0]!.ms, trip: warm[2]!.trip, findings: times[0]!.findings };
      },
      { src: `${url}/assets/${file}`, text: JSON.stringify(shape.design) },
    );
    rows.push(`| ${shape.label} | ${(shape.design.flows?.length ?? 0).toLocaleString("en")} | ${r.findings.toLocaleString("en")} | ${r.cold.toFixed(0)} | ${r.min.toFixed(0)} | ${r.warm.toFixed(0)} | ${r.trip.toFixed(0)} |`);
  }
  await context.close();
  return rows;
}

type Cell = { median: number; min: number; max: number };
function cell(xs: number[]): Cell {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
}
const show = (c: Cell | undefined, digits = 0) => (c ? (c.min === c.max ? c.median.toFixed(digits) : `${c.median.toFixed(digits)} (${c.min.toFixed(digits)}–${c.max.toFixed(digits)})`) : "—");

async function main() {
  if (!process.env.BENCH_NO_BUILD) build();
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const chromiumVersion = browser.version();
  const groups: { services: number; app: App; runs: Row[]; failures: string[] }[] = [];
  let workerRows: string[] = [];
  const started = new Date();
  try {
    for (const services of SIZES) {
      const design = layOutForScreen(generateDesign({ services, flowsPerService: 1.5, seed: 1 }));
      // The file a person would pick in Seams' Open dialog.
      mkdirSync(join(root, ".tmp"), { recursive: true });
      const file = join(root, `.tmp/bench-${services}.seams.json`);
      writeFileSync(file, JSON.stringify(design));
      for (const app of APPS) {
        const runs: Row[] = [];
        const failures: string[] = [];
        for (let i = 0; i < RUNS; i++) {
          try {
            runs.push(await measure(browser, url, app, design, file));
          } catch (e) {
            const reason = e instanceof Error ? e.message.split("\n")[0]! : String(e);
            failures.push(reason);
            process.stderr.write(`${APP_LABEL[app]}, ${services} services, run ${i + 1}: ${reason}\n`);
          }
        }
        groups.push({ services, app, runs, failures });
      }
    }
    if (!process.env.BENCH_NO_WORKER) workerRows = await measureWorker(browser, url);
  } finally {
    await browser.close();
    server.close();
  }
  const initial = initialGzipBytes(join(root, "dist")).reduce((a, s) => a + s.gzip, 0);
  const cpu = cpus();
  const lines = [
    "## Canvas (headless Chromium, software rendering)",
    "",
    `**Machine:** ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, Chromium ${chromiumVersion} headless with \`--disable-gpu\`; run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
    "",
    `Mouse input at ${INPUT_HZ} Hz for ${MEASURE_MS / 1000} s per measurement; 'updates/s' counts frames in which the viewport (pan) or the dragged node (drag) moved. Designs: \`generateDesign({ services, flowsPerService: 1.5, seed: 1 })\` (a database per service, contexts of ten), laid out in a near-square grid of contexts. Each cell: median of ${RUNS} runs, each in a fresh page, (min–max).`,
    "",
    "| services | app | open (ms) | zoom | nodes in DOM | pan fps | pan updates/s | drag fps | drag updates/s |",
    "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ...groups.map(({ services, app, runs, failures }) => {
      // No run finished because the page stopped answering: that is the figure (0 fps), said in words.
      if (!runs.length && failures.length && failures.every((f) => f.startsWith("did not respond")))
        return `| ${services.toLocaleString("en")} | ${APP_LABEL[app]} | did not respond | — | — | 0 (did not respond) | 0 | 0 (did not respond) | 0 |`;
      const c = (f: (r: Row) => number) => (runs.length ? cell(runs.map(f)) : undefined);
      return `| ${services.toLocaleString("en")} | ${APP_LABEL[app]}${runs.length < RUNS ? ` (${runs.length} of ${RUNS} runs finished)` : ""} | ${show(c((r) => r.openMs))} | ${runs[0]?.zoom.toFixed(2) ?? "—"} | ${show(c((r) => r.nodesInDom))} | ${show(c((r) => r.pan.fps))} | ${show(c((r) => r.pan.updates))} | ${show(c((r) => r.drag.fps))} | ${show(c((r) => r.drag.updates))} |`;
    }),
    "",
    "Seams opens the design as a person does (Open, pick the file): its 'open' is from choosing the file to a drawn canvas. The baselines get the design as a page global: theirs is from navigation to a drawn canvas.",
    ...groups.flatMap(({ services, app, failures }) => failures.map((f) => `- **${APP_LABEL[app]}, ${services.toLocaleString("en")} services, a run failed:** ${f}`)),
    "",
    `Initial JavaScript: ${(initial / 1024).toFixed(1)} KB gzip (budget 170 KB).`,
  ];
  if (workerRows.length) {
    lines.push(
      "",
      "## Analysis in the browser (the app's Web Worker)",
      "",
      "10,000 services of each shape in `bench/analysis-shapes.ts`, posted to the built `analysis.worker` six times: the first run (cold), then the minimum and median of the other five; 'round trip' adds copying the design in and the result out (median run). Goal: under 200 ms.",
      "",
      "| shape | flows | findings | cold ms | min ms | median ms | round trip ms |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...workerRows,
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
  // Seams must finish every run: a row it cannot open is a broken bench (or app), not a figure.
  const broken = groups.filter((g) => g.app === "seams" && g.failures.length > 0);
  if (broken.length) {
    process.stderr.write(`Seams failed ${broken.reduce((n, g) => n + g.failures.length, 0)} run(s); see above.\n`);
    process.exitCode = 1;
  }
}

void main();
