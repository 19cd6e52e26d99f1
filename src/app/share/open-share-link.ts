/**
 * Opening a share link: `#d=…` in the address bar at start-up, or pasted
 * into it later (hashchange). A good link opens as a new document, so the
 * design it replaces stays in History one click away; a bad one changes
 * nothing and says why. Either way the fragment leaves the address bar, so a
 * reload shows the person's own work instead of opening the link again.
 */
import { formatLoadError } from "../../core/load/load-error";
import { openDesign } from "../files/file-actions";
import { useEditor } from "../store/editor-store";
import { currentDocId, docStore, switchDocument } from "../persistence/autosave";
import { reportLoadFailure } from "../ui/LoadBoundary";

/** True for a fragment that means to carry a design (`#d=…`, alone or among other parameters). */
export function carriesDesign(hash: string): boolean {
  return /^#?(?:[^&]*&)*d=/.test(hash);
}

/** Opens the link in the address bar, if there is one; resolves when done. */
export async function openShareLinkFromLocation(): Promise<void> {
  const hash = window.location.hash;
  if (!carriesDesign(hash)) return;
  // Cleared first: a link that crashes the tab must not crash it again on reload.
  clearFragment();
  const { notify } = useEditor.getState();
  let result;
  try {
    // The codec (fflate and its dictionary) is not part of the first paint.
    const { decodeShareFragment } = await import("../../core/share/index");
    result = decodeShareFragment(hash);
  } catch (e) {
    // The fragment is gone from the address bar by now: Retry puts it back and reads it again.
    reportLoadFailure("Could not open the shared design: Seams could not load its link reader", e, () => {
      history.replaceState(null, "", hash);
      void openShareLinkFromLocation();
    });
    return;
  }
  if (!result.ok) {
    notify({ tone: "error", title: "Could not open the shared design: the link is not a valid design", details: [...result.errors.slice(0, 12).map(formatLoadError), "Your current design was not changed."], sticky: true });
    return;
  }
  const previous = currentDocId();
  const hadPrevious = previous !== undefined && (docStore()?.storedRev(previous) ?? 0) > 0;
  openDesign(result.design, "link");
  notify({
    tone: "info",
    title: hadPrevious ? "Opened a shared design — your previous design is in History" : "Opened a shared design",
    details: result.warnings.length ? result.warnings : undefined,
    sticky: hadPrevious,
    action: hadPrevious && previous ? { label: "Go back to my design", run: () => void switchDocument(previous) } : undefined,
  });
}

function clearFragment(): void {
  try {
    history.replaceState(history.state, "", window.location.pathname + window.location.search);
  } catch {
    /* a sandboxed frame may refuse; the link then simply stays visible */
  }
}

/** Opens a link present at start-up and any pasted into the address bar later. */
export function startShareLinks(): void {
  void openShareLinkFromLocation();
  window.addEventListener("hashchange", () => void openShareLinkFromLocation());
}
