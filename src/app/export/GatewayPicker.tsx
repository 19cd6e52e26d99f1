import type { Gateway } from "../../core/model/schema";
import { useT } from "../i18n/i18n";

/** Which gateway a gateway target exports: a picker with several, the name alone with one. */
export function GatewayPicker({ gateways, value, onChange }: { gateways: readonly Gateway[]; value: string | undefined; onChange: (id: string) => void }) {
  const { t } = useT();
  if (gateways.length === 0) return null;
  if (gateways.length === 1)
    return (
      <span className="flex items-center gap-1.5 text-[12px] text-slate-500" data-testid="export.gateway-single">
        {t("exportUi.gateway")} <span className="font-medium text-slate-700">{gateways[0]!.name}</span>
      </span>
    );
  return (
    <label className="flex items-center gap-1.5 text-[12px] text-slate-500">
      {t("exportUi.gateway")}
      <select
        className="h-7 rounded-md border border-slate-300 bg-white px-2 text-[12px] text-slate-800 outline-none focus:border-indigo-400 focus:ring-2 focus:ring-indigo-100"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        data-testid="export.gateway"
      >
        {gateways.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name === g.id ? g.id : `${g.name} (${g.id})`}
          </option>
        ))}
      </select>
    </label>
  );
}
