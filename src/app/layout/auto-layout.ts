import type { Design } from "../../core/model/schema";
import { ELEMENT_KINDS, COLLECTION_OF } from "../../core/model/elements";
import { setLayout } from "../../core/edit/edit-design";
import { clearBends } from "../../core/edit/bend-points";
import { useEditor } from "../store/editor-store";
import { reportLoadFailure } from "../ui/LoadBoundary";
import { t } from "../i18n/i18n";

/** True when some element has no position (a design without `layout` is laid out on open). */
export function needsLayout(design: Design): boolean {
  const layout = design.layout ?? {};
  for (const kind of ELEMENT_KINDS) for (const el of design[COLLECTION_OF[kind]] ?? []) if (!layout[el.id]) return true;
  return false;
}

let running = false;

/**
 * Lays the design out with ELK (lazy-loaded, in a worker) and applies it:
 * as one undo step when the person asked for it, silently on open.
 */
export async function autoLayout({ asUndoStep }: { asUndoStep: boolean }): Promise<void> {
  if (running) return;
  running = true;
  const before = useEditor.getState().history.present;
  try {
    const { layoutDesign } = await import("./elk-layout");
    const boxes = await layoutDesign(before);
    const state = useEditor.getState();
    // The person may have edited meanwhile: lay out only what still exists, over the current design.
    const current = state.history.present;
    // Bends were placed for the old positions: kept, they would zigzag across the new layout.
    const apply = (d: Design) => clearBends(setLayout(d, boxes));
    if (asUndoStep) state.change(apply);
    else if (current === before) state.replaceDesign(apply(current));
    else state.change(apply);
    window.dispatchEvent(new CustomEvent("seams:fit-view"));
  } catch (e) {
    reportLoadFailure(t("notices.load.layout"), e, () => void autoLayout({ asUndoStep }));
  } finally {
    running = false;
  }
}
