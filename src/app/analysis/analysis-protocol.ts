import type { Analysis } from "../../core/analysis/types";
import type { Design } from "../../core/model/schema";

export interface AnalysisRequest {
  seq: number;
  design: Design;
}

export type AnalysisReply = { seq: number; ok: true; analysis: Analysis; titles: Record<string, string>; ms: number } | { seq: number; ok: false; error: string };
