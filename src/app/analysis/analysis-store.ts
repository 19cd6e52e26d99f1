import { create } from "zustand";
import type { Analysis } from "../../core/analysis/types";

export interface AnalysisState {
  analysis?: Analysis;
  titles: Record<string, string>;
  /** Milliseconds the last analysis took in the worker. */
  ms?: number;
  error?: string;
  /** The design object the analysis is of (identity), to tell a stale result. */
  of?: object;
}

export const useAnalysis = create<AnalysisState>()(() => ({ titles: {} }));
