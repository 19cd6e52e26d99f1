import { Icon } from "../ui/icons";
import { retryableLazy } from "../ui/LoadBoundary";
import { useLazyDialog } from "../ui/use-lazy-dialog";
import { useT } from "../i18n/i18n";

// The share codec (fflate and its dictionary) loads on first use.
const ShareDialog = retryableLazy(() => import("./ShareDialog"));

export function ShareButton() {
  const { t } = useT();
  const dialog = useLazyDialog<true>(t("share.openFailed"));
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-indigo-500" onClick={() => dialog.open(true)} data-testid="toolbar.share" title={t("toolbar.shareTitle")}>
        <Icon name="share" />
        <span>{t("toolbar.share")}</span>
      </button>
      {dialog.host(ShareDialog, (_, onClose) => ({ onClose }))}
    </>
  );
}
