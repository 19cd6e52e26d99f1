/**
 * What the canvas shows of the analysis, by element id: badges and split
 * scores. Filled by the analysis runner; nodes subscribe per id so one
 * changed badge re-renders one node.
 */
import { create } from "zustand";
import type { Finding } from "../../core/analysis/types";

export interface Badge {
  code: Finding["code"];
  severity: "error" | "warning" | "info";
  /** The finding the badge stands for: its tooltip is the finding's message in the reader's language (`canvasUi.badge.<code>` is the label). */
  finding: Finding;
}

export interface AnalysisView {
  badges: Map<string, Badge[]>;
  scores: Map<string, number>;
}

export const useAnalysisView = create<AnalysisView>()(() => ({ badges: new Map(), scores: new Map() }));
