import type { DragEvent } from "react";
import { useReactFlow } from "@xyflow/react";
import type { ElementKind } from "../../core/model/schema";
import { Icon } from "../ui/icons";
import { KIND_STYLE } from "../canvas/nodes/kind-style";
import { addElementAt, PALETTE_MIME, preloadPlacement } from "../actions/element-actions";
import { visibleCanvas } from "../canvas/visible-canvas";
import { useT } from "../i18n/i18n";

void preloadPlacement();

const ITEMS: ElementKind[] = ["context", "service", "database", "broker", "gateway"];

/** Add elements by click (in free space near the middle of the view) or by dragging onto the canvas. */
export function Palette() {
  const flow = useReactFlow();
  const { t } = useT();
  const addAtCentre = (kind: ElementKind) => {
    const view = visibleCanvas(flow);
    addElementAt(kind, { x: view.x + view.width / 2, y: view.y + view.height / 2 }, { view, free: true });
  };
  const onDragStart = (e: DragEvent, kind: ElementKind) => {
    e.dataTransfer.setData(PALETTE_MIME, kind);
    e.dataTransfer.effectAllowed = "move";
  };
  return (
    <nav className="flex w-[168px] shrink-0 flex-col gap-1 border-r border-slate-200 bg-white p-2" aria-label={t("palette.label")}>
      <div className="px-1 pb-1 pt-0.5 text-[11px] font-semibold uppercase tracking-wider text-slate-500">{t("palette.add")}</div>
      {ITEMS.map((kind) => (
        <button
          key={kind}
          draggable
          onDragStart={(e) => onDragStart(e, kind)}
          onClick={() => addAtCentre(kind)}
          title={t("palette.itemTitle", { kind: t(`kind.${kind}`), hint: t(`palette.hint.${kind}`) })}
          className="flex cursor-grab items-center gap-2 rounded-lg px-2 py-1.5 text-left text-[13px] text-slate-700 hover:bg-slate-100 active:cursor-grabbing"
          data-testid={`palette.${kind}`}
        >
          <span className={`flex h-7 w-7 items-center justify-center rounded-md ${KIND_STYLE[kind].tint} ${KIND_STYLE[kind].accent}`}>
            <Icon name={kind} size={16} />
          </span>
          {t(`kind.${kind}`)}
        </button>
      ))}
      <div className="mt-auto px-1 text-[11px] leading-snug text-slate-500">
        {t("palette.help")}
      </div>
    </nav>
  );
}
