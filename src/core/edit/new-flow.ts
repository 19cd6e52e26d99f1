/**
 * A new flow between two elements with defaults that fit the endpoints:
 * service -> broker publishes an event, broker -> service subscribes to one
 * the broker carries, service -> database is sync data access, gateway ->
 * service is a route with a fresh prefix, service -> service a sync HTTP call.
 */
import type { Design, Flow } from "../model/schema";
import { indexElements } from "../model/elements";
import { connectionProblem, requiredKind } from "../load/check-design";
import { effectiveRoutePath } from "../model/defaults";
import { uniqueId, usedIds } from "./edit-design";

export type NewFlowResult = { ok: true; flow: Flow } | { ok: false; reason: string };

function toPascal(id: string): string {
  return id
    .replace(/-service$/, "")
    .split(/[-_.]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** The event a new flow from `fromId` into a broker publishes: `order-service` gives `OrderChanged`. */
export function defaultEventOf(fromId: string): string {
  return `${toPascal(fromId)}Changed`;
}

/** The route prefix a new gateway route to `toId` gets (before it is made unique on its gateway): `order-service` gives `/api/order`. */
export function defaultRouteOf(toId: string): string {
  return `/api/${toId.replace(/-service$/, "").replace(/[^a-z0-9-]/g, "-")}`;
}

/** The first of `base`, `base-2`, `base-3`, ... that `taken` does not hold. */
export function freeRoute(base: string, taken: ReadonlySet<string>): string {
  let path = base;
  for (let n = 2; taken.has(path); n++) path = `${base}-${n}`;
  return path;
}

/** The id of a new flow between two elements. */
export function defaultFlowIdOf(fromId: string, toId: string): string {
  return `${fromId}-to-${toId}`.slice(0, 56).replace(/-+$/, "");
}

export function newFlowBetween(design: Design, fromId: string, toId: string): NewFlowResult {
  if (fromId === toId) return { ok: false, reason: "a flow cannot go from an element to itself" };
  const index = indexElements(design);
  const from = index.get(fromId);
  const to = index.get(toId);
  if (!from || !to) return { ok: false, reason: "both ends of a flow must be elements of this design" };
  const problem = connectionProblem(from.kind, to.kind);
  if (problem) return { ok: false, reason: problem };
  const kind = requiredKind(from.kind, to.kind) ?? "sync";
  const id = uniqueId(defaultFlowIdOf(fromId, toId), usedIds(design));
  if (from.kind === "gateway") {
    const taken = new Set((design.flows ?? []).filter((f) => f.from === fromId).map(effectiveRoutePath));
    return { ok: true, flow: { id, from: fromId, to: toId, kind: "sync", protocol: "http", path: freeRoute(defaultRouteOf(toId), taken) } };
  }
  if (to.kind === "broker") return { ok: true, flow: { id, from: fromId, to: toId, kind: "async", protocol: "event", event: defaultEventOf(fromId) } };
  if (from.kind === "broker") {
    const carried = (design.flows ?? []).filter((f) => f.to === fromId && f.event).map((f) => f.event!);
    const consumed = new Set((design.flows ?? []).filter((f) => f.from === fromId && f.to === toId && f.event).map((f) => f.event!));
    const event = carried.find((e) => !consumed.has(e));
    return { ok: true, flow: { id, from: fromId, to: toId, kind: "async", protocol: "event", ...(event ? { event } : {}) } };
  }
  if (to.kind === "database") return { ok: true, flow: { id, from: fromId, to: toId, kind: "sync" } };
  return { ok: true, flow: { id, from: fromId, to: toId, kind, protocol: kind === "sync" ? "http" : "message" } };
}
