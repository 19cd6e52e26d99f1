import type { Design, Service } from "../../core/model/schema";
import { DEFAULT_SERVICE_PORT } from "../../core/model/defaults";
import { ContextField, IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { ChipListField } from "./ChipListField";
import { parseOptionalNumber } from "./field-text";
import { Section } from "./Section";
import { InstanceRows } from "./InstanceRows";
import { EndpointRows } from "./EndpointRows";
import { HealthCheckFields } from "./HealthCheckFields";
import { SplitSliders } from "./SplitSliders";
import { useT } from "../i18n/i18n";
import { EXAMPLE } from "./examples";

/** What route availability assumes of a service without its own figure (the analysis' HOP_AVAILABILITY, not imported: it would pull the analysis into this chunk). */
const DEFAULT_AVAILABILITY = 0.999;

/** Every field of a service, in the order people fill them in. */
export function ServiceForm({ service, design }: { service: Service; design: Design }) {
  const { t, locale } = useT();
  const assumed = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(DEFAULT_AVAILABILITY);
  return (
    <>
      <Section>
        <IdentityFields id={service.id} name={service.name} description={service.description} />
        <ContextField design={design} value={service.context} />
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="team" label={t("inspector.field.team")} value={service.team} toPatch={(v) => ({ team: v })} />
          <DraftField field="technology" label={t("inspector.field.technology")} value={service.technology} placeholder={EXAMPLE.technology} toPatch={(v) => ({ technology: v })} />
          <DraftField field="port" label={t("inspector.field.port")} value={service.port} placeholder={String(DEFAULT_SERVICE_PORT)} parse={parseOptionalNumber} numeric toPatch={(v) => ({ port: v })} />
          <DraftField field="version" label={t("inspector.field.version")} value={service.version} placeholder={EXAMPLE.version} toPatch={(v) => ({ version: v })} />
          <DraftField field="availability" label={t("inspector.field.availability")} value={service.availability} placeholder={String(DEFAULT_AVAILABILITY)} hint={t("inspector.field.availabilityHint", { value: assumed })} parse={parseOptionalNumber} numeric toPatch={(v) => ({ availability: v })} />
        </div>
        <ChipListField field="tags" label={t("inspector.field.tags")} itemLabel={t("inspector.field.tag")} items={service.tags} placeholder={t("inspector.field.tagPlaceholder")} toPatch={(tags) => ({ tags })} />
      </Section>
      <InstanceRows service={service} />
      <EndpointRows service={service} />
      <HealthCheckFields health={service.healthCheck} />
      <SplitSliders split={service.split} />
    </>
  );
}
