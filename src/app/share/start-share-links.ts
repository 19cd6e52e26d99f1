/**
 * Watches the address bar for share links. Only this much loads with the
 * page: opening a link (open-share-link.ts, its worker and its questions)
 * loads when there is a link to open.
 */
import { reportLoadFailure } from "../ui/LoadBoundary";
import { t } from "../i18n/i18n";

/** True for a fragment that means to carry a design (`#d=…`, alone or among other parameters). */
export function carriesDesign(hash: string): boolean {
  return /^#?(?:[^&]*&)*d=/.test(hash);
}

async function openIfLink(): Promise<void> {
  if (!carriesDesign(window.location.hash)) return;
  let opener: typeof import("./open-share-link");
  try {
    opener = await import("./open-share-link");
  } catch (error) {
    // The link stays in the address bar, so Retry can still open it.
    reportLoadFailure(t("notices.load.linkOpener"), error, () => void openIfLink());
    return;
  }
  await opener.openShareLinkFromLocation();
}

/** Opens a link present at start-up and any pasted into the address bar later. */
export function startShareLinks(): void {
  void openIfLink();
  window.addEventListener("hashchange", () => void openIfLink());
}
