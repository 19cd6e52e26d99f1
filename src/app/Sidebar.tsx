import { Inspector } from "./inspector/Inspector";
import { sidebarPanels } from "./sidebar-panels";

/** The right side: the inspector of the selection, then the panels features add (findings). */
export function Sidebar() {
  return (
    <aside className="flex w-[340px] shrink-0 flex-col overflow-hidden border-l border-slate-200 bg-white" aria-label="Inspector">
      <div className="min-h-0 flex-1 overflow-y-auto">
        <Inspector />
      </div>
      {sidebarPanels.map((Panel, i) => (
        <Panel key={i} />
      ))}
    </aside>
  );
}
