import { Inspector } from "./inspector/Inspector";
import { SplitScoreCard } from "./analysis/SplitScoreCard";
import { FindingsPanel } from "./analysis/FindingsPanel";

/** The right side: the inspector of the selection with its split score, and the findings of the whole design. */
export function Sidebar() {
  return (
    <aside className="flex w-[340px] shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white" aria-label="Inspector">
      <div className="min-h-0 flex-1 overflow-y-auto">
        <Inspector />
        <SplitScoreCard />
      </div>
      <FindingsPanel />
    </aside>
  );
}
