import { lazy, Suspense, useState } from "react";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";

// The share codec (fflate and its dictionary) loads on first use.
const ShareDialog = lazy(() => import("./ShareDialog"));

export function ShareButton() {
  const [open, setOpen] = useState(false);
  const { t } = useT();
  return (
    <>
      <button className="flex items-center gap-1.5 rounded-md bg-indigo-600 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-indigo-500" onClick={() => setOpen(true)} data-testid="toolbar.share" title={t("toolbar.shareTitle")}>
        <Icon name="share" />
        <span>{t("toolbar.share")}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
