import { useState } from "react";
import type { Endpoint, Service } from "../../core/model/schema";
import { HTTP_METHODS } from "../../core/model/schema";
import { fieldTestId, useInspector } from "./inspector-context";
import { DraftField } from "./DraftField";
import { setInList } from "./field-text";
import { ICON_BUTTON, inputClass, SMALL_BUTTON } from "./field-style";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";

/** The service's API: a method and a path per row. */
export function EndpointRows({ service }: { service: Service }) {
  const { kind, edit, seal } = useInspector();
  const { t } = useT();
  const [generation, setGeneration] = useState(0);
  const list = service.endpoints ?? [];
  const structural = (next: Endpoint[]) => {
    edit({ endpoints: next.length ? next : undefined }, "endpoints");
    seal();
    setGeneration((g) => g + 1);
  };
  return (
    <Section title={t("inspector.endpoints.title")} aside={<button type="button" className={SMALL_BUTTON} onClick={() => structural([...list, { method: "GET", path: "/" }])} data-testid={fieldTestId(kind, "endpoints.add")}>{t("inspector.field.addRow")}</button>}>
      {list.length === 0 ? (
        <p className="text-[12px] text-slate-500">{t("inspector.endpoints.none")}</p>
      ) : (
        <div className="space-y-1.5">
          {list.map((row, i) => (
            <div key={`${generation}-${i}`} className="grid grid-cols-[88px_1fr_24px] items-start gap-1.5">
              <select
                value={row.method}
                aria-label={t("inspector.endpoints.method")}
                className={`${inputClass(false)} cursor-pointer font-mono text-[12px]`}
                data-testid={fieldTestId(kind, `endpoints.${i}.method`)}
                onChange={(e) => {
                  edit({ endpoints: setInList(list, i, "method", e.target.value) }, `endpoints.${i}.method`);
                  seal();
                }}
              >
                {HTTP_METHODS.map((m) => (
                  <option key={m}>{m}</option>
                ))}
              </select>
              <DraftField bare field={`endpoints.${i}.path`} label={t("inspector.endpoints.path")} value={row.path} toPatch={(v) => ({ endpoints: setInList(list, i, "path", v) })} />
              <button type="button" className={`${ICON_BUTTON} mt-1`} aria-label={t("inspector.endpoints.remove", { method: row.method, path: row.path })} data-testid={fieldTestId(kind, `endpoints.${i}.remove`)} onClick={() => structural(list.filter((_, j) => j !== i))}>
                ×
              </button>
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}
