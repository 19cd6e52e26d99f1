/**
 * Opening a share link: `#d=…` in the address bar at start-up, or pasted
 * into it later (hashchange). A good link opens as a new document, so the
 * design it replaces stays in History one click away; a bad one changes
 * nothing and says why. Either way the fragment leaves the address bar, so a
 * reload shows the person's own work instead of opening the link again.
 * The link is decoded in a worker, and a large design (over
 * LARGE_DESIGN_ELEMENTS) opens only when the person says so.
 */
import { renderLoadWarnings } from "../../i18n/render-load-warnings";
import type { LoadResult } from "../../core/load/load-design";
import { LARGE_DESIGN_ELEMENTS } from "../../core/model/limits";
import type { Design } from "../../core/model/schema";
import { elementCount } from "../layout/grid-layout";
import { loadOffThread } from "../load/load-off-thread";
import { carriesDesign } from "./start-share-links";
import { openDesign } from "../files/file-actions";
import { useEditor } from "../store/editor-store";
import { currentDocId, docStore, switchDocument } from "../persistence/autosave";
import { t } from "../i18n/i18n";

/** Opens the link in the address bar, if there is one; resolves when done. */
export async function openShareLinkFromLocation(): Promise<void> {
  const hash = window.location.hash;
  if (!carriesDesign(hash)) return;
  // Cleared first: a link that crashes the tab must not crash it again on reload.
  clearFragment();
  const { notify, dismiss } = useEditor.getState();
  // Decoded in a worker: the page answers the person meanwhile, and their design is not touched.
  const reading = notify({ tone: "info", title: t("notices.share.opening"), sticky: true });
  let result: LoadResult;
  try {
    result = await loadOffThread("link", hash);
  } finally {
    dismiss(reading);
  }
  if (!result.ok) {
    // The catalogs' renderer for loader errors loads with the first refused document, not with the app.
    const { describeLoadError } = await import("../i18n/describe-load-error");
    notify({ tone: "error", title: t("notices.share.invalid"), details: [...result.errors.slice(0, 12).map(describeLoadError), t("notices.share.unchanged")], sticky: true });
    return;
  }
  const design = result.design;
  const warnings = renderLoadWarnings(t, result);
  const elements = elementCount(design);
  if (elements > LARGE_DESIGN_ELEMENTS) {
    // A link is anyone's: opening thousands of elements should be the person's choice, not the link's.
    const flows = design.flows?.length ?? 0;
    notify({
      tone: "warning",
      title: t("notices.share.large", { elements, flows }),
      details: [t("notices.share.largeBody")],
      sticky: true,
      action: { label: t("notices.share.openIt"), run: () => openShared(design, warnings) },
    });
    return;
  }
  openShared(design, warnings);
}

function openShared(design: Design, warnings: string[]): void {
  const { notify } = useEditor.getState();
  const previous = currentDocId();
  const hadPrevious = previous !== undefined && (docStore()?.storedRev(previous) ?? 0) > 0;
  openDesign(design, "link");
  notify({
    tone: "info",
    title: hadPrevious ? t("notices.share.openedKept") : t("notices.share.opened"),
    details: warnings.length ? warnings : undefined,
    sticky: hadPrevious,
    action: hadPrevious && previous ? { label: t("notices.share.goBack"), run: () => void switchDocument(previous) } : undefined,
  });
}

function clearFragment(): void {
  try {
    history.replaceState(history.state, "", window.location.pathname + window.location.search);
  } catch {
    /* a sandboxed frame may refuse; the link then simply stays visible */
  }
}
