import { lazy, Suspense, useState } from "react";
import { Icon } from "../ui/icons";

// The exporters (and YAML) load on first use, not with the editor.
const ExportDialog = lazy(() => import("./ExportDialog"));

export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => setOpen(true)} data-testid="toolbar.export" title="Export gateway and registry configs">
        <Icon name="export" />
        <span className="hidden xl:inline">Export</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
