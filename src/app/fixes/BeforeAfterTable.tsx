import type { AnalysisDelta } from "../../core/refactor/compare-analyses";
import type { FindingCode } from "../../core/analysis/types";
import { findingTitle } from "../../i18n/render-finding";
import { useT } from "../i18n/i18n";

function Change({ before, after, better }: { before?: number | string; after?: number | string; better?: boolean }) {
  const tone = better === undefined ? "text-slate-700" : better ? "text-emerald-700" : "text-rose-700";
  return (
    <>
      <td className="px-2 py-0.5 text-right tabular-nums text-slate-500">{before ?? "–"}</td>
      <td className="px-1 text-slate-300">→</td>
      <td className={`px-2 py-0.5 text-right font-semibold tabular-nums ${tone}`}>{after ?? "–"}</td>
    </>
  );
}

/** Findings by severity and by code, and split scores, before → after the fix. */
export function BeforeAfterTable({ delta }: { delta: AnalysisDelta }) {
  const { t, locale } = useT();
  const score = (n?: number) => (n === undefined ? undefined : n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const severities = [
    ["errors", delta.before.error, delta.after.error],
    ["warnings", delta.before.warning, delta.after.warning],
    ["info", delta.before.info, delta.after.info],
  ] as const;
  return (
    <table className="w-full text-[12px]" data-testid="fix.table">
      <tbody>
        {severities.map(([label, b, a]) => (
          <tr key={label} data-testid={`fix.row.${label}`} data-before={b} data-after={a}>
            <th className="py-0.5 pr-2 text-left font-medium text-slate-600">{t(`refactor.table.${label}`)}</th>
            <Change before={b} after={a} better={a === b ? undefined : a < b} />
          </tr>
        ))}
        {delta.findings.map((f) => (
          <tr key={f.code} data-testid={`fix.row.${f.code}`} data-before={f.before} data-after={f.after}>
            <th className="py-0.5 pl-3 pr-2 text-left font-normal text-slate-500">{findingTitle(t, f.code as FindingCode)}</th>
            <Change before={f.before} after={f.after} better={f.after < f.before} />
          </tr>
        ))}
        {delta.scores.length > 0 && (
          <tr>
            <th colSpan={4} className="pt-2 text-left text-[11px] font-semibold uppercase tracking-wider text-slate-400">
              {t("refactor.table.scores")}
            </th>
          </tr>
        )}
        {delta.scores.map((s) => (
          <tr key={s.service} data-testid={`fix.score.${s.service}`}>
            <th className="py-0.5 pl-3 pr-2 text-left font-normal text-slate-500">{s.service}</th>
            <Change before={score(s.before)} after={score(s.after)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
