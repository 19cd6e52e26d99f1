/**
 * Reruns the analysis as the person edits: debounced, in a worker, newest
 * result wins. An edit that reaches a small part of the analysis (a name, a
 * slider, a flow, a context: see `updateAnalysis`) is answered at once on the
 * main thread instead, milliseconds even on 10,000 services, where the
 * worker round trip takes the debounce plus a copy of the whole design.
 * Publishes badges and scores for the canvas.
 */
import { useEditor } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import type { Analysis } from "../../core/analysis/types";
import type { AnalysisReply, AnalysisRequest } from "./analysis-protocol";
import { useAnalysis } from "./analysis-store";
import { useAnalysisView } from "./analysis-view";
import { badgesOf, scoresOf } from "./badges-of";

const DEBOUNCE_MS = 120;

/** Runs work when the main thread has nothing better to do (soon, where idle callbacks are missing). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
}

export function startAnalysis(): void {
  let worker: Worker | undefined;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, Design>();
  // Loaded after the first result, off the first screen's critical path (it brings the over-splitting rule and its texts).
  let update: typeof import("../../core/analysis/update-analysis").updateAnalysis | undefined;
  let prepare: ((design: Design) => void) | undefined;
  const loadUpdate = (design: Design | undefined) =>
    void import("../../core/analysis/update-analysis").then((m) => {
      update = m.updateAnalysis;
      prepare = m.prepareUpdate;
      if (design) whenIdle(() => prepare!(design));
    });

  const ensureWorker = () => {
    if (worker) return worker;
    worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: "seams-analysis" });
    worker.onmessage = (e: MessageEvent<AnalysisReply>) => {
      const reply = e.data;
      const design = pending.get(reply.seq);
      for (const k of [...pending.keys()]) if (k <= reply.seq) pending.delete(k);
      if (reply.seq !== seq) return; // a newer request is on its way
      if (!reply.ok) {
        useAnalysis.setState({ error: reply.error });
        return;
      }
      // The first edit after a full run derives its facts from this design's: gather them while the person reads.
      if (!prepare) loadUpdate(design);
      else if (design) whenIdle(() => prepare!(design));
      useAnalysis.setState({ titles: reply.titles });
      publish(reply.analysis, reply.ms, design);
      // For the bench and for the curious: how long the last analysis took in the worker.
      document.documentElement.dataset.analysisMs = reply.ms.toFixed(1);
    };
    worker.onerror = (e) => useAnalysis.setState({ error: e.message || "the analysis worker failed" });
    return worker;
  };

  const publish = (analysis: Analysis, ms: number, design: Design | undefined) => {
    const before = useAnalysis.getState().analysis;
    useAnalysis.setState({ analysis, ms, error: undefined, of: design });
    if (analysis !== before) useAnalysisView.setState({ badges: badgesOf(analysis), scores: scoresOf(analysis) });
  };

  const run = (design: Design) => {
    seq += 1;
    pending.set(seq, design);
    const request: AnalysisRequest = { seq, design };
    ensureWorker().postMessage(request);
  };

  run(useEditor.getState().history.present);
  useEditor.subscribe((s, prev) => {
    if (s.history.present === prev.history.present) return;
    if (timer) clearTimeout(timer);
    const design = s.history.present;
    const { analysis, of } = useAnalysis.getState();
    if (update && analysis && of === prev.history.present) {
      const started = performance.now();
      const updated = update(prev.history.present, design, analysis);
      if (updated) {
        seq += 1; // nothing in flight is newer than this
        const ms = performance.now() - started;
        publish(updated, ms, design);
        document.documentElement.dataset.analysisUpdateMs = ms.toFixed(1);
        return;
      }
    }
    timer = setTimeout(() => run(design), DEBOUNCE_MS);
  });
}
