import { useRef } from "react";
import type { Finding } from "../../core/analysis/types";
import { useModal } from "../export/use-modal";
import { selectDesign, useEditor } from "../store/editor-store";
import { BeforeAfterTable } from "./BeforeAfterTable";
import { EventChoiceFields } from "./EventChoiceFields";
import { closeFix } from "./fix-store";
import { useFixPreview } from "./use-fix-preview";
import { useT } from "../i18n/i18n";
import { changeText, refactoringTitle } from "../../i18n/render-refactoring";

/**
 * Fix…: the refactorings of one finding as a preview. The canvas shows the
 * refactored design with what changes highlighted; the panel lists the
 * changes and the findings and split scores before → after. Apply is one
 * undo step; Cancel (or Escape) changes nothing.
 */
export default function FixPanel({ finding, title }: { finding: Finding; title: string }) {
  const { t } = useT();
  const design = useEditor(selectDesign);
  const panel = useRef<HTMLDivElement>(null);
  const { options, chosen, choose, eventChoice, setEventChoice, result, delta, error } = useFixPreview(design, finding);
  const cancel = () => {
    closeFix();
    useEditor.getState().setHighlight([]);
  };
  useModal(panel, cancel, () => panel.current?.querySelector<HTMLElement>('[data-testid="fix.apply"]'));
  const apply = () => {
    if (!result || !chosen) return;
    const state = useEditor.getState();
    state.change(() => result.design);
    state.setHighlight(result.touched);
    closeFix();
    state.notify({ tone: "info", title: t("refactor.panel.applied", { title: refactoringTitle(t, chosen) }), details: [t("refactor.panel.undoHint")] });
  };

  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="dialog"
      aria-label={t("refactor.panel.label", { title })}
      data-modal-open
      data-testid="fix.panel"
      className="absolute right-3 top-3 z-40 flex max-h-[calc(100%-1.5rem)] w-[380px] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px] shadow-xl outline-none"
    >
      <div className="border-b border-slate-100 px-4 py-3">
        <div className="text-[11px] font-semibold uppercase tracking-wider text-indigo-600">{t("refactor.panel.heading")}</div>
        <h2 className="text-[14px] font-semibold text-slate-800">{title}</h2>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-3">
        {options.length > 1 && (
          <fieldset className="mb-3">
            <legend className="mb-1 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{t("refactor.panel.options")}</legend>
            {options.map((o) => (
              <label key={o.id} className="flex cursor-pointer items-start gap-2 rounded-md px-1 py-1 hover:bg-slate-50">
                <input type="radio" name="fix-option" className="mt-0.5" checked={o.id === chosen?.id} onChange={() => choose(o.id)} data-testid={`fix.option.${o.id}`} />
                <span className="text-[12px] leading-snug text-slate-700">{refactoringTitle(t, o)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {options.length === 1 && chosen && <p className="mb-3 text-[12px] font-medium text-slate-700" data-testid="fix.title">{refactoringTitle(t, chosen)}</p>}
        {chosen?.plan.kind === "call-to-event" && <EventChoiceFields design={design} flowId={chosen.plan.flow} choice={eventChoice} onChange={setEventChoice} />}
        {options.length === 0 && <p className="mb-3 text-[12px] text-slate-500" data-testid="fix.none">{t("refactor.panel.nothing")}</p>}
        {error && <p className="mb-3 rounded-md bg-rose-50 p-2 text-[12px] text-rose-700">{t("refactor.panel.cannotApply", { error })}</p>}
        {result && (
          <>
            <div className="mb-1 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{t("refactor.panel.changes")}</div>
            <ul className="mb-3 list-disc pl-4 text-[12px] leading-snug text-slate-600" data-testid="fix.changes">
              {result.steps.map((s, i) => (
                <li key={i}>{changeText(t, s)}</li>
              ))}
            </ul>
          </>
        )}
        {delta && (
          <>
            <div className="mb-1 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{t("refactor.panel.findings")}</div>
            <BeforeAfterTable delta={delta} />
          </>
        )}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-100 px-4 py-3">
        <button type="button" className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100" onClick={cancel} data-testid="fix.cancel">
          {t("refactor.panel.cancel")}
        </button>
        <button type="button" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700 disabled:opacity-40" disabled={!result} onClick={apply} data-testid="fix.apply">
          {t("refactor.panel.apply")}
        </button>
      </div>
    </div>
  );
}
