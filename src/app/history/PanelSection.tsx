import { Children, type ReactNode } from "react";
import { useT } from "../i18n/i18n";

export function PanelSection({ title, hint, empty, children }: { title: string; hint: string; empty: string; children: ReactNode }) {
  const rows = Children.toArray(children);
  return (
    <section className="px-1 pb-1 pt-2 [&+&]:border-t [&+&]:border-slate-100">
      <div className="flex items-baseline justify-between px-3 pb-1">
        <h3 className="whitespace-nowrap text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
        <span className="shrink-0 pl-2 text-[11px] text-slate-500">{hint}</span>
      </div>
      {rows.length ? rows : <div className="px-3 py-2 text-[12px] text-slate-500">{empty}</div>}
    </section>
  );
}

interface RowProps {
  testId: string;
  title: string;
  meta: string;
  badge?: string;
  tone?: "error";
  /** Restores the row (a whole-row button); absent for the row already open. */
  onClick?: () => void;
  /** A separate button at the end of the row; its test id is the row's plus `.${suffix}`. */
  action?: { label: string; run: () => void; suffix: string; quiet?: boolean };
}

/** One entry: a name in plain text (names come from designs: never markup), what it is, and what a click does. */
export function Row({ testId, title, meta, badge, tone, onClick, action }: RowProps) {
  const { t } = useT();
  const body = (
    <>
      <div className="min-w-0 flex-1">
        <div className={`truncate font-medium ${tone === "error" ? "text-rose-700" : "text-slate-800"}`}>{title || t("historyPanel.untitled")}</div>
        <div className="truncate text-[11px] text-slate-500">{meta}</div>
      </div>
      {badge && <span className="shrink-0 rounded-full bg-indigo-50 px-2 py-0.5 text-[11px] font-medium text-indigo-700">{badge}</span>}
    </>
  );
  const button = action && (
    <button
      className={`shrink-0 rounded-md px-2 py-1 text-[12px] font-medium ${action.quiet ? "text-slate-500 opacity-0 hover:bg-rose-50 hover:text-rose-700 focus:opacity-100 group-hover:opacity-100" : "border border-slate-300 text-slate-700 hover:bg-slate-100"}`}
      onClick={action.run}
      data-testid={`${testId}.${action.suffix}`}
    >
      {action.label}
    </button>
  );
  if (!onClick)
    return (
      <div className="group flex items-center gap-2 rounded-lg px-3 py-2" data-testid={testId}>
        {body}
        {button}
      </div>
    );
  return (
    <div className="group flex items-center gap-1 rounded-lg pr-2 hover:bg-slate-100">
      <button className="flex min-w-0 flex-1 items-center gap-2 px-3 py-2 text-left" onClick={onClick} data-testid={testId} title={t("historyPanel.openThis")}>
        {body}
      </button>
      {button}
    </div>
  );
}
