import { Suspense, useEffect, useState } from "react";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { LoadBoundary, reportLoadFailure, retryableLazy } from "../ui/LoadBoundary";
import { openHelp } from "./open-help";

const HelpDialog = retryableLazy(() => import("./HelpDialog"));

/** The toolbar's Help button; it also hosts the guide that findings, the score card, Find and "?" open. */
export function HelpButton() {
  const [section, setSection] = useState<string | null | undefined>();
  const { t } = useT();
  useEffect(() => {
    const onHelp = (e: Event) => setSection((e as CustomEvent<string | undefined>).detail ?? null);
    window.addEventListener("seams:help", onHelp);
    return () => window.removeEventListener("seams:help", onHelp);
  }, []);
  const onLoadError = (error: Error) => {
    const was = section;
    setSection(undefined);
    HelpDialog.reset();
    reportLoadFailure(t("help.openFailed"), error, () => setSection(was));
  };
  const Dialog = HelpDialog.get();
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => openHelp()} data-testid="toolbar.help" title={t("help.title")} aria-label={t("help.button")}>
        <Icon name="help" />
      </button>
      {section !== undefined && (
        <LoadBoundary onError={onLoadError}>
          <Suspense fallback={null}>
            <Dialog section={section ?? undefined} onClose={() => setSection(undefined)} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
