/**
 * Export: every gateway and registry target of the core (the same list and
 * bytes as `seams export`), plus the design's own JSON. Loaded on first use
 * with the exporters; the exports themselves run in a worker.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { dialogTargetById, listExportGroups } from "./list-export-groups";
import { nameDesignIds } from "./name-design-ids";
import { OutputPane } from "./OutputPane";
import { pickInitialTarget, rememberTarget } from "./pick-initial-target";
import { TargetList } from "./TargetList";
import { useExportResult } from "./use-export-result";
import { useModal } from "./use-modal";
import { useT } from "../i18n/i18n";

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const design = useEditor(selectDesign);
  const { t } = useT();
  const groups = useMemo(() => listExportGroups(), []);
  const [targetId, setTargetId] = useState(() => pickInitialTarget(design, groups));
  const [chosenGateway, setChosenGateway] = useState<string | undefined>(undefined);
  const gateways = design.gateways ?? [];
  const target = dialogTargetById(targetId) ?? groups[0]!.targets[0]!;
  // As on the command line: no gateway option unless there is a choice to make.
  const gatewayId = target.scope === "gateway" && gateways.length > 1 ? (gateways.some((g) => g.id === chosenGateway) ? chosenGateway : gateways[0]!.id) : undefined;
  const state = useExportResult(design, target.id, gatewayId);
  const nameOf = useMemo(() => nameDesignIds(design), [design]);

  const panel = useRef<HTMLDivElement>(null);
  useModal(panel, onClose, () => panel.current?.querySelector<HTMLElement>('[role="option"][aria-selected="true"]'));

  const choose = useCallback((id: string) => {
    setTargetId(id);
    rememberTarget(id);
  }, []);
  const show = useCallback(
    (ids: string[]) => {
      const editor = useEditor.getState();
      editor.select(ids);
      editor.setHighlight(ids);
      window.dispatchEvent(new CustomEvent("seams:fit-nodes", { detail: ids }));
      onClose();
    },
    [onClose],
  );

  return (
    <div
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6 backdrop-blur-[1px]"
      data-modal-open
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby="export-title" tabIndex={-1} className="flex h-[min(760px,100%)] w-[min(1180px,100%)] flex-col overflow-hidden rounded-xl bg-white text-[13px] shadow-2xl ring-1 ring-slate-900/10 outline-none" data-testid="export.dialog">
        <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 px-5">
          <h2 id="export-title" className="text-[14px] font-semibold text-slate-800">
            {t("export.title")}
          </h2>
          <span className="truncate text-[12px] text-slate-500">{design.name}</span>
          <button className="ml-auto rounded-md p-1.5 text-slate-500 outline-none hover:bg-slate-100 hover:text-slate-700 focus-visible:ring-2 focus-visible:ring-indigo-300" onClick={onClose} aria-label={t("export.close")} title={t("export.closeTitle")} data-testid="export.close">
            <Icon name="close" size={16} />
          </button>
        </header>
        <div className="flex min-h-0 flex-1">
          <nav className="w-72 shrink-0 overflow-y-auto border-r border-slate-200 bg-slate-50/70">
            <TargetList groups={groups} selected={target.id} onSelect={choose} gatewayCount={gateways.length} />
          </nav>
          <OutputPane target={target} state={state} gateways={gateways} gatewayId={gatewayId} onGateway={setChosenGateway} nameOf={nameOf} onShow={show} />
        </div>
      </div>
    </div>
  );
}
