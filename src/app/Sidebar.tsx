import { Suspense } from "react";
import { Inspector } from "./inspector/Inspector";
import { LoadBoundary, retryableLazy } from "./ui/LoadBoundary";
import { useT } from "./i18n/i18n";

// Shown only once a service is selected: loaded then, not with the first page.
const SplitScoreCard = retryableLazy(() => import("./analysis/SplitScoreCard"));
// The findings follow the analysis, which runs in a worker after start-up anyway: loaded alongside it.
const FindingsPanel = retryableLazy(() => import("./analysis/FindingsPanel").then((m) => ({ default: m.FindingsPanel })));

// The lazy components are looked up when these render, so a retry (a fresh lazy) takes effect.
function Card() {
  const ScoreCard = SplitScoreCard.get();
  return <ScoreCard />;
}

function Findings() {
  const Panel = FindingsPanel.get();
  return <Panel />;
}

/** The right side: the inspector of the selection with its split score, and the findings of the whole design. */
export function Sidebar() {
  const { t } = useT();
  return (
    <aside className="flex w-[340px] shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white" aria-label={t("shell.sidebar")}>
      <div className="min-h-0 flex-1 overflow-y-auto">
        <Inspector />
        <LoadBoundary
          onRetry={SplitScoreCard.reset}
          fallback={(retry) => (
            <div role="alert" className="mx-4 mb-4 rounded-lg border border-rose-300 bg-rose-50 p-3 text-[12px] text-rose-800">
              {t("shell.scoreFailed")}{" "}
              <button className="font-medium underline" onClick={retry}>
                {t("shell.retry")}
              </button>
            </div>
          )}
        >
          <Suspense fallback={null}>
            <Card />
          </Suspense>
        </LoadBoundary>
      </div>
      <LoadBoundary
        onRetry={FindingsPanel.reset}
        fallback={(retry) => (
          <div role="alert" className="m-3 rounded-lg border border-rose-300 bg-rose-50 p-3 text-[12px] text-rose-800">
            {t("shell.findingsFailed")}{" "}
            <button className="font-medium underline" onClick={retry}>
              {t("shell.retry")}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<div className="border-t border-slate-200 px-4 py-2 text-[12px] text-slate-500">{t("shell.findingsLoading")}</div>}>
          <Findings />
        </Suspense>
      </LoadBoundary>
    </aside>
  );
}
