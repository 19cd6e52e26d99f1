import { useEffect, useMemo, useState } from "react";
import { analyzeDesign } from "../../core/analysis/analyze-design";
import type { Finding } from "../../core/analysis/types";
import type { Design } from "../../core/model/schema";
import { applyRefactoring } from "../../core/refactor/apply-refactoring";
import { compareAnalyses, type AnalysisDelta } from "../../core/refactor/compare-analyses";
import { refactoringsFor } from "../../core/refactor/list-refactorings";
import type { Refactoring, RefactorResult } from "../../core/refactor/types";
import { useEditor } from "../store/editor-store";
import { useFixes } from "./fix-store";
import { useAnalysis } from "../analysis/analysis-store";

/** What a person may pick for a call-to-event: the event's name and the broker. */
export interface EventChoice {
  event?: string;
  broker?: string;
}

export interface FixPreview {
  options: Refactoring[];
  chosen?: Refactoring;
  choose(id: string): void;
  eventChoice: EventChoice;
  setEventChoice(c: EventChoice): void;
  result?: RefactorResult;
  delta?: AnalysisDelta;
  error?: string;
}

/**
 * The refactorings of a finding, the chosen one applied to a copy of the
 * design, and the analysis before and after. While it is open the canvas
 * draws the copy with the changed elements highlighted.
 */
export function useFixPreview(design: Design, finding: Finding): FixPreview {
  const options = useMemo(() => refactoringsFor(design, finding), [design, finding]);
  const [chosenId, setChosenId] = useState(options[0]?.id);
  const chosen = options.find((o) => o.id === chosenId) ?? options[0];
  const [eventChoice, setEventChoice] = useState<EventChoice>({});
  // The worker's analysis of this very design, when it has one: only the "after" is computed here.
  const before = useMemo(() => {
    const { analysis, of } = useAnalysis.getState();
    return analysis && of === design ? analysis : analyzeDesign(design);
  }, [design]);
  const computed = useMemo(() => {
    if (!chosen) return {};
    try {
      const plan = chosen.plan.kind === "call-to-event" ? { ...chosen.plan, ...eventChoice } : chosen.plan;
      const result = applyRefactoring(design, plan);
      return { result, delta: compareAnalyses(before, analyzeDesign(result.design)) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [design, chosen, before, eventChoice]);

  useEffect(() => {
    const result = computed.result;
    useFixes.setState({ preview: result?.design });
    useEditor.getState().setHighlight(result?.touched ?? []);
    if (result) {
      const ids = new Set([...(result.design.services ?? []), ...(result.design.databases ?? []), ...(result.design.brokers ?? []), ...(result.design.gateways ?? [])].map((e) => e.id));
      const nodes = result.touched.filter((id) => ids.has(id));
      if (nodes.length) window.dispatchEvent(new CustomEvent("seams:fit-nodes", { detail: nodes }));
    }
  }, [computed.result]);

  return { options, chosen, choose: setChosenId, eventChoice, setEventChoice, ...computed };
}
