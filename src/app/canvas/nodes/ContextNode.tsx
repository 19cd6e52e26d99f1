import { memo } from "react";
import { NodeResizer, type NodeProps } from "@xyflow/react";
import type { ElementNode as ElementNodeType } from "../to-flow";
import { Icon } from "../../ui/icons";
import { useEditor } from "../../store/editor-store";
import { resizeContext } from "../drag-commit";

/** A bounded context: a large resizable group; members are its child nodes. */
function ContextNodeView({ id, data, selected }: NodeProps<ElementNodeType>) {
  const el = data.element;
  return (
    <div className={`h-full w-full rounded-2xl border-2 border-dashed ${selected ? "border-indigo-400 bg-indigo-400/5" : "border-slate-300 bg-slate-400/5"}`} data-kind="context">
      <NodeResizer
        isVisible={selected}
        minWidth={200}
        minHeight={120}
        lineClassName="!border-indigo-400"
        handleClassName="!h-2.5 !w-2.5 !rounded-sm !border-indigo-500 !bg-white"
        onResizeEnd={(_e, p) => useEditor.getState().change((d) => resizeContext(d, id, p))}
      />
      <div className="flex items-center gap-2 px-3 pt-2 text-slate-600">
        <Icon name="context" size={14} />
        <span className="truncate text-[13px] font-semibold tracking-wide" data-testid={`node-name.${id}`}>
          {el.name}
        </span>
        {typeof el.team === "string" && el.team && <span className="rounded bg-slate-200/80 px-1.5 py-px text-[10px] text-slate-600">team {el.team}</span>}
      </div>
    </div>
  );
}

export const ContextNode = memo(ContextNodeView);
