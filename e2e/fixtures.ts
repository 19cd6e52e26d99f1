/**
 * Page objects for the e2e tests: they drive the app the way a person does
 * (click, drag, type, keyboard) and find things by dotted test ids.
 */
import { test as base, expect, type Locator, type Page } from "@playwright/test";
import { templateById } from "../src/core/templates/index";

export class SeamsApp {
  constructor(readonly page: Page) {}

  /** Opens the app with empty browser storage (a fresh person). */
  async openFresh(path = "/") {
    await this.page.goto(path);
    await this.page.evaluate(() => localStorage.clear());
    await this.clearStorage();
    await this.page.goto(path);
    await expect(this.page.getByTestId("canvas")).toBeVisible();
  }

  node(id: string): Locator {
    return this.page.getByTestId(`rf__node-${id}`);
  }

  edge(id: string): Locator {
    return this.page.getByTestId(`rf__edge-${id}`);
  }

  pane(): Locator {
    return this.page.locator(".react-flow__pane");
  }

  /** Opens a template and waits until it is the design on screen (templates load on first use). */
  async openTemplate(id: string, { wait = true } = {}) {
    await this.page.getByTestId("toolbar.new").click();
    await this.page.getByTestId(`template.${id}`).click();
    const template = templateById(id);
    if (!template || !wait) return;
    const design = template.create();
    await expect(this.page.getByTestId("toolbar.name")).toHaveValue(design.name);
    const first = design.services?.[0]?.id;
    if (first) await expect(this.node(first)).toBeVisible();
  }

  /** Drags a palette item onto the canvas at a point relative to the canvas. */
  async dropFromPalette(kind: string, at: { x: number; y: number }) {
    const canvas = this.page.getByTestId("canvas");
    await this.page.getByTestId(`palette.${kind}`).dragTo(canvas, { targetPosition: at });
  }

  /** Drags from one node's source handle to another node's target handle, as a person connects two elements. */
  async connect(fromId: string, toId: string) {
    const from = this.node(fromId).locator(".react-flow__handle.source");
    const to = this.node(toId).locator(".react-flow__handle.target");
    // Hovered left of centre, where a passing flow's label (drawn above nodes) never falls.
    await this.node(fromId).hover({ position: { x: 16, y: 16 } });
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  /** A point on a flow's line in screen pixels, `at` (0..1) of the way along it, once the view has stopped moving (a fit or a pan animates). */
  async edgePoint(id: string, at = 0.3): Promise<{ x: number; y: number }> {
    const read = () =>
      this.edge(id).locator("path.react-flow__edge-path").evaluate(async (el, at) => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const path = el as SVGPathElement;
        const p = path.getPointAtLength(path.getTotalLength() * at);
        const m = path.getScreenCTM()!;
        return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
      }, at);
    let last = await read();
    for (let i = 0; i < 20; i++) {
      const now = await read();
      if (Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
      last = now;
    }
    return last;
  }

  /**
   * Clicks a flow's line where a person would: on the line, away from its
   * label in the middle; clicks again if the first click landed while the
   * canvas was still busy and did not select the flow (a slow machine).
   */
  async clickEdge(id: string, at = 0.3) {
    await expect(async () => {
      const p = await this.edgePoint(id, at);
      await this.page.mouse.click(p.x, p.y);
      await expect(this.edge(id)).toHaveClass(/selected/, { timeout: 1500 });
    }).toPass({ timeout: 15_000 });
  }

  /** Drags a node by its body by a distance in screen pixels. */
  async dragNode(id: string, dx: number, dy: number) {
    const box = (await this.node(id).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + Math.min(18, box.height / 2);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** The design as the app holds it, read from what autosave wrote (waits for the save to land). */
  async savedDesign(): Promise<Record<string, any>> {
    await this.page.waitForTimeout(600);
    const id = await this.currentDocId();
    const raw = id ? await this.storageGet(`seams.doc.${id}`) : null;
    if (!raw) return null as never;
    return this.page.evaluate(async (raw) => {
      const env = JSON.parse(raw);
      if (typeof env.designZ !== "string") return env.design;
      // Large designs are stored deflated (raw DEFLATE, base64).
      const bytes = Uint8Array.from(atob(env.designZ), (c) => c.charCodeAt(0));
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
      return JSON.parse(text);
    }, raw);
  }

  /** One entry of Seams' browser storage (IndexedDB "seams", store "kv"), as the app wrote it. */
  async storageGet(key: string): Promise<string | null> {
    return (await this.storage([key]))[key] ?? null;
  }

  /** Entries of Seams' browser storage: the given keys, or every entry. */
  async storage(keys?: string[]): Promise<Record<string, string>> {
    await this.page.evaluate(installIdbCall);
    return this.page.evaluate((keys) => idbCall("read", keys), keys ?? null);
  }

  /** Writes entries straight into Seams' browser storage (null removes), as another program or an older Seams would. */
  async storageSet(entries: Record<string, string | null>): Promise<void> {
    await this.page.evaluate(installIdbCall);
    await this.page.evaluate((entries) => idbCall("write", entries), entries);
  }

  /** Empties Seams' browser storage. */
  async clearStorage(): Promise<void> {
    await this.page.evaluate(installIdbCall);
    await this.page.evaluate(() => idbCall("clear", null));
  }

  /** Opens a design the way a person does: Open, then pick a file (built here from an object). */
  async openDesignFile(design: unknown, fileName = "design.seams.json") {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByTestId("toolbar.open").click();
    await (await chooser).setFiles({ name: fileName, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(design)) });
  }

  /** Drops files on the canvas, as a person drags them from the file manager. */
  async dropFiles(files: { name: string; text: string }[]) {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.name.endsWith(".json") ? "application/json" : "application/yaml" }));
      return dt;
    }, files);
    await this.page.getByTestId("canvas").dispatchEvent("dragover", { dataTransfer });
    await this.page.getByTestId("canvas").dispatchEvent("drop", { dataTransfer });
  }

  /** The id of the document autosave writes to. */
  async currentDocId(): Promise<string | null> {
    return this.storageGet("seams.current");
  }

  async pressShortcut(keys: string) {
    await this.page.keyboard.press(keys);
  }

  /** Opens the Fix… preview of the first finding with this code. */
  async openFix(code: string) {
    await this.page.getByTestId(`finding.${code}.fix`).first().click();
    await expect(this.page.getByTestId("fix.panel")).toBeVisible();
  }

  /** Selects an element on the canvas and asks what fails while it is down. */
  async takeDown(id: string) {
    await this.node(id).click();
    await this.page.getByTestId("inspector.what-if-down").click();
    await expect(this.page.getByTestId("impact.panel")).toBeVisible();
  }

  /** Clicks an empty spot of the canvas so shortcuts go to the canvas, not a field. */
  async focusCanvas() {
    const box = (await this.pane().boundingBox())!;
    await this.page.mouse.click(box.x + box.width * 0.45, box.y + box.height - 10);
  }
}

/**
 * Runs in the page: reads, writes or clears IndexedDB "seams"/"kv", the
 * store the app keeps designs in. Installed before each use, so any page
 * (a second tab, another browser context) can be asked.
 */
function installIdbCall() {
  (globalThis as unknown as { idbCall: unknown }).idbCall = (op: "read" | "write" | "clear", arg: unknown) =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open("seams");
      open.onupgradeneeded = () => open.result.createObjectStore("kv");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction("kv", op === "read" ? "readonly" : "readwrite");
        const store = tx.objectStore("kv");
        const out: Record<string, unknown> = {};
        if (op === "clear") store.clear();
        else if (op === "write") for (const [k, v] of Object.entries(arg as Record<string, string | null>)) v === null ? store.delete(k) : store.put(v, k);
        else if (Array.isArray(arg)) for (const k of arg as string[]) store.get(k).onsuccess = (e) => { const v = (e.target as IDBRequest).result; if (v !== undefined) out[k] = v; };
        else store.openCursor().onsuccess = (e) => { const c = (e.target as IDBRequest<IDBCursorWithValue | null>).result; if (c) { out[String(c.key)] = c.value; c.continue(); } };
        tx.oncomplete = () => (db.close(), resolve(out));
        tx.onerror = tx.onabort = () => (db.close(), reject(tx.error));
      };
    });
}
declare global {
  function idbCall(op: "read" | "write" | "clear", arg: unknown): Promise<Record<string, string>>;
}

export const test = base.extend<{ app: SeamsApp }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The app reports React Flow's warnings to the console in every build (they are silent in production otherwise).
    const flowWarnings: string[] = [];
    page.on("console", (m) => {
      if ((m.type() === "warning" || m.type() === "error") && m.text().includes("[React Flow]")) flowWarnings.push(m.text());
    });
    await use(new SeamsApp(page));
    expect(errors, "uncaught errors in the page").toEqual([]);
    expect(flowWarnings, "React Flow warnings in the console").toEqual([]);
  },
});

export { expect };
