/**
 * The analysis runs here, off the main thread, so a 10,000-service design
 * never makes the canvas stutter while the person edits.
 */
import { analyzeDesign } from "../../core/analysis/analyze-design";
import { FINDING_TEXT } from "../../core/analysis/finding-messages";
import type { Design } from "../../core/model/schema";
import type { AnalysisReply, AnalysisRequest } from "./analysis-protocol";

self.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const { seq, design } = e.data;
  const started = performance.now();
  try {
    const analysis = analyzeDesign(design as Design);
    const titles = Object.fromEntries(Object.entries(FINDING_TEXT).map(([code, t]) => [code, t.title]));
    const reply: AnalysisReply = { seq, ok: true, analysis, titles, ms: performance.now() - started };
    self.postMessage(reply);
  } catch (err) {
    const reply: AnalysisReply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
    self.postMessage(reply);
  }
};
