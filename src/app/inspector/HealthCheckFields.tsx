import type { HealthCheck } from "../../core/model/schema";
import { DEFAULT_HEALTH } from "../../core/model/defaults";
import { DraftField } from "./DraftField";
import { setInObject } from "./field-text";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";

/** The registry's health check; empty fields use the format's defaults, shown as placeholders. */
export function HealthCheckFields({ health }: { health: HealthCheck | undefined }) {
  const { t } = useT();
  const patch = (key: keyof HealthCheck) => (v: unknown) => ({ healthCheck: setInObject(health, key, v) });
  return (
    <Section title={t("inspector.health.title")}>
      <div className="grid grid-cols-2 gap-2">
        <DraftField field="healthCheck.path" label={t("inspector.health.path")} value={health?.path} placeholder={DEFAULT_HEALTH.path} toPatch={patch("path")} />
        <DraftField field="healthCheck.interval" label={t("inspector.health.interval")} value={health?.interval} placeholder={DEFAULT_HEALTH.interval} toPatch={patch("interval")} />
        <DraftField field="healthCheck.timeout" label={t("inspector.health.timeout")} value={health?.timeout} placeholder={DEFAULT_HEALTH.timeout} toPatch={patch("timeout")} />
        <DraftField field="healthCheck.deregisterAfter" label={t("inspector.health.deregisterAfter")} value={health?.deregisterAfter} placeholder={DEFAULT_HEALTH.deregisterAfter} toPatch={patch("deregisterAfter")} />
      </div>
    </Section>
  );
}
