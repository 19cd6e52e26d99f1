import { memo } from "react";
import { NodeResizer, type NodeProps } from "@xyflow/react";
import type { ElementNode as ElementNodeType } from "../to-flow";
import { Icon } from "../../ui/icons";
import { useEditor } from "../../store/editor-store";
import { resizeContext } from "../drag-commit";
import { useT } from "../../i18n/i18n";

/** A bounded context: a large resizable group; members are its child nodes. */
function ContextNodeView({ id, data, selected }: NodeProps<ElementNodeType>) {
  const el = data.element;
  const { t } = useT();
  return (
    <div className={`relative h-full w-full rounded-2xl border-2 border-dashed ${selected ? "border-indigo-400 bg-indigo-400/5" : "border-slate-300 bg-slate-400/5"}`} data-kind="context">
      <NodeResizer
        isVisible={selected}
        minWidth={200}
        minHeight={120}
        lineClassName="!border-indigo-400"
        handleClassName="!h-2.5 !w-2.5 !rounded-sm !border-indigo-500 !bg-white"
        onResizeEnd={(_e, p) => useEditor.getState().change((d) => resizeContext(d, id, p))}
      />
      {/* The team sits on the border, like a tab, so the name has the whole header row. */}
      {typeof el.team === "string" && el.team && (
        <span className="absolute -top-2.5 right-3 max-w-[60%] truncate whitespace-nowrap rounded border border-slate-300 bg-slate-100 px-1.5 text-[10px] leading-4 text-slate-600" data-testid={`context-team.${id}`} title={t("canvasUi.team", { team: el.team })}>
          {t("canvasUi.team", { team: el.team })}
        </span>
      )}
      <div className="flex items-start gap-1.5 px-3 pt-2 text-slate-600">
        <Icon name="context" size={14} className="mt-px shrink-0" />
        <span className="line-clamp-2 text-[12px] font-semibold leading-tight tracking-wide [overflow-wrap:anywhere]" data-testid={`node-name.${id}`} title={el.name}>
          {el.name}
        </span>
      </div>
    </div>
  );
}

export const ContextNode = memo(ContextNodeView);
