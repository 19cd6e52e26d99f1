import type { Design, Flow, FlowKind } from "../../core/model/schema";
import { ASYNC_PROTOCOLS, SYNC_PROTOCOLS } from "../../core/model/schema";
import { requiredKind } from "../../core/load/check-design";
import { DEFAULT_ROUTE_TIMEOUT } from "../../core/model/defaults";
import { findTarget } from "./apply-edit";
import { FlowEnds } from "./FlowEnds";
import { DraftField } from "./DraftField";
import { SelectField, plainOptions } from "./SelectField";
import { Section } from "./Section";
import { FlowRouteFields } from "./FlowRouteFields";
import { RouteAvailabilityNote } from "../fixes/RouteAvailabilityNote";
import { FlowResilience } from "./FlowResilience";
import { useT } from "../i18n/i18n";
import { EXAMPLE } from "./examples";

const PROTOCOLS_OF: Record<FlowKind, readonly string[]> = { sync: SYNC_PROTOCOLS, async: ASYNC_PROTOCOLS };

/** A flow: its ends (read-only), kind where the ends allow a choice, protocol of that kind, and the call's policies. */
export function FlowForm({ flow, design }: { flow: Flow; design: Design }) {
  const { t } = useT();
  const from = findTarget(design, flow.from);
  const to = findTarget(design, flow.to);
  const fixed = from && to && from.kind !== "flow" && to.kind !== "flow" ? requiredKind(from.kind, to.kind) : undefined;
  const isRoute = from?.kind === "gateway";
  const protocols = PROTOCOLS_OF[flow.kind];
  // Timeouts, retries and breakers belong to calls; an async flow shows them only if it already has some.
  const showCall = flow.kind === "sync" || flow.timeout !== undefined || flow.retry !== undefined || flow.circuitBreaker !== undefined;
  const switchKind = (k: string | undefined): Record<string, unknown> => {
    const kind = (k ?? "sync") as FlowKind;
    // Keep an explicit protocol explicit, in the new kind's default; an event name means nothing on a call.
    const protocol = flow.protocol === undefined ? undefined : PROTOCOLS_OF[kind][0];
    return { kind, protocol, ...(kind === "sync" ? { event: undefined } : {}) };
  };
  return (
    <>
      <FlowEnds flow={flow} design={design} />
      <Section>
        <div className="grid grid-cols-2 gap-2">
          <SelectField field="kind" label={t("inspector.flow.kind")} value={flow.kind} options={(fixed ? [fixed] : (["sync", "async"] as const)).map((k) => ({ value: k, label: t(`inspector.flow.kindOf.${k}`) }))} toPatch={switchKind} hint={fixed ? t("inspector.flow.always", { kind: fixed }) : undefined} disabled={fixed !== undefined} />
          <SelectField field="protocol" label={t("inspector.flow.protocol")} value={flow.protocol} unset={t("inspector.field.defaultOption", { value: protocols[0]! })} options={plainOptions(protocols)} toPatch={(v) => ({ protocol: v })} />
        </div>
        <DraftField field="label" label={t("inspector.flow.label")} value={flow.label} placeholder={isRoute ? t("inspector.flow.labelRoute") : t("inspector.flow.labelCall")} toPatch={(v) => ({ label: v })} />
        {flow.kind === "async" && <DraftField field="event" label={t("inspector.flow.event")} value={flow.event} placeholder={EXAMPLE.event} toPatch={(v) => ({ event: v })} />}
        <div className={showCall ? "grid grid-cols-2 gap-2" : ""}>
          <DraftField field="id" label={t("inspector.field.id")} value={flow.id} toPatch={(v) => ({ id: v })} />
          {showCall && <DraftField field="timeout" label={t("inspector.flow.timeout")} value={flow.timeout} placeholder={isRoute ? DEFAULT_ROUTE_TIMEOUT : t("inspector.field.none")} toPatch={(v) => ({ timeout: v })} />}
        </div>
      </Section>
      {isRoute && <FlowRouteFields flow={flow} />}
      {isRoute && <RouteAvailabilityNote design={design} flowId={flow.id} />}
      {showCall && <FlowResilience flow={flow} />}
    </>
  );
}
