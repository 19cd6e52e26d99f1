/**
 * View state of the two "what would happen" modes: the Fix… preview (a
 * refactored design drawn instead of the real one until Apply or Cancel)
 * and the failure impact view (outcome colours on the canvas). Neither is
 * the design: nothing here is undone, saved or shared.
 */
import { create } from "zustand";
import type { Finding } from "../../core/analysis/types";
import type { Impact } from "../../core/impact/assess-impact";
import type { Design } from "../../core/model/schema";

export interface FixState {
  /** The finding whose Fix… panel is open. */
  fixing?: Finding;
  /** The design the canvas draws while a fix is previewed. */
  preview?: Design;
  impact?: Impact;
  /** Element and flow id -> a CSS class suffix (`impact-fails`, ...), drawn on the canvas. */
  tint: ReadonlyMap<string, string>;
}

const NO_TINT: ReadonlyMap<string, string> = new Map();

export const useFixes = create<FixState>()(() => ({ tint: NO_TINT }));

export function openFix(finding: Finding): void {
  useFixes.setState({ fixing: finding, preview: undefined, impact: undefined, tint: NO_TINT });
}

export function closeFix(): void {
  useFixes.setState({ fixing: undefined, preview: undefined });
}

/** Shows an impact: every element and flow tinted by its outcome, the element that is down darkest. */
export function showImpact(impact: Impact, flows: readonly { id: string }[]): void {
  const tint = new Map<string, string>();
  for (const f of flows) tint.set(f.id, "impact-ok");
  for (const e of impact.elements) {
    tint.set(e.id, `impact-${e.outcome}`);
    if (e.via && e.outcome !== "ok") tint.set(e.via, `impact-${e.outcome}`);
  }
  for (const r of impact.routes) tint.set(r.flow, `impact-${r.outcome}`);
  tint.set(impact.down, "impact-down");
  useFixes.setState({ impact, tint, fixing: undefined, preview: undefined });
}

export function closeImpact(): void {
  if (useFixes.getState().impact) useFixes.setState({ impact: undefined, tint: NO_TINT });
}
