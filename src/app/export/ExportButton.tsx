import { Icon } from "../ui/icons";
import { retryableLazy } from "../ui/LoadBoundary";
import { useLazyDialog } from "../ui/use-lazy-dialog";
import { useT } from "../i18n/i18n";

// The exporters (and YAML) load on first use, not with the editor.
const ExportDialog = retryableLazy(() => import("./ExportDialog"));

export function ExportButton() {
  const { t } = useT();
  const dialog = useLazyDialog<true>(t("export.openFailed"));
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100" onClick={() => dialog.open(true)} data-testid="toolbar.export" title={t("toolbar.exportTitle")}>
        <Icon name="export" />
        <span className="hidden xl:inline">{t("toolbar.export")}</span>
      </button>
      {dialog.host(ExportDialog, (_, onClose) => ({ onClose }))}
    </>
  );
}
