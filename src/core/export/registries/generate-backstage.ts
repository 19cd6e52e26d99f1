/**
 * Backstage `catalog-info.yaml`: a Domain per context, one System for the
 * design, a Component per service (`dependsOn` from its flows: calls, data
 * access, published and subscribed brokers) and a Resource per database and
 * broker. Entity names come from ids, sanitised to Backstage's name rule;
 * titles and descriptions are the design's text as YAML string values.
 */
import type { Design, Flow } from "../../model/schema";
import { indexElements, type AnyElement } from "../../model/elements";
import { ENGLISH_CAVEAT_WORDS, type Caveat, type ExportOptions, type ExportOutput } from "../types";
import { assignNames, BACKSTAGE_NAME, sanitizeBackstageName, sanitizeBackstageTag, sanitizeLabelValue } from "./assign-names";
import { stringifyYaml } from "./stringify-yaml";

export const BACKSTAGE_DEFAULT_OWNER = "group:default/unassigned";
const API_VERSION = "backstage.io/v1alpha1";

export interface BackstageEntity {
  apiVersion: typeof API_VERSION;
  kind: "Domain" | "System" | "Component" | "Resource";
  metadata: { name: string; title?: string; description?: string; tags?: string[]; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
}

/** The entities in file order: Domains, the System, Components, Resources. */
export function listBackstageEntities(design: Design): { entities: BackstageEntity[]; caveats: Caveat[] } {
  const caveats: Caveat[] = [];
  const contexts = design.contexts ?? [];
  const services = design.services ?? [];
  const resources = [...(design.databases ?? []).map((d) => ({ el: d, type: "database" })), ...(design.brokers ?? []).map((b) => ({ el: b, type: "message-broker" }))];
  // One namespace per kind in Backstage, but names are assigned across all at once so a ref is never ambiguous to a reader.
  const { names, caveats: nameCaveats } = assignNames([...contexts, ...services, ...resources.map((r) => r.el)].map((e) => e.id), BACKSTAGE_NAME);
  caveats.push(...nameCaveats);
  const systemName = sanitizeBackstageName(design.name.toLowerCase()) || "seams-design";
  const teamOf = new Map(contexts.map((c) => [c.id, c.team]));
  const unowned: string[] = [];
  const owner = (id: string, team: string | undefined) => {
    const name = team === undefined ? "" : sanitizeBackstageName(team.toLowerCase());
    if (name) return `group:default/${name}`;
    unowned.push(id);
    return BACKSTAGE_DEFAULT_OWNER;
  };
  const byId = indexElements(design);
  const ref = (id: string): string | undefined => {
    const el = byId.get(id);
    if (!el) return undefined;
    return `${kindOf(el)}:default/${names.get(id)}`;
  };
  const dependencies = listDependencies(design.flows ?? [], byId);
  const entities: BackstageEntity[] = [];
  for (const c of contexts) {
    entities.push({ apiVersion: API_VERSION, kind: "Domain", metadata: withText({ name: names.get(c.id)! }, c.name, c.description), spec: { owner: owner(c.id, c.team) } });
  }
  entities.push({ apiVersion: API_VERSION, kind: "System", metadata: withText({ name: systemName }, design.name, design.description), spec: { owner: BACKSTAGE_DEFAULT_OWNER } });
  caveats.push({ elements: [], code: "backstage.system", params: { system: systemName, owner: BACKSTAGE_DEFAULT_OWNER }, message: `The System "${systemName}" spans every context, so it names no domain and its owner is ${BACKSTAGE_DEFAULT_OWNER}; each component carries its context in the label seams/context.` });
  for (const s of services) {
    const team = s.team ?? (s.context ? teamOf.get(s.context) : undefined);
    const tags = serviceTags(s.id, s.tags ?? [], caveats);
    const dependsOn = (dependencies.get(s.id) ?? [])
      .map(ref)
      .filter((r): r is string => r !== undefined);
    const metadata = withText({ name: names.get(s.id)! }, s.name, s.description);
    if (tags.length > 0) metadata.tags = tags;
    if (s.context) metadata.labels = { "seams/context": sanitizeLabelValue(s.context) };
    entities.push({
      apiVersion: API_VERSION,
      kind: "Component",
      metadata,
      spec: { type: "service", lifecycle: "production", owner: owner(s.id, team), system: systemName, ...(dependsOn.length > 0 ? { dependsOn } : {}) },
    });
  }
  for (const { el, type } of resources) {
    const team = el.context ? teamOf.get(el.context) : undefined;
    const metadata = withText({ name: names.get(el.id)! }, el.name, el.description);
    if (el.context) metadata.labels = { "seams/context": sanitizeLabelValue(el.context) };
    entities.push({ apiVersion: API_VERSION, kind: "Resource", metadata, spec: { type, owner: owner(el.id, team), system: systemName } });
  }
  if (unowned.length > 0) caveats.push({ elements: unowned, code: "backstage.unowned", params: { elements: unowned.join(", "), owner: BACKSTAGE_DEFAULT_OWNER }, message: `No team owns ${unowned.join(", ")}: the owner is ${BACKSTAGE_DEFAULT_OWNER}.` });
  const gateways = (design.gateways ?? []).map((g) => g.id);
  if (gateways.length > 0) caveats.push({ elements: gateways, code: "backstage.gateways", params: { gateways: gateways.join(", ") }, message: `Gateways (${gateways.join(", ")}) are not catalog entities here; export them with a gateway target.` });
  return { entities, caveats };
}

function kindOf(el: AnyElement): "component" | "resource" | "domain" | "system" {
  switch (el.kind) {
    case "service":
    case "gateway":
      return "component";
    case "database":
    case "broker":
      return "resource";
    case "context":
      return "domain";
    default:
      return nonexhaustive(el);
  }
}

function nonexhaustive(x: never): never {
  throw new Error(`unexpected element ${JSON.stringify(x)}`);
}

/**
 * What each service depends on, in flow order, without repeats: services it
 * calls or messages, databases it reads, brokers it publishes to or subscribes
 * from. Gateways are left out: a route is the gateway depending on the service.
 * One pass over the flows, so a 10,000-service design costs no more than its flows.
 * @example listDependencies(flows, byId).get("order-service") // ["inventory-service", "cart-service", "order-db", "events"]
 */
export function listDependencies(flows: readonly Flow[], byId: Map<string, AnyElement>): Map<string, string[]> {
  const deps = new Map<string, Set<string>>();
  const add = (serviceId: string, target: string) => {
    const kind = byId.get(target)?.kind;
    if (kind !== "service" && kind !== "database" && kind !== "broker") return;
    if (target === serviceId) return;
    let set = deps.get(serviceId);
    if (!set) deps.set(serviceId, (set = new Set()));
    set.add(target);
  };
  for (const f of flows) {
    const from = byId.get(f.from)?.kind;
    if (from === "service") add(f.from, f.to);
    else if (from === "broker" && byId.get(f.to)?.kind === "service") add(f.to, f.from);
  }
  return new Map([...deps].map(([k, v]) => [k, [...v]]));
}

function withText(meta: BackstageEntity["metadata"], title: string, description: string | undefined): BackstageEntity["metadata"] {
  if (title !== meta.name) meta.title = title;
  if (description !== undefined && description !== "") meta.description = description;
  return meta;
}

function serviceTags(id: string, raw: readonly string[], caveats: Caveat[]): string[] {
  const tags: string[] = [];
  let changed = false;
  for (const t of raw) {
    const tag = sanitizeBackstageTag(t);
    if (tag !== t) changed = true;
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  if (changed) caveats.push({ elements: [id], code: "backstage.tags", params: { id }, message: `${id}: some tags are not valid Backstage tags (lowercase a-z, 0-9, : + # separated by -) and are rewritten or left out.` });
  return tags;
}

/**
 * The Backstage catalog file for a design.
 * @example parseAllDocuments(generateBackstage(mallGo).content).map((d) => d.get("kind"))
 */
export function generateBackstage(design: Design, options: ExportOptions = {}): ExportOutput {
  const { entities, caveats } = listBackstageEntities(design);
  const words = options.words ?? ENGLISH_CAVEAT_WORDS;
  const header = ["Generated by Seams: Backstage catalog entities for this design.", ...caveats.map((c) => `${words.note} ${words.caveat(c)}`)];
  const content = stringifyYaml(entities.map((value, i) => ({ value, comments: i === 0 ? header : [] })));
  return { fileName: "catalog-info.yaml", mediaType: "application/yaml", content, caveats };
}
