import { Suspense, useState } from "react";
import { Icon } from "../ui/icons";
import { LoadBoundary, reportLoadFailure, retryableLazy } from "../ui/LoadBoundary";
import { useT } from "../i18n/i18n";

// The share codec (fflate and its dictionary) loads on first use.
const ShareDialog = retryableLazy(() => import("./ShareDialog"));

export function ShareButton() {
  const [open, setOpen] = useState(false);
  const { t } = useT();
  const onLoadError = (error: Error) => {
    setOpen(false);
    ShareDialog.reset();
    reportLoadFailure(t("share.openFailed"), error, () => setOpen(true));
  };
  const Dialog = ShareDialog.get();
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-indigo-500" onClick={() => setOpen(true)} data-testid="toolbar.share" title={t("toolbar.shareTitle")}>
        <Icon name="share" />
        <span>{t("toolbar.share")}</span>
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
