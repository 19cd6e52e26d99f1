import type { ExportResult } from "./run-export";
import { Icon } from "../ui/icons";
import { useT } from "../i18n/i18n";
import { exportErrorText } from "../../i18n/render-caveat";

type Problem = Extract<ExportResult, { ok: false }>;

/** Why there is no file: the design lacks what the target needs (said plainly), or an exporter bug (said as one). */
export function ExportProblem({ problem, targetTitle, hint }: { problem: Problem; targetTitle: string; hint?: string }) {
  const { t } = useT();
  const bug = problem.reason === "failed";
  return (
    <div className="flex flex-1 items-start justify-center overflow-auto p-10" data-testid="export.problem">
      <div className={`flex max-w-md gap-3 rounded-xl border px-4 py-3 ${bug ? "border-rose-200 bg-rose-50 text-rose-900" : "border-slate-200 bg-white text-slate-700"}`}>
        <Icon name={bug ? "error" : "info"} size={18} className={`mt-0.5 shrink-0 ${bug ? "text-rose-500" : "text-indigo-500"}`} />
        <div>
          <div className="text-[13px] font-medium">{bug ? t("caveat.dialog.failed", { target: targetTitle }) : t("caveat.dialog.nothingYet", { target: targetTitle })}</div>
          <p className="mt-1 text-[13px] leading-5" data-testid="export.problem.message">
            {sentence(exportErrorText(t, problem))}
          </p>
          {!bug && hint && <p className="mt-2 text-[12px] leading-[18px] text-slate-500">{hint}</p>}
          {bug && <p className="mt-1 text-[12px] opacity-80">{t("caveat.dialog.bug")}</p>}
        </div>
      </div>
    </div>
  );
}

/** A message as a sentence: capitalised, one full stop (。 for Chinese). */
function sentence(s: string): string {
  const text = s.replace(/[.。]$/, "");
  const han = /[\u4e00-\u9fff]/.test(text);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${han ? "。" : "."}`;
}
