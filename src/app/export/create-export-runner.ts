/**
 * Runs exports of one design off the main thread, newest choice wins: a
 * choice made while another export is still running stops that worker and
 * starts a fresh one, so clicking from Kubernetes (seconds on a huge design)
 * to nginx answers at nginx's speed. Where workers are unavailable the export
 * runs on the main thread after the current frame.
 */
import type { Design } from "../../core/model/schema";
import type { ExportReply, ExportRequest } from "./export-protocol";
import { exportPrepared, prepareDesign, type PreparedDesign } from "./prepare-design";
import type { ExportResult } from "./run-export";
import type { Locale } from "../../i18n/locales";
import type { CaveatWords } from "../../core/export/types";
import type { Messages } from "@lingui/core";

export interface ExportRunner {
  /** The result, or undefined when a newer run or dispose() superseded this one. */
  run(targetId: string, gatewayId?: string): Promise<ExportResult | undefined>;
  dispose(): void;
}

/** Minimal worker surface, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ExportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ExportReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(new URL("./export.worker.ts", import.meta.url), { type: "module", name: "seams-export" }) as WorkerLike;
  } catch {
    return undefined;
  }
}

/**
 * A runner for one design; dispose() when the dialog closes. `locale` is the
 * language of the caveat comments in the files (the dialog is modal, so the
 * app's language cannot change while it is open); the worker makes its words
 * from the catalog, the main-thread fallback uses `words`.
 */
export function createExportRunner(design: Design, makeWorker: () => WorkerLike | undefined = defaultWorker, language?: { locale: Locale; messages: Messages; words: CaveatWords }): ExportRunner {
  const words = language && language.locale !== "en" ? language : undefined;
  let worker: WorkerLike | undefined;
  let pending: { seq: number; resolve: (r: ExportResult | undefined) => void } | undefined;
  let seq = 0;
  // Serialised once per runner, however many workers a fast-clicking person costs.
  let json: string | undefined;
  const savedJson = () => (json ??= JSON.stringify(design));
  let local: PreparedDesign | undefined;

  const settle = (result: ExportResult | undefined) => {
    const p = pending;
    pending = undefined;
    p?.resolve(result);
  };
  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };
  const startWorker = (): WorkerLike | undefined => {
    const w = makeWorker();
    if (!w) return undefined;
    w.onmessage = (e) => {
      if (pending && e.data.seq === pending.seq) settle(e.data.result);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      stopWorker();
      settle({ ok: false, reason: "failed", message: e.message || "the export worker stopped" });
    };
    w.postMessage({ type: "design", json: savedJson(), ...(words ? { locale: words.locale, messages: words.messages } : {}) });
    return w;
  };

  return {
    run(targetId, gatewayId) {
      if (pending) {
        // Still busy with an older choice: that work is no longer wanted.
        stopWorker();
        settle(undefined);
      }
      const mine = ++seq;
      return new Promise((resolve) => {
        pending = { seq: mine, resolve };
        worker ??= startWorker();
        if (worker) {
          worker.postMessage({ type: "run", seq: mine, targetId, ...(gatewayId === undefined ? {} : { gatewayId }) });
          return;
        }
        setTimeout(() => {
          if (pending?.seq === mine) settle(exportPrepared((local ??= prepareDesign(savedJson())), targetId, gatewayId, words?.words));
        }, 0);
      });
    },
    dispose() {
      stopWorker();
      settle(undefined);
    },
  };
}
