import { lazy, Suspense, useState } from "react";
import { useEditor } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { LoadBoundary } from "./LoadBoundary";
import { useT } from "../i18n/i18n";

// The exporters (and YAML) load on first use, not with the editor. React
// keeps a failed lazy import failed, so a failure makes a fresh one to retry.
const loadDialog = () => lazy(() => import("./ExportDialog"));
let ExportDialog = loadDialog();

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const { t } = useT();
  const onLoadError = (error: Error) => {
    setOpen(false);
    ExportDialog = loadDialog();
    useEditor.getState().notify({ tone: "error", title: t("export.openFailed"), details: [error.message, t("export.openFailedHint")] });
  };
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => setOpen(true)} data-testid="toolbar.export" title={t("toolbar.exportTitle")}>
        <Icon name="export" />
        <span className="hidden xl:inline">{t("toolbar.export")}</span>
      </button>
      {open && (
        <LoadBoundary onError={onLoadError}>
          <Suspense fallback={null}>
            <ExportDialog onClose={() => setOpen(false)} />
          </Suspense>
        </LoadBoundary>
      )}
    </>
  );
}
