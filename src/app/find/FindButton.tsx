import { useEffect } from "react";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { retryableLazy } from "../ui/LoadBoundary";
import { useLazyDialog } from "../ui/use-lazy-dialog";
import type { FindMode } from "./FindDialog";

// Loaded on first use; small, but nothing of it is needed for the first paint.
const FindDialog = retryableLazy(() => import("./FindDialog"));

/** Opens Find (or, in connect mode, the target picker for a new flow). */
export function openFind(mode: FindMode = { kind: "find" }): void {
  window.dispatchEvent(new CustomEvent<FindMode>("seams:find", { detail: mode }));
}

/** The toolbar's Find button; it also hosts the dialog that Ctrl/Cmd+K and the C key open. */
export function FindButton() {
  const { t } = useT();
  const dialog = useLazyDialog<FindMode>(t("find.openFailed"));
  const open = dialog.open;
  useEffect(() => {
    const onFind = (e: Event) => open((e as CustomEvent<FindMode>).detail);
    window.addEventListener("seams:find", onFind);
    return () => window.removeEventListener("seams:find", onFind);
  }, [open]);
  const mod = navigator.platform.includes("Mac") ? "⌘" : "Ctrl+";
  return (
    <>
      <button
        className="flex items-center gap-2 rounded-md border border-slate-200 px-2 py-1 text-[13px] text-slate-600 hover:bg-slate-100"
        onClick={() => openFind()}
        data-testid="toolbar.find"
        title={t("find.title", { shortcut: `${mod}K` })}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Icon name="search" />
        <span className="hidden lg:inline">{t("find.button")}</span>
        <kbd className="hidden rounded border border-slate-200 px-1 font-sans text-[10px] text-slate-500 lg:inline">{mod}K</kbd>
      </button>
      {dialog.host(FindDialog, (mode, onClose) => ({ mode, onClose }))}
    </>
  );
}
