import type { Design } from "../../core/model/schema";
import { deleteSelection } from "../actions/element-actions";
import { describeSelection } from "./describe-selection";
import { useT } from "../i18n/i18n";

/** Several selected: how many of what, and the one thing to do with all of them. */
export function MultiInspector({ design, selection }: { design: Design; selection: ReadonlySet<string> }) {
  const { t } = useT();
  return (
    <div className="px-4 py-5" data-testid="inspector.multi">
      <h2 className="text-[13px] font-semibold text-slate-800" data-testid="inspector.title">
        {t("inspector.multi.title", { count: selection.size })}
      </h2>
      <p className="mt-1 text-[12px] text-slate-500" data-testid="inspector.multi.summary">
        {describeSelection(design, selection, t)}
      </p>
      <p className="mt-3 text-[12px] leading-relaxed text-slate-500">{t("inspector.multi.body")}</p>
      <button
        type="button"
        className="mt-4 rounded-lg border border-red-200 px-3 py-1.5 text-[13px] font-medium text-red-600 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-200"
        onClick={deleteSelection}
        data-testid="inspector.delete"
      >
        {t("inspector.multi.delete", { count: selection.size })}
      </button>
    </div>
  );
}
