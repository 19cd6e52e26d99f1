import type { Gateway } from "../../core/model/schema";
import { AUTH_TYPES, LOAD_BALANCING } from "../../core/model/schema";
import { DEFAULT_GATEWAY_PORT, DEFAULT_LOAD_BALANCING } from "../../core/model/defaults";
import { useInspector } from "./inspector-context";
import { IdentityFields } from "./CommonFields";
import { DraftField } from "./DraftField";
import { SelectField } from "./SelectField";
import { ChipListField } from "./ChipListField";
import { parseOptionalNumber, setInObject } from "./field-text";
import { Section } from "./Section";
import { useT } from "../i18n/i18n";
import { EXAMPLE } from "./examples";


/** An API gateway: its port and the policies every route shares. */
export function GatewayForm({ gateway }: { gateway: Gateway }) {
  const { edit, seal } = useInspector();
  const { t } = useT();
  const rate = gateway.rateLimit;
  const auth = gateway.auth;
  return (
    <>
      <Section>
        <IdentityFields id={gateway.id} name={gateway.name} description={gateway.description} />
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="port" label={t("inspector.gateway.port")} value={gateway.port} placeholder={String(DEFAULT_GATEWAY_PORT)} parse={parseOptionalNumber} numeric toPatch={(v) => ({ port: v })} />
          <SelectField field="loadBalancing" label={t("inspector.gateway.loadBalancing")} value={gateway.loadBalancing} unset={t("inspector.field.defaultOption", { value: t(`inspector.gateway.lb.${DEFAULT_LOAD_BALANCING}`) })} options={LOAD_BALANCING.map((v) => ({ value: v, label: t(`inspector.gateway.lb.${v}`) }))} toPatch={(v) => ({ loadBalancing: v })} />
        </div>
      </Section>
      <Section title={t("inspector.gateway.rateLimit")} toggle={{ field: "rateLimit", on: rate !== undefined, set: (on) => (edit({ rateLimit: on ? { requestsPerSecond: 100, burst: 200 } : undefined }, "rateLimit"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="rateLimit.requestsPerSecond" label={t("inspector.gateway.requestsPerSecond")} value={rate?.requestsPerSecond} parse={parseOptionalNumber} numeric toPatch={(v) => ({ rateLimit: setInObject(rate, "requestsPerSecond", v) ?? {} })} />
          <DraftField field="rateLimit.burst" label={t("inspector.gateway.burst")} value={rate?.burst} placeholder={t("inspector.field.none")} parse={parseOptionalNumber} numeric toPatch={(v) => ({ rateLimit: setInObject(rate, "burst", v) ?? {} })} />
        </div>
      </Section>
      <Section title={t("inspector.gateway.auth")}>
        <SelectField field="auth.type" label={t("inspector.gateway.authType")} value={auth?.type} unset={t("inspector.field.notSet")} options={AUTH_TYPES.map((v) => ({ value: v, label: t(`inspector.gateway.authKind.${v}`) }))} toPatch={(v) => ({ auth: v === undefined ? undefined : { ...auth, type: v } })} />
        {auth && (
          <ChipListField field="auth.publicPaths" label={t("inspector.gateway.publicPaths")} itemLabel={t("inspector.gateway.publicPath")} items={auth.publicPaths} placeholder={EXAMPLE.publicPath} hint={t("inspector.gateway.publicPathsHint")} toPatch={(paths) => ({ auth: setInObject(auth, "publicPaths", paths) })} />
        )}
      </Section>
      <Section title={t("inspector.gateway.cors")}>
        <ChipListField field="cors.origins" label={t("inspector.gateway.origins")} itemLabel={t("inspector.gateway.origin")} items={gateway.cors?.origins} placeholder={EXAMPLE.origin} hint={t("inspector.gateway.originsHint")} toPatch={(origins) => ({ cors: origins ? { origins } : undefined })} />
      </Section>
    </>
  );
}
