import { Suspense, useState } from "react";
import { Icon } from "../ui/icons";
import { LoadBoundary, reportLoadFailure, retryableLazy } from "../ui/LoadBoundary";
import { useT } from "../i18n/i18n";

// The exporters (and YAML) load on first use, not with the editor.
const ExportDialog = retryableLazy(() => import("./ExportDialog"));

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const { t } = useT();
  const onLoadError = (error: Error) => {
    setOpen(false);
    ExportDialog.reset();
    reportLoadFailure(t("export.openFailed"), error, () => setOpen(true));
  };
  const Dialog = ExportDialog.get();
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => setOpen(true)} data-testid="toolbar.export" title={t("toolbar.exportTitle")}>
        <Icon name="export" />
        <span className="hidden xl:inline">{t("toolbar.export")}</span>
      </button>
      {open && (
        <LoadBoundary onError={onLoadError}>
          <Suspense fallback={null}>
            <Dialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
