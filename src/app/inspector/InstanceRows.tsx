import { useState } from "react";
import type { Instance, Service } from "../../core/model/schema";
import { DEFAULT_SERVICE_PORT } from "../../core/model/defaults";
import { fieldTestId, useInspector } from "./inspector-context";
import { DraftField } from "./DraftField";
import { parseOptionalNumber, setInList } from "./field-text";
import { ICON_BUTTON, SMALL_BUTTON } from "./field-style";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";

/** A host the format accepts, derived from the service id (ids may hold `_`, hosts may not). */
function newHost(service: Service, n: number): string {
  const stem = service.id.replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50) || "host";
  return `${stem}-${n}.internal`;
}

/** The service's upstreams. None listed means one: the service id on the service port. */
export function InstanceRows({ service }: { service: Service }) {
  const { kind, edit, seal } = useInspector();
  const { t } = useT();
  // Rows have no ids: after a row is added or removed, remount them so no draft sticks to the wrong row.
  const [generation, setGeneration] = useState(0);
  const list = service.instances ?? [];
  const setRow = (i: number, key: keyof Instance) => (v: unknown) => ({ instances: setInList(list, i, key, v) });
  const structural = (next: Instance[]) => {
    edit({ instances: next.length ? next : undefined }, "instances");
    seal();
    setGeneration((g) => g + 1);
  };
  const port = service.port ?? DEFAULT_SERVICE_PORT;
  // The address sits inside the sentence wherever the language puts it, in code type.
  const [before, after = ""] = t("inspector.instances.none", { address: "\u0001" }).split("\u0001");
  return (
    <Section title={t("inspector.instances.title")} aside={<button type="button" className={SMALL_BUTTON} onClick={() => structural([...list, { host: newHost(service, list.length + 1), port }])} data-testid={fieldTestId(kind, "instances.add")}>{t("inspector.field.addRow")}</button>}>
      {list.length === 0 ? (
        <p className="text-[12px] text-slate-500">
          {before}
          <span className="font-mono">
            {service.id}:{port}
          </span>
          {after}
        </p>
      ) : (
        <div className="space-y-1.5">
          <div className="grid grid-cols-[1fr_64px_52px_24px] gap-1.5 text-[11px] font-medium text-slate-500">
            <span>{t("inspector.instances.host")}</span>
            <span>{t("inspector.instances.port")}</span>
            <span>{t("inspector.instances.weight")}</span>
          </div>
          {list.map((row, i) => (
            <div key={`${generation}-${i}`} className="grid grid-cols-[1fr_64px_52px_24px] items-start gap-1.5">
              <DraftField bare field={`instances.${i}.host`} label={t("inspector.instances.host")} value={row.host} toPatch={setRow(i, "host")} />
              <DraftField bare field={`instances.${i}.port`} label={t("inspector.instances.port")} value={row.port} placeholder={String(port)} parse={parseOptionalNumber} numeric toPatch={setRow(i, "port")} />
              <DraftField bare field={`instances.${i}.weight`} label={t("inspector.instances.weight")} value={row.weight} placeholder="1" parse={parseOptionalNumber} numeric toPatch={setRow(i, "weight")} />
              <button type="button" className={`${ICON_BUTTON} mt-1`} aria-label={t("inspector.instances.remove", { host: row.host })} data-testid={fieldTestId(kind, `instances.${i}.remove`)} onClick={() => structural(list.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
