/**
 * One inspector edit, checked before it reaches the design: the edited
 * element or flow must pass its own sub-schema, and the few rules that reach
 * across the design (unique ids, context references, flow kind and protocol,
 * one gateway route per prefix) are checked for that one target only. A full
 * `checkDesign` per keystroke would walk every element of a 10,000-service
 * design; these checks touch the target and its neighbours.
 *
 * Pure: no React, no store. The inspector commits the design it returns.
 */
import type { Design, ElementKind, Flow } from "../../core/model/schema";
import { BrokerSchema, ContextSchema, DatabaseSchema, FlowSchema, GatewaySchema, ServiceSchema } from "../../core/model/schema";
import { COLLECTION_OF, indexElements, type AnyElement } from "../../core/model/elements";
import { renameElement } from "../../core/edit/rename-element";
import { deriveId, idFollowsName } from "../../core/edit/derive-id";
import { connectionProblem, protocolProblem, requiredKind } from "../../core/load/check-design";
import { effectiveRoutePath } from "../../core/model/defaults";

/** A problem with the edited field: `path` is dotted inside the target (`instances.1.host`); `message` reads after the field's label. */
export interface FieldError {
  path: string;
  message: string;
}

export type EditResult = { ok: true; design: Design; id: string } | { ok: false; error: FieldError };

const SCHEMA_OF = { context: ContextSchema, service: ServiceSchema, database: DatabaseSchema, broker: BrokerSchema, gateway: GatewaySchema } as const;

const ARTICLE: Record<ElementKind | "flow", string> = { context: "a context", service: "a service", database: "a database", broker: "a broker", gateway: "a gateway", flow: "a flow" };

// The index of the last few designs seen: every keystroke asks for it, and the design only changes on a commit.
const indexCache = new WeakMap<Design, Map<string, AnyElement>>();
function indexOf(design: Design): Map<string, AnyElement> {
  let index = indexCache.get(design);
  if (!index) {
    index = indexElements(design);
    indexCache.set(design, index);
  }
  return index;
}

function withPatch(target: object, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

function schemaError(result: { success: boolean; error?: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] } }): FieldError | undefined {
  if (result.success) return undefined;
  const issue = result.error?.issues[0];
  if (!issue) return { path: "", message: "is not valid" };
  // The inspector only ever writes values of the right type, so a type issue means a required field was emptied.
  const message = issue.code === "invalid_type" ? "is required" : issue.message === "Invalid input" ? "is not valid here" : issue.message;
  return { path: issue.path.map(String).join("."), message };
}

function replaceAt(design: Design, field: (typeof COLLECTION_OF)[ElementKind] | "flows", index: number, value: Record<string, unknown>): Design {
  const list = [...((design[field] as unknown[] | undefined) ?? [])];
  list[index] = value;
  return { ...design, [field]: list };
}

/** What else in the design holds an id, or undefined when it is free. */
function holderOf(design: Design, id: string): ElementKind | "flow" | undefined {
  const el = indexOf(design).get(id);
  if (el) return el.kind;
  return (design.flows ?? []).some((f) => f.id === id) ? "flow" : undefined;
}

function flowError(design: Design, flow: Flow, index: number): FieldError | undefined {
  const elements = indexOf(design);
  const from = elements.get(flow.from);
  const to = elements.get(flow.to);
  if (!from) return { path: "from", message: `must be an element of this design` };
  if (!to) return { path: "to", message: `must be an element of this design` };
  if (flow.from === flow.to) return { path: "to", message: "must differ from where the flow starts" };
  const problem = connectionProblem(from.kind, to.kind);
  if (problem) return { path: "to", message: `cannot be ${ARTICLE[to.kind]} here: ${problem}` };
  const need = requiredKind(from.kind, to.kind);
  if (need && flow.kind !== need) return { path: "kind", message: `must be ${need} between ${ARTICLE[from.kind]} and ${ARTICLE[to.kind]}` };
  const wrongProtocol = protocolProblem(flow.kind, flow.protocol);
  if (wrongProtocol) return { path: "protocol", message: wrongProtocol };
  if (from.kind === "gateway") {
    const path = effectiveRoutePath(flow);
    const other = (design.flows ?? []).find((f, i) => i !== index && f.from === flow.from && effectiveRoutePath(f) === path);
    if (other) return { path: "path", message: `"${path}" is already routed to ${other.to} on this gateway` };
  }
  return undefined;
}

/** Gateway routes whose default prefix (`/<to>`) follows a renamed service must stay unique. */
function renamedRouteError(design: Design, renamed: string): FieldError | undefined {
  const flows = design.flows ?? [];
  for (let i = 0; i < flows.length; i++) {
    const f = flows[i]!;
    if (f.to !== renamed || f.path !== undefined) continue;
    const e = flowError(design, f, i);
    if (e) return { path: "id", message: `would give the route ${f.id} the prefix "/${renamed}", which is already routed on ${f.from}` };
  }
  return undefined;
}

export type Target = AnyElement | { kind: "flow"; element: Flow; index: number };

/** The element or flow with this id, through the cached index. */
export function findTarget(design: Design, id: string): Target | undefined {
  const element = indexOf(design).get(id);
  if (element) return element;
  const index = (design.flows ?? []).findIndex((f) => f.id === id);
  return index < 0 ? undefined : { kind: "flow", element: design.flows![index]!, index };
}

/**
 * Applies `patch` (undefined removes a field) to the element or flow `id` and
 * returns the new design, or the first problem in plain words. A changed `id`
 * is renamed everywhere (flows, members, layout, defaults derived from it); a
 * changed name changes the id too while the id still follows the name.
 * @example applyEdit(design, "order-service", { port: 70000 }) // { ok: false, error: { path: "port", message: "must be at most 65535" } }
 */
export function applyEdit(design: Design, id: string, patch: Record<string, unknown>): EditResult {
  const element = indexOf(design).get(id);
  const flowIndex = element ? -1 : (design.flows ?? []).findIndex((f) => f.id === id);
  if (!element && flowIndex < 0) return { ok: false, error: { path: "", message: `"${id}" is no longer in the design` } };

  const current: Record<string, unknown> = element ? element.element : design.flows![flowIndex]!;
  // A new name carries the id along while the id is still the one the old name gave.
  if (element && typeof patch.name === "string" && !("id" in patch) && patch.name.trim() && idFollowsName(id, element.element.name, element.kind)) {
    const taken = { has: (other: string) => other !== id && holderOf(design, other) !== undefined };
    patch = { ...patch, id: deriveId(patch.name, element.kind, taken) };
  }
  const candidate = withPatch(current, patch);
  const invalid = schemaError(element ? SCHEMA_OF[element.kind].safeParse(candidate) : FlowSchema.safeParse(candidate));
  if (invalid) return { ok: false, error: invalid };

  const newId = candidate.id as string;
  if (newId !== id) {
    const holder = holderOf(design, newId);
    if (holder) return { ok: false, error: { path: "id", message: `"${newId}" is already used by ${ARTICLE[holder]}` } };
  }
  if (element && "context" in patch && candidate.context !== undefined) {
    const ctx = indexOf(design).get(candidate.context as string);
    if (ctx?.kind !== "context") return { ok: false, error: { path: "context", message: `must name a context of this design` } };
  }

  // The target keeps its place (renames map in order), so write it back by index rather than search again.
  const renamed = newId !== id ? renameElement(design, id, newId) : design;
  const next = element ? replaceAt(renamed, COLLECTION_OF[element.kind], element.index, candidate) : replaceAt(renamed, "flows", flowIndex, candidate);

  if (!element) {
    const flow = next.flows![flowIndex]!;
    const e = flowError(next, flow, flowIndex);
    if (e) return { ok: false, error: e };
  } else if (newId !== id && element.kind === "service") {
    const e = renamedRouteError(next, newId);
    if (e) return { ok: false, error: e };
  }
  if (element && newId === id) {
    // Typing edits one element: the next keystroke's index is this one with that entry replaced, not a rebuild.
    const index = new Map(indexOf(design));
    index.set(id, { ...element, element: candidate } as AnyElement);
    indexCache.set(next, index);
  } else if (!element && newId === id) {
    indexCache.set(next, indexOf(design));
  }
  return { ok: true, design: next, id: newId };
}
