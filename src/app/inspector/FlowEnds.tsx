import type { Design, Flow } from "../../core/model/schema";
import { useEditor } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { findTarget } from "./apply-edit";
import { useT } from "../i18n/i18n";

function End({ id, design, testId }: { id: string; design: Design; testId: string }) {
  const { t } = useT();
  const end = findTarget(design, id);
  const kind = end && end.kind !== "flow" ? end.kind : undefined;
  const name = end && "name" in end.element ? end.element.name : id;
  return (
    <button
      type="button"
      className="flex min-w-0 flex-1 items-center gap-2 rounded-lg border border-slate-200 px-2 py-1.5 text-left hover:border-indigo-300 hover:bg-indigo-50/40"
      title={t("inspector.flow.select", { name })}
      data-testid={testId}
      onClick={() => useEditor.getState().select([id])}
    >
      {kind && (
        <span className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-md ${KIND_STYLE[kind].tint} ${KIND_STYLE[kind].accent}`}>
          <Icon name={kind} size={14} />
        </span>
      )}
      <span className="min-w-0">
        <span className="block truncate text-[12px] font-medium text-slate-800">{name}</span>
        {name !== id && <span className="block truncate font-mono text-[10px] text-slate-500">{id}</span>}
      </span>
    </button>
  );
}

/** From → to, read-only: a flow's ends are changed by redrawing it on the canvas. Click an end to select it. */
export function FlowEnds({ flow, design }: { flow: Flow; design: Design }) {
  const { t } = useT();
  return (
    <div className="flex items-center gap-1.5 px-4 pb-3">
      <End id={flow.from} design={design} testId="inspector.flow.from" />
      <span className="shrink-0 text-slate-500" aria-label={t("inspector.flow.to")}>
        →
      </span>
      <End id={flow.to} design={design} testId="inspector.flow.to" />
    </div>
  );
}
