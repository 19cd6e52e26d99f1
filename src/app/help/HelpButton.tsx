import { useEffect } from "react";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { retryableLazy } from "../ui/LoadBoundary";
import { useLazyDialog } from "../ui/use-lazy-dialog";
import { openHelp } from "./open-help";

const HelpDialog = retryableLazy(() => import("./HelpDialog"));

/** The toolbar's Help button; it also hosts the guide that findings, the score card, Find and "?" open. */
export function HelpButton() {
  const { t } = useT();
  // The section to open at; null opens the guide at its start.
  const dialog = useLazyDialog<string | null>(t("help.openFailed"));
  const open = dialog.open;
  useEffect(() => {
    const onHelp = (e: Event) => open((e as CustomEvent<string | undefined>).detail ?? null);
    window.addEventListener("seams:help", onHelp);
    return () => window.removeEventListener("seams:help", onHelp);
  }, [open]);
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => openHelp()} data-testid="toolbar.help" title={t("help.title")} aria-label={t("help.button")}>
        <Icon name="help" />
      </button>
      {dialog.host(HelpDialog, (section, onClose) => ({ section: section ?? undefined, onClose }))}
    </>
  );
}
