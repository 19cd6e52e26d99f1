import { Suspense, useState } from "react";
import { Icon } from "../ui/icons";
import { LoadBoundary, reportLoadFailure, retryableLazy } from "../ui/LoadBoundary";

// The exporters (and YAML) load on first use, not with the editor.
const ExportDialog = retryableLazy(() => import("./ExportDialog"));

export function ExportButton() {
  const [open, setOpen] = useState(false);
  const onLoadError = (error: Error) => {
    setOpen(false);
    ExportDialog.reset();
    reportLoadFailure("Could not open the export dialog", error, () => setOpen(true));
  };
  const Dialog = ExportDialog.get();
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => setOpen(true)} data-testid="toolbar.export" title="Export gateway and registry configs">
        <Icon name="export" />
        <span className="hidden xl:inline">Export</span>
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
