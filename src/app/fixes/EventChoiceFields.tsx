import type { Design } from "../../core/model/schema";
import { eventNameFor } from "../../core/refactor/call-to-event";
import type { EventChoice } from "./use-fix-preview";
import { useT } from "../i18n/i18n";

/** For call-to-event: name the event, and pick the broker it goes through (or a new one). */
export function EventChoiceFields({ design, flowId, choice, onChange }: { design: Design; flowId: string; choice: EventChoice; onChange: (c: EventChoice) => void }) {
  const flow = (design.flows ?? []).find((f) => f.id === flowId);
  const brokers = design.brokers ?? [];
  const { t } = useT();
  const field = "w-full rounded-md border border-slate-200 px-2 py-1 text-[12px] focus:border-indigo-400 focus:outline-none";
  return (
    <div className="mb-3 grid grid-cols-2 gap-2">
      <label className="text-[11px] font-medium text-slate-500">
        {t("fixFields.event")}
        <input className={field} value={choice.event ?? ""} maxLength={100} placeholder={flow ? eventNameFor(flow, flow.to) : "StateChanged"} onChange={(e) => onChange({ ...choice, event: e.target.value })} data-testid="fix.event" />
      </label>
      <label className="text-[11px] font-medium text-slate-500">
        {t("fixFields.broker")}
        <select className={field} value={choice.broker ?? ""} onChange={(e) => onChange({ ...choice, broker: e.target.value || undefined })} data-testid="fix.broker">
          {brokers.length > 0 && <option value="">{brokers.length === 1 ? brokers[0]!.name : t("fixFields.calleeBroker")}</option>}
          {brokers.length > 1 && brokers.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          <option value={brokers.length ? "new" : ""}>{t("fixFields.newBroker")}</option>
        </select>
      </label>
    </div>
  );
}
