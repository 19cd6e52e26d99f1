import type { ExportResult } from "./run-export";
import { Icon } from "../ui/icons";

type Problem = Extract<ExportResult, { ok: false }>;

/** Why there is no file: the design lacks what the target needs (said plainly), or an exporter bug (said as one). */
export function ExportProblem({ problem, targetTitle, hint }: { problem: Problem; targetTitle: string; hint?: string }) {
  const bug = problem.reason === "failed";
  return (
    <div className="flex flex-1 items-start justify-center overflow-auto p-10" data-testid="export.problem">
      <div className={`flex max-w-md gap-3 rounded-xl border px-4 py-3 ${bug ? "border-rose-200 bg-rose-50 text-rose-900" : "border-slate-200 bg-white text-slate-700"}`}>
        <Icon name={bug ? "error" : "info"} size={18} className={`mt-0.5 shrink-0 ${bug ? "text-rose-500" : "text-indigo-500"}`} />
        <div>
          <div className="text-[13px] font-medium">{bug ? `The ${targetTitle} export failed` : `Nothing to export to ${targetTitle} yet`}</div>
          <p className="mt-1 text-[13px] leading-5" data-testid="export.problem.message">
            {capitalize(problem.message)}.
          </p>
          {!bug && hint && <p className="mt-2 text-[12px] leading-[18px] text-slate-500">{hint}</p>}
          {bug && <p className="mt-1 text-[12px] opacity-80">This is a bug in Seams, not in your design; the other targets still work.</p>}
        </div>
      </div>
    </div>
  );
}

function capitalize(s: string): string {
  const t = s.replace(/\.$/, "");
  return t.charAt(0).toUpperCase() + t.slice(1);
}
