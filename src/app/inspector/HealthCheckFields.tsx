import type { HealthCheck } from "../../core/model/schema";
import { DEFAULT_HEALTH } from "../../core/model/defaults";
import { DraftField } from "./DraftField";
import { setInObject } from "./field-text";
import { Section } from "./Section";

/** The registry's health check; empty fields use the format's defaults, shown as placeholders. */
export function HealthCheckFields({ health }: { health: HealthCheck | undefined }) {
  const patch = (key: keyof HealthCheck) => (v: unknown) => ({ healthCheck: setInObject(health, key, v) });
  return (
    <Section title="Health check">
      <div className="grid grid-cols-2 gap-2">
        <DraftField field="healthCheck.path" label="Path" value={health?.path} placeholder={DEFAULT_HEALTH.path} toPatch={patch("path")} />
        <DraftField field="healthCheck.interval" label="Interval" value={health?.interval} placeholder={DEFAULT_HEALTH.interval} toPatch={patch("interval")} />
        <DraftField field="healthCheck.timeout" label="Timeout" value={health?.timeout} placeholder={DEFAULT_HEALTH.timeout} toPatch={patch("timeout")} />
        <DraftField field="healthCheck.deregisterAfter" label="Deregister after" value={health?.deregisterAfter} placeholder={DEFAULT_HEALTH.deregisterAfter} toPatch={patch("deregisterAfter")} />
      </div>
    </Section>
  );
}
