import type { ElementKind } from "../../core/model/schema";
import { deleteSelection } from "../actions/element-actions";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";

/** The kind, the name, and a delete button for the one selected thing. */
export function InspectorHeader({ kind, title, subtitle }: { kind: ElementKind | "flow"; title: string; subtitle?: string }) {
  const { t } = useT();
  const style = kind === "flow" ? { tint: "bg-indigo-50", accent: "text-indigo-600" } : KIND_STYLE[kind];
  return (
    <div className="flex items-center gap-2.5 px-4 pb-3 pt-4">
      <span className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-lg ${style.tint} ${style.accent}`}>{kind === "flow" ? <span className="text-[15px] leading-none">→</span> : <Icon name={kind} size={18} />}</span>
      <div className="min-w-0 flex-1">
        <div className="text-[11px] font-medium uppercase tracking-wider text-slate-500">{t(`inspector.kind.${kind}`)}</div>
        <h2 className="truncate text-[14px] font-semibold leading-tight text-slate-800" data-testid="inspector.title" title={title}>
          {title}
        </h2>
        {subtitle && <div className="truncate text-[11px] text-slate-500">{subtitle}</div>}
      </div>
      <button
        type="button"
        className="rounded-md p-1.5 text-slate-500 hover:bg-red-50 hover:text-red-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-200"
        title={t("inspector.header.delete")}
        aria-label={t("inspector.header.deleteLabel", { name: title })}
        onClick={deleteSelection}
        data-testid="inspector.delete"
      >
        <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
        </svg>
      </button>
    </div>
  );
}
