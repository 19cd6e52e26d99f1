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

/** Every field of a service, in the order people fill them in. */
export function ServiceForm({ service, design }: { service: Service; design: Design }) {
  return (
    <>
      <Section>
        <IdentityFields id={service.id} name={service.name} description={service.description} />
        <ContextField design={design} value={service.context} />
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="team" label="Team" value={service.team} toPatch={(v) => ({ team: v })} />
          <DraftField field="technology" label="Technology" value={service.technology} placeholder="Go + Gin" toPatch={(v) => ({ technology: v })} />
          <DraftField field="port" label="Port" value={service.port} placeholder={String(DEFAULT_SERVICE_PORT)} parse={parseOptionalNumber} numeric toPatch={(v) => ({ port: v })} />
          <DraftField field="version" label="Version" value={service.version} placeholder="1.0.0" toPatch={(v) => ({ version: v })} />
          <DraftField field="availability" label="Availability" value={service.availability} placeholder="0.999" hint="Share of time it is up; route availability uses 0.999 without it" parse={parseOptionalNumber} numeric toPatch={(v) => ({ availability: v })} />
        </div>
        <ChipListField field="tags" label="Tags" itemLabel="Tag" items={service.tags} placeholder="Add a tag, Enter" toPatch={(tags) => ({ tags })} />
      </Section>
      <InstanceRows service={service} />
      <EndpointRows service={service} />
      <HealthCheckFields health={service.healthCheck} />
      <SplitSliders split={service.split} />
    </>
  );
}
