import { Suspense } from "react";
import { Inspector } from "./inspector/Inspector";
import { FindingsPanel } from "./analysis/FindingsPanel";
import { LoadBoundary, retryableLazy } from "./ui/LoadBoundary";

// Shown only once a service is selected: loaded then, not with the first page.
const SplitScoreCard = retryableLazy(() => import("./analysis/SplitScoreCard"));

/** The right side: the inspector of the selection with its split score, and the findings of the whole design. */
export function Sidebar() {
  const Card = SplitScoreCard.get();
  return (
    <aside className="flex w-[340px] shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white" aria-label="Inspector">
      <div className="min-h-0 flex-1 overflow-y-auto">
        <Inspector />
        <LoadBoundary
          onRetry={SplitScoreCard.reset}
          fallback={(retry) => (
            <div role="alert" className="mx-4 mb-4 rounded-lg border border-rose-300 bg-rose-50 p-3 text-[12px] text-rose-800">
              Could not load the split score.{" "}
              <button className="font-medium underline" onClick={retry}>
                Retry
              </button>
            </div>
          )}
        >
          <Suspense fallback={null}>
            <Card />
          </Suspense>
        </LoadBoundary>
      </div>
      <FindingsPanel />
    </aside>
  );
}
