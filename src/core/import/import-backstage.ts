/**
 * A Backstage catalog (`catalog-info.yaml`, one entity per document) to a
 * design: Components become services, Resources databases or brokers by their
 * type, Systems the contexts (Domains for Seams' own export, whose components
 * carry `seams/context`), and `dependsOn` and `providesApis`/`consumesApis`
 * flows.
 */
import type { Draft } from "./draft";
import { arr, obj, str, type Obj } from "./plain";

const DATABASE_TYPES = /^(?:database|db|sql|nosql|postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|cache|elasticsearch|cassandra|dynamodb|datastore|data-store)$/i;
const BROKER_TYPES = /^(?:message-broker|broker|queue|topic|kafka|kafka-topic|rabbitmq|nats|pulsar|event-bus|eventbus|stream|sqs|sns|pubsub)$/i;
const NOT_DEPLOYED = /^(?:library|documentation|template)$/i;

interface Entity {
  kind: string;
  ref: string;
  name: string;
  meta: Obj;
  spec: Obj;
}

/** `component:default/x`, `resource:x`, `x` (with a default kind) → `kind:namespace/name`, lower-case. */
export function parseRef(ref: string, defaultKind: string): string {
  const m = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/.exec(ref.trim());
  if (!m) return ref.toLowerCase();
  return `${(m[1] ?? defaultKind).toLowerCase()}:${(m[2] ?? "default").toLowerCase()}/${m[3]!.toLowerCase()}`;
}

export function importBackstage(docs: unknown[], file: string, draft: Draft): void {
  const entities: Entity[] = [];
  for (const d of docs) {
    const o = obj(d);
    if (!o || !/^backstage\.io\//.test(str(o.apiVersion) ?? "")) continue;
    const meta = obj(o.metadata) ?? {};
    const name = str(meta.name);
    const kind = str(o.kind);
    if (!name || !kind) continue;
    entities.push({ kind, name, meta, spec: obj(o.spec) ?? {}, ref: parseRef(`${kind}:${str(meta.namespace) ?? "default"}/${name}`, kind) });
  }
  const byRef = new Map(entities.map((e) => [e.ref, e]));
  const ids = new Map<string, string>();
  const seamsExport = entities.some((e) => obj(e.meta.labels)?.["seams/context"] !== undefined);
  const text = (e: Entity) => ({ name: str(e.meta.title) ?? e.name, ...(str(e.meta.description) ? { description: str(e.meta.description)!.slice(0, 2000) } : {}) });
  const from = (e: Entity) => `${e.kind} ${e.name} (${file})`;

  const contextOf = (e: Entity): string | undefined => {
    const label = str(obj(e.meta.labels)?.["seams/context"]);
    if (label) {
      const domain = byRef.get(parseRef(label, "domain"));
      return draft.context(label, from(domain ?? e), { id: label, ...(domain ? text(domain) : {}) });
    }
    if (seamsExport) return undefined;
    const systemRef = str(e.spec.system);
    if (!systemRef) return undefined;
    const system = byRef.get(parseRef(systemRef, "system"));
    return draft.context(system?.name ?? systemRef, system ? from(system) : `spec.system of ${from(e)}`, system ? text(system) : {});
  };
  const team = (e: Entity) => {
    const owner = str(e.spec.owner);
    const t = owner?.replace(/^group:(?:default\/)?/, "");
    return t && t !== "unassigned" ? { team: t.slice(0, 100) } : {};
  };

  for (const e of entities) {
    if (e.kind === "Domain" && seamsExport) draft.context(e.name, from(e), { id: e.name, ...text(e) });
  }
  for (const e of entities) {
    if (e.kind === "Component") {
      const type = str(e.spec.type) ?? "service";
      if (NOT_DEPLOYED.test(type)) {
        draft.skipped(`${from(e)}: a ${type}, not a running service`);
        continue;
      }
      const context = contextOf(e);
      const tags = arr(e.meta.tags).map(str).filter((t): t is string => !!t && t.length <= 100).slice(0, 50);
      ids.set(e.ref, draft.element("service", e.name, from(e), { id: e.name, ...text(e), ...team(e), ...(context ? { context } : {}), ...(tags.length ? { tags } : {}) }));
    } else if (e.kind === "Resource") {
      const type = str(e.spec.type) ?? "";
      const kind = DATABASE_TYPES.test(type) ? "database" : BROKER_TYPES.test(type) ? "broker" : undefined;
      if (!kind) {
        draft.skipped(`${from(e)}: resource type "${type.slice(0, 40)}" is neither a database nor a broker`);
        continue;
      }
      const context = contextOf(e);
      const engine = /^(?:database|db|message-broker|broker|queue|topic)$/i.test(type) ? {} : { engine: type.toLowerCase().slice(0, 40) };
      ids.set(e.ref, draft.element(kind, e.name, from(e), { id: e.name, ...text(e), ...engine, ...(context ? { context } : {}) }));
      draft.inferred(`${e.name} is a ${kind}: resource type ${type}`);
    } else if (e.kind === "System") {
      if (seamsExport) continue;
    } else if (e.kind === "Domain") {
      if (!seamsExport) draft.skipped(`${from(e)}: its Systems are the contexts`);
    } else if (e.kind !== "API") draft.skipped(`${from(e)}: not part of the architecture`);
  }

  const providers = new Map<string, string[]>();
  for (const e of entities) {
    const id = ids.get(e.ref);
    if (!id) continue;
    for (const api of arr(e.spec.providesApis).map(str)) if (api) providers.set(parseRef(api, "api"), [...(providers.get(parseRef(api, "api")) ?? []), id]);
  }
  for (const e of entities) {
    const id = ids.get(e.ref);
    if (!id || draft.kindOf(id) !== "service") continue;
    for (const dep of arr(e.spec.dependsOn).map(str)) {
      if (!dep) continue;
      const to = ids.get(parseRef(dep, "component"));
      if (to) draft.flow(id, to, `dependsOn ${dep}`);
      else draft.skipped(`${e.name} dependsOn ${dep}: not in this catalog`);
    }
    for (const api of arr(e.spec.consumesApis).map(str)) {
      if (!api) continue;
      const ref = parseRef(api, "api");
      const apiType = str(byRef.get(ref)?.spec.type) ?? "";
      const list = providers.get(ref) ?? [];
      if (list.length === 0) draft.skipped(`${e.name} consumesApis ${api}: no component here provides it`);
      for (const to of list) draft.flow(id, to, `consumesApis ${api}`, /grpc/i.test(apiType) ? { protocol: "grpc" } : /asyncapi/i.test(apiType) ? { kind: "async", protocol: "event" } : { protocol: "http" });
    }
  }
}
