/**
 * Reruns the analysis as the person edits: debounced, in a worker, newest
 * result wins. Publishes badges and scores for the canvas.
 */
import { useEditor } from "../store/editor-store";
import type { Design } from "../../core/model/schema";
import type { AnalysisReply, AnalysisRequest } from "./analysis-protocol";
import { useAnalysis } from "./analysis-store";
import { useAnalysisView } from "./analysis-view";
import { badgesOf, scoresOf } from "./badges-of";

const DEBOUNCE_MS = 120;

export function startAnalysis(): void {
  let worker: Worker | undefined;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<number, Design>();

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
      useAnalysis.setState({ analysis: reply.analysis, titles: reply.titles, ms: reply.ms, error: undefined, of: design });
      // For the bench and for the curious: how long the last analysis took in the worker.
      document.documentElement.dataset.analysisMs = reply.ms.toFixed(1);
      useAnalysisView.setState({ badges: badgesOf(reply.analysis), scores: scoresOf(reply.analysis) });
    };
    worker.onerror = (e) => useAnalysis.setState({ error: e.message || "the analysis worker failed" });
    return worker;
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
    timer = setTimeout(() => run(design), DEBOUNCE_MS);
  });
}
