import { useEditor } from "../store/editor-store";
import { showImpact } from "./fix-store";
import { useT } from "../i18n/i18n";

/** In the inspector of an element: shows on the canvas what fails and degrades while it is down. */
export function WhatIfButton({ id }: { id: string }) {
  const { t } = useT();
  const run = async () => {
    // The impact rules load on first use: they are not needed to draw the app.
    const { assessImpact } = await import("../../core/impact/assess-impact");
    const design = useEditor.getState().history.present;
    showImpact(assessImpact(design, id), design.flows ?? []);
  };
  return (
    <div className="px-4 pb-2">
      <button type="button" className="w-full rounded-md border border-rose-200 bg-rose-50 px-3 py-1.5 text-[12px] font-medium text-rose-700 hover:bg-rose-100" onClick={() => void run()} data-testid="inspector.what-if-down">
        {t("fixFields.whatIfDown")}
      </button>
    </div>
  );
}
