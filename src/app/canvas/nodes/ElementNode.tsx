import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import type { ElementNode as ElementNodeType } from "../to-flow";
import { Icon } from "../../ui/icons";
import { KIND_STYLE } from "./kind-style";
import { engineLabel } from "./engine-label";
import { NodeBadges } from "./NodeBadges";
import { useT } from "../../i18n/i18n";
import type { Translate } from "../../../i18n/translate";

function subtitle(t: Translate, kind: string, el: Record<string, unknown>): string | undefined {
  switch (kind) {
    case "service":
      return (el.technology as string | undefined) ?? (el.team ? t("canvasUi.team", { team: el.team as string }) : undefined);
    case "database":
    case "broker":
      return engineLabel(el.engine as string | undefined);
    case "gateway": {
      const auth = (el.auth as { type?: string } | undefined)?.type;
      return auth && auth !== "none" ? t("canvasUi.auth", { auth }) : t("canvasUi.noAuth");
    }
    default:
      return undefined;
  }
}

/** Font size and line limit for a name, so about 60 characters fit the fixed box at 100%. */
function nameFit(name: string): string {
  if (name.length <= 18) return "line-clamp-2 text-[13px]";
  if (name.length <= 30) return "line-clamp-2 text-[12px]";
  return "line-clamp-3 text-[11px]";
}

/** A service, database, broker or gateway on the canvas: icon, name, one line of detail, analysis badges. */
function ElementNodeView({ id, data, selected }: NodeProps<ElementNodeType>) {
  const { kind, element } = data;
  const style = KIND_STYLE[kind];
  const { t } = useT();
  const sub = subtitle(t, kind, element);
  const shape = kind === "database" ? "rounded-[14px]" : kind === "broker" ? "rounded-md" : kind === "gateway" ? "rounded-lg" : "rounded-xl";
  return (
    <div
      className={`seams-node group relative flex h-full w-full items-center gap-2.5 border bg-white px-3 ${shape} ${selected ? "border-indigo-500 ring-2 ring-indigo-300" : style.ring}`}
      data-kind={kind}
      title={`${style.label}: ${element.name}`}
    >
      <Handle type="target" position={Position.Left} className="seams-handle" />
      <div className={`seams-detail flex h-9 w-9 shrink-0 items-center justify-center rounded-lg ${style.tint} ${style.accent}`}>
        <Icon name={kind} size={20} />
      </div>
      <div className="min-w-0 flex-1">
        {/* Long names wrap (ids have no spaces: they break at hyphens, or anywhere) and get smaller, instead of being cut. */}
        <div className={`font-semibold leading-tight text-slate-800 [overflow-wrap:anywhere] ${nameFit(element.name)}`} data-testid={`node-name.${id}`} title={element.name}>
          {element.name}
        </div>
        {sub && <div className="seams-detail truncate text-[11px] leading-tight text-slate-500">{sub}</div>}
      </div>
      <NodeBadges id={id} />
      <Handle type="source" position={Position.Right} className="seams-handle" />
    </div>
  );
}

export const ElementNode = memo(ElementNodeView);
