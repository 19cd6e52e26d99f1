import { useEffect } from "react";
import type { Outcome, RouteImpact } from "../../core/impact/assess-impact";
import { selectDesign, useEditor } from "../store/editor-store";
import { closeImpact, useFixes } from "./fix-store";
import { useT } from "../i18n/i18n";
import type { Translate } from "../../i18n/translate";

/** 0.99601 -> "99.6%": at most two decimals, as the findings print availabilities, in the locale's way. */
const percent = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(ratio);

export const OUTCOME_STYLE: Record<Outcome, { chip: string }> = {
  fails: { chip: "bg-rose-100 text-rose-700" },
  degraded: { chip: "bg-amber-100 text-amber-800" },
  ok: { chip: "bg-emerald-50 text-emerald-700" },
};
const RANK: Record<Outcome, number> = { fails: 0, degraded: 1, ok: 2 };

/** "What if it is down?": the blast radius as a list beside the tinted canvas. Escape leaves. */
export default function ImpactPanel() {
  const { t, locale } = useT();
  const impact = useFixes((s) => s.impact);
  const design = useEditor(selectDesign);
  useEffect(() => {
    if (!impact) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && closeImpact();
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [impact]);
  // The view is of one design: an edit ends it rather than showing stale colours.
  useEffect(() => closeImpact, [design]);
  if (!impact) return null;

  const names = new Map<string, string>();
  for (const list of [design.contexts, design.services, design.databases, design.brokers, design.gateways]) for (const el of list ?? []) names.set(el.id, el.name);
  const name = (id: string) => names.get(id) ?? id;
  const pathOf = new Map((design.flows ?? []).map((f) => [f.id, f.path ?? `/${f.to}`]));
  const routes = [...impact.routes].sort((a, b) => RANK[a.outcome] - RANK[b.outcome]);
  const count = (o: Outcome) => impact.routes.filter((r) => r.outcome === o).length;
  const hit = impact.elements.filter((e) => e.outcome !== "ok" && e.id !== impact.down);

  return (
    <section className="absolute right-3 top-3 z-40 flex max-h-[calc(100%-1.5rem)] w-[360px] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px] shadow-xl" aria-label={t("impactPanel.label")} data-testid="impact.panel">
      <div className="flex items-start gap-2 border-b border-slate-100 px-4 py-3">
        <div className="min-w-0 flex-1">
          <div className="text-[11px] font-semibold uppercase tracking-wider text-rose-600">{t("impactPanel.heading")}</div>
          <h2 className="truncate text-[14px] font-semibold text-slate-800" data-testid="impact.title">{t("impactPanel.title", { name: name(impact.down) })}</h2>
          <div className="mt-1 flex gap-1.5 text-[11px]">
            {(["fails", "degraded", "ok"] as const).map((o) => (
              <span key={o} className={`rounded-full px-2 font-semibold leading-5 ${OUTCOME_STYLE[o].chip}`} data-testid={`impact.count.${o}`}>
                {t("impactPanel.count", { count: count(o), outcome: o })}
              </span>
            ))}
          </div>
        </div>
        <button type="button" className="rounded-md px-2 py-1 text-[12px] text-slate-500 hover:bg-slate-100" onClick={closeImpact} title={t("impactPanel.close")} data-testid="impact.close">
          Esc
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 py-2">
        <div className="px-2 pb-1 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{t("impactPanel.routes")}</div>
        {routes.length === 0 && <p className="px-2 text-[12px] text-slate-500">{t("impactPanel.noRoutes")}</p>}
        <ul>
          {routes.map((r) => (
            <RouteRow key={r.flow} route={r} prefix={pathOf.get(r.flow) ?? r.flow} name={name} t={t} locale={locale} />
          ))}
        </ul>
        {hit.length > 0 && (
          <>
            <div className="px-2 pb-1 pt-3 text-[11px] font-semibold uppercase tracking-wider text-slate-400">{t("impactPanel.hit")}</div>
            <ul className="px-2 text-[12px]">
              {hit.map((e) => (
                <li key={e.id} className="flex items-center gap-2 py-0.5" data-testid={`impact.element.${e.id}`} data-outcome={e.outcome}>
                  <span className={`rounded px-1.5 text-[10px] font-semibold uppercase ${OUTCOME_STYLE[e.outcome].chip}`}>{t(`impactPanel.outcome.${e.outcome}`)}</span>
                  <span className="truncate text-slate-700">{name(e.id)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

function RouteRow({ route, prefix, name, t, locale }: { route: RouteImpact; prefix: string; name: (id: string) => string; t: Translate; locale: string }) {
  return (
    <li className="rounded-md px-2 py-1.5 hover:bg-slate-50" data-testid={`impact.route.${route.flow}`} data-outcome={route.outcome}>
      <div className="flex items-center gap-2">
        <span className={`rounded px-1.5 text-[10px] font-semibold uppercase ${OUTCOME_STYLE[route.outcome].chip}`}>{t(`impactPanel.outcome.${route.outcome}`)}</span>
        <span className="truncate font-mono text-[12px] text-slate-800">{prefix}</span>
        <span className="ml-auto text-[11px] tabular-nums text-slate-400" title={t("impactPanel.availability")} data-testid="impact.availability">
          {percent(route.availability, locale)}
        </span>
      </div>
      {route.outcome !== "ok" && <div className="mt-0.5 truncate text-[11px] text-slate-500">{route.path.map(name).join(" → ")}</div>}
    </li>
  );
}
