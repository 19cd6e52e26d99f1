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

const AUTH_LABEL: Record<(typeof AUTH_TYPES)[number], string> = { jwt: "JWT", api_key: "API key", oauth2: "OAuth 2", none: "None" };
const LB_LABEL: Record<(typeof LOAD_BALANCING)[number], string> = { round_robin: "Round robin", weighted: "Weighted", least_conn: "Least connections", consistent_hash: "Consistent hash" };

/** An API gateway: its port and the policies every route shares. */
export function GatewayForm({ gateway }: { gateway: Gateway }) {
  const { edit, seal } = useInspector();
  const rate = gateway.rateLimit;
  const auth = gateway.auth;
  return (
    <>
      <Section>
        <IdentityFields id={gateway.id} name={gateway.name} description={gateway.description} />
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="port" label="Port" value={gateway.port} placeholder={String(DEFAULT_GATEWAY_PORT)} parse={parseOptionalNumber} numeric toPatch={(v) => ({ port: v })} />
          <SelectField field="loadBalancing" label="Load balancing" value={gateway.loadBalancing} unset={`Default (${LB_LABEL[DEFAULT_LOAD_BALANCING].toLowerCase()})`} options={LOAD_BALANCING.map((v) => ({ value: v, label: LB_LABEL[v] }))} toPatch={(v) => ({ loadBalancing: v })} />
        </div>
      </Section>
      <Section title="Rate limit" toggle={{ field: "rateLimit", on: rate !== undefined, set: (on) => (edit({ rateLimit: on ? { requestsPerSecond: 100, burst: 200 } : undefined }, "rateLimit"), seal()) }}>
        <div className="grid grid-cols-2 gap-2">
          <DraftField field="rateLimit.requestsPerSecond" label="Requests / second" value={rate?.requestsPerSecond} parse={parseOptionalNumber} numeric toPatch={(v) => ({ rateLimit: setInObject(rate, "requestsPerSecond", v) ?? {} })} />
          <DraftField field="rateLimit.burst" label="Burst" value={rate?.burst} placeholder="none" parse={parseOptionalNumber} numeric toPatch={(v) => ({ rateLimit: setInObject(rate, "burst", v) ?? {} })} />
        </div>
      </Section>
      <Section title="Authentication">
        <SelectField field="auth.type" label="Type" value={auth?.type} unset="Not set" options={AUTH_TYPES.map((v) => ({ value: v, label: AUTH_LABEL[v] }))} toPatch={(v) => ({ auth: v === undefined ? undefined : { ...auth, type: v } })} />
        {auth && (
          <ChipListField field="auth.publicPaths" label="Public paths" itemLabel="Path" items={auth.publicPaths} placeholder="/api/auth" hint="Requests under these prefixes skip authentication" toPatch={(paths) => ({ auth: setInObject(auth, "publicPaths", paths) })} />
        )}
      </Section>
      <Section title="CORS">
        <ChipListField field="cors.origins" label="Allowed origins" itemLabel="Origin" items={gateway.cors?.origins} placeholder="https://shop.example.com" hint="None listed: no CORS headers" toPatch={(origins) => ({ cors: origins ? { origins } : undefined })} />
      </Section>
    </>
  );
}
