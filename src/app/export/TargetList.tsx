import type { KeyboardEvent } from "react";
import type { ExportGroup } from "./list-export-groups";
import { useT } from "../i18n/i18n";
import { targetText } from "../../i18n/target-text";

/**
 * The targets, grouped, one selectable row each (title and one-line summary).
 * Up/Down/Home/End move the choice, as in any list box; only the chosen row
 * is a Tab stop.
 */
export function TargetList({ groups, selected, onSelect, gatewayCount }: { groups: readonly ExportGroup[]; selected: string; onSelect: (id: string) => void; gatewayCount: number }) {
  const { t } = useT();
  const ids = groups.flatMap((g) => g.targets.map((t) => t.id));
  const onKeyDown = (e: KeyboardEvent) => {
    const at = ids.indexOf(selected);
    const next = e.key === "ArrowDown" ? at + 1 : e.key === "ArrowUp" ? at - 1 : e.key === "Home" ? 0 : e.key === "End" ? ids.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const id = ids[Math.max(0, Math.min(ids.length - 1, next))];
    if (!id) return;
    onSelect(id);
    document.querySelector<HTMLElement>(`[data-testid="export.target.${CSS.escape(id)}"]`)?.focus();
  };
  return (
    <div role="listbox" aria-label={t("export.targetList")} className="flex flex-col gap-4 p-3" onKeyDown={onKeyDown}>
      {groups.map((g) => (
        <div key={g.scope} role="group" aria-labelledby={`export-group-${g.scope}`}>
          <div className="mb-1 flex items-baseline justify-between px-2">
            <h3 id={`export-group-${g.scope}`} className="text-[11px] font-semibold uppercase tracking-wider text-slate-500">
              {t(`exportUi.group.${g.scope}`)}
            </h3>
            {g.scope === "gateway" && <span className="text-[11px] text-slate-500">{t("export.gatewayCount", { count: gatewayCount })}</span>}
          </div>
          <div className="flex flex-col gap-0.5">
            {g.targets.map((target) => {
              const on = target.id === selected;
              const text = targetText(t, target);
              return (
                <button
                  key={target.id}
                  role="option"
                  aria-selected={on}
                  tabIndex={on ? 0 : -1}
                  onClick={() => onSelect(target.id)}
                  title={text.summary}
                  data-testid={`export.target.${target.id}`}
                  className={`w-full rounded-lg px-2.5 py-1.5 text-left outline-none transition-colors focus-visible:ring-2 focus-visible:ring-indigo-300 ${on ? "bg-indigo-50 ring-1 ring-indigo-200" : "hover:bg-slate-100"}`}
                >
                  <div className={`text-[13px] font-medium ${on ? "text-indigo-700" : "text-slate-800"}`}>{text.title}</div>
                  <div className="line-clamp-2 text-[11px] leading-4 text-slate-500">{text.summary}</div>
                </button>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
