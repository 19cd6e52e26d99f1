import type { Finding } from "../../core/analysis/types";
import { useEditor } from "../store/editor-store";

/** Selects a finding's elements, highlights its flows and elements, and asks the canvas to bring them into view. */
export function focusFinding(f: Finding): void {
  const state = useEditor.getState();
  state.select(f.elements);
  state.setHighlight([...f.elements, ...(f.flows ?? [])]);
  window.dispatchEvent(new CustomEvent("seams:fit-nodes", { detail: f.elements }));
}
