/**
 * The preview's two ways out: open the import as a new design (laid out by
 * ELK on open, like any design without layout), or merge it into the current
 * one by id, as one undo step.
 */
import type { Box, Design } from "../../core/model/schema";
import { skipElements, mergeDesigns } from "../../core/import/merge-import";
import { setLayout } from "../../core/edit/edit-design";
import { openDesign } from "../files/file-actions";
import { useEditor } from "../store/editor-store";
import { elementCount, GRID_LAYOUT_ABOVE } from "../layout/grid-layout";
import { t } from "../i18n/i18n";

export type ImportMode = "new" | "merge";

/** Returns false (and says why) when the result is not a valid design; the current design is then untouched. */
export async function applyImport(design: Design, skip: ReadonlySet<string>, mode: ImportMode): Promise<boolean> {
  const { notify } = useEditor.getState();
  const kept = skipElements(design, skip);
  if (!kept.ok) {
    // The catalogs' renderer for loader errors loads with the first refused document, not with the app.
    const { describeLoadError } = await import("../i18n/describe-load-error");
    notify({ tone: "error", title: t("notices.import.invalid"), details: kept.errors.map(describeLoadError), sticky: true });
    return false;
  }
  if (mode === "new") {
    // Laid out before it opens: the canvas shows the design once, in place, and frames it.
    openDesign(await layOut(kept.design), "file");
    notify({ tone: "info", title: t("notices.import.imported", { name: kept.design.name }), details: summary(kept.design) });
    return true;
  }
  const current = useEditor.getState().history.present;
  const merged = mergeDesigns(current, kept.design);
  if (!merged.result.ok) {
    // The catalogs' renderer for loader errors loads with the first refused document, not with the app.
    const { describeLoadError } = await import("../i18n/describe-load-error");
    notify({ tone: "error", title: t("notices.import.mergeFailed"), details: merged.result.errors.map(describeLoadError), sticky: true });
    return false;
  }
  if (merged.added === 0) {
    notify({ tone: "info", title: t("notices.import.nothingToMerge") });
    return true;
  }
  const next = await placeNewElements(current, merged.result.design);
  useEditor.getState().change(() => next);
  window.dispatchEvent(new CustomEvent("seams:fit-view"));
  notify({ tone: "info", title: t("notices.import.merged", { count: merged.added, name: current.name }), details: merged.kept ? [t("notices.import.kept", { count: merged.kept })] : [] });
  return true;
}

async function layOut(design: Design): Promise<Design> {
  if (elementCount(design) > GRID_LAYOUT_ABOVE) return design; // openDesign puts a design this large on a grid at once
  try {
    const { layoutDesign } = await import("../layout/elk-layout");
    return setLayout(design, await layoutDesign(design));
  } catch {
    return design; // openDesign lays it out (and reports a failure) as for any design without layout
  }
}

function summary(d: Design): string[] {
  const n = (list: unknown[] | undefined, kind: string) => t(`inspector.multi.part.${kind}`, { count: list?.length ?? 0 });
  return [[n(d.services, "service"), n(d.databases, "database"), n(d.brokers, "broker"), n(d.gateways, "gateway"), n(d.contexts, "context"), n(d.flows, "flow")].join(t("inspector.multi.separator"))];
}

/**
 * Lays out the merged design with ELK. What the person placed stays where it
 * is when the new elements stand apart (they go below the drawing, keeping
 * ELK's arrangement); when a new element joins an existing context, the whole
 * design is laid out again (one undo brings the old layout back).
 */
async function placeNewElements(current: Design, merged: Design): Promise<Design> {
  const { layoutDesign } = await import("../layout/elk-layout");
  const boxes = await layoutDesign(merged);
  const old = current.layout ?? {};
  const oldIds = new Set(Object.keys(old));
  const existingContexts = new Set((current.contexts ?? []).map((c) => c.id));
  const joinsOld = [...(merged.services ?? []), ...(merged.databases ?? []), ...(merged.brokers ?? [])].some((e) => !oldIds.has(e.id) && e.context !== undefined && existingContexts.has(e.context));
  if (joinsOld || oldIds.size === 0) return setLayout(merged, boxes);
  const fresh = Object.entries(boxes).filter(([id]) => !oldIds.has(id));
  if (fresh.length === 0) return merged;
  const bottom = Math.max(...Object.values(old).map((b) => b.y + (b.height ?? 80)));
  const left = Math.min(...Object.values(old).map((b) => b.x));
  const top = Math.min(...fresh.map(([, b]) => b.y));
  const minX = Math.min(...fresh.map(([, b]) => b.x));
  const moved: Record<string, Box> = {};
  for (const [id, b] of fresh) moved[id] = { ...b, x: b.x - minX + left, y: b.y - top + bottom + 120 };
  return setLayout(merged, moved);
}
