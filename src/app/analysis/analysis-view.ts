/**
 * What the canvas shows of the analysis, by element id: badges and split
 * scores. Filled by the analysis runner; nodes subscribe per id so one
 * changed badge re-renders one node.
 */
import { create } from "zustand";

export interface Badge {
  code: string;
  label: string;
  severity: "error" | "warning" | "info";
  title: string;
}

export interface AnalysisView {
  badges: Map<string, Badge[]>;
  scores: Map<string, number>;
}

export const useAnalysisView = create<AnalysisView>()(() => ({ badges: new Map(), scores: new Map() }));
