import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { useT } from "../i18n/i18n";
import { Icon } from "../ui/icons";

/** The panel loads on first open: the first page load does not need it. */
const HistoryPanel = lazy(() => import("./HistoryPanel").then((m) => ({ default: m.HistoryPanel })));

/** The toolbar's History button: recent designs, saved versions and kept documents, in a popover. */
export function HistoryButton() {
  const [open, setOpen] = useState(false);
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", onDown);
    window.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      window.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className="relative" ref={box}>
      <button
        className={`flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] hover:bg-slate-100 ${open ? "bg-slate-100 text-slate-900" : "text-slate-700"}`}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        data-testid="toolbar.history"
        title={t("toolbar.historyTitle")}
      >
        <Icon name="history" />
        <span className="hidden xl:inline">{t("toolbar.history")}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryPanel onDone={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
