import { SPLIT_CRITERIA } from "../../core/model/schema";
import { criterionLabel, verdictText, verdictThresholds } from "../../i18n/render-advice";
import { useT } from "../i18n/i18n";
import { useEditor } from "../store/editor-store";
import { useAnalysis } from "./analysis-store";
import { openHelp } from "../help/open-help";
import { formatScore } from "../../core/analysis/format-score";

const VERDICT_STYLE: Record<string, string> = {
  "strongly-split": "bg-emerald-100 text-emerald-800",
  "split-weigh-cost": "bg-sky-100 text-sky-800",
  modularize: "bg-amber-100 text-amber-800",
  "keep-monolith": "bg-rose-100 text-rose-800",
};

/** For the one selected service: the split score with its arithmetic, and what the design itself says about the split. */
export default function SplitScoreCard() {
  const { t, locale } = useT();
  const fixed2 = (n: number) => n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const selection = useEditor((s) => s.selection);
  const id = selection.size === 1 ? [...selection][0]! : undefined;
  const score = useAnalysis((s) => (id ? s.analysis?.scores[id] : undefined));
  const evidence = useAnalysis((s) => (id ? s.analysis?.evidence[id] : undefined));
  if (!id || (!score && !evidence)) return null;
  return (
    <section className="mx-4 mb-4 rounded-xl border border-slate-200 p-3" data-testid="split-card">
      <div className="text-[11px] font-semibold uppercase tracking-wider text-slate-500">{t("adviser.card.title")}</div>
      {score ? (
        <>
          <div className="mt-1 flex items-baseline gap-2">
            <span className="text-2xl font-bold text-slate-800" data-testid="split-card.score">
              {formatScore(score.score)}
            </span>
            <span className="text-xs text-slate-500">/ 10</span>
            <span className={`ml-auto rounded-full px-2 py-0.5 text-[11px] font-semibold ${VERDICT_STYLE[score.verdict]}`} data-testid="split-card.verdict">
              {verdictText(t, score.verdict)}
            </span>
          </div>
          <table className="mt-2 w-full text-[11px] text-slate-600">
            <tbody>
              {SPLIT_CRITERIA.map((c) => {
                const row = score.criteria[c];
                return (
                  <tr key={c} className={row.assumed ? "text-slate-500" : ""}>
                    <td className="py-px">{criterionLabel(t, c)}</td>
                    <td className="text-right tabular-nums">{row.value}{row.assumed ? "*" : ""}</td>
                    <td className="px-1 text-right tabular-nums text-slate-500">× {fixed2(row.weight)}</td>
                    <td className="text-right font-medium tabular-nums">{fixed2(row.contribution)}</td>
                  </tr>
                );
              })}
              <tr className="border-t border-slate-200 font-semibold text-slate-700">
                <td className="pt-1">{t("adviser.card.score")}</td>
                <td colSpan={3} className="pt-1 text-right tabular-nums">{formatScore(score.score)}</td>
              </tr>
            </tbody>
          </table>
          {Object.values(score.criteria).some((c) => c.assumed) && <div className="mt-1 text-[10px] text-slate-500">{t("adviser.card.assumed")}</div>}
          <div className="mt-1 text-[10px] text-slate-500">{verdictThresholds(t)}</div>
          <button className="mt-1 text-[11px] font-medium text-indigo-700 hover:underline" onClick={() => openHelp("split-score")} data-testid="split-card.help">
            {t("adviser.card.help")}
          </button>
        </>
      ) : (
        <div className="mt-1 text-[12px] text-slate-500">{t("adviser.card.unscored")}</div>
      )}
      {evidence && (
        <ul className="mt-2 space-y-0.5 border-t border-slate-100 pt-2 text-[11px] text-slate-600" data-testid="split-card.evidence">
          <li>
            {evidence.ownsData ? t("adviser.card.ownsData", { databases: evidence.databases.join(", ") }) : evidence.databases.length ? t("adviser.card.usesShared") : t("adviser.card.noDatabase")}
            {evidence.sharedDatabases.length ? t("adviser.card.shares", { databases: evidence.sharedDatabases.join(", ") }) : ""}
          </li>
          <li>{t("adviser.card.calls", { count: evidence.callsOut, calledBy: evidence.calledBy })}</li>
          <li>{evidence.team ? t("adviser.card.team", { team: evidence.team, count: evidence.teamServices }) : t("adviser.card.noTeam")}</li>
        </ul>
      )}
    </section>
  );
}
