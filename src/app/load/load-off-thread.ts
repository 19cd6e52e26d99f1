/**
 * Decodes a link or loads a file's text in a worker (load.worker.ts) and
 * resolves with the loader's result. The page stays responsive while it
 * runs and nothing of the current design is touched. A worker that does not
 * answer in time is stopped and the answer is an error, never a hang.
 */
import type { LoadResult } from "../../core/load/load-design";
import type { LoadReply, LoadRequest } from "./load-protocol";

/** Longer than any link or file within the limits takes on a slow machine; past it the worker is stopped. */
export const LOAD_TIMEOUT_MS = 30_000;

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, (r: LoadResult) => void>();

function failAll(message: string): void {
  for (const resolve of waiting.values()) resolve({ ok: false, errors: [{ path: "", message }] });
  waiting.clear();
  worker?.terminate();
  worker = undefined;
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module", name: "seams-load" });
  w.onmessage = (e: MessageEvent<LoadReply>) => {
    const resolve = waiting.get(e.data.seq);
    waiting.delete(e.data.seq);
    document.documentElement.dataset.loadMs = e.data.ms.toFixed(1);
    resolve?.(e.data.result);
  };
  w.onerror = (e) => failAll(`Seams could not read it (${e.message || "its reader stopped"}).`);
  worker = w;
  return w;
}

/**
 * The design a link or file text holds, checked by the one loader, off the main thread.
 * @example const r = await loadOffThread("link", location.hash); if (r.ok) openDesign(r.design, "link");
 */
export function loadOffThread(kind: LoadRequest["kind"], text: string): Promise<LoadResult> {
  return new Promise((resolve) => {
    const id = ++seq;
    const timer = setTimeout(() => {
      if (waiting.has(id)) failAll(`reading it took longer than ${LOAD_TIMEOUT_MS / 1000} seconds, so Seams stopped`);
    }, LOAD_TIMEOUT_MS);
    waiting.set(id, (r) => {
      clearTimeout(timer);
      resolve(r);
    });
    try {
      const request: LoadRequest = { seq: id, kind, text };
      ensureWorker().postMessage(request);
    } catch (e) {
      failAll(`Seams could not start its reader (${e instanceof Error ? e.message : String(e)})`);
    }
  });
}
