import type { Design, ElementKind, Flow, Service } from "../model/schema";

export interface ElementInfo {
  kind: ElementKind;
  name: string;
  context: string | undefined;
  /** Index into `Facts.services` for a service, else -1. */
  service: number;
}

/** A flow between two known elements, with the service ends as indexes into `Facts.services`. */
export interface Link {
  flow: Flow;
  /** Service index of the sending end, or -1 when it is a gateway or broker. */
  from: number;
  /** Service index of the receiving end, or -1 when it is a database or broker. */
  to: number;
}

/**
 * A design sorted once into what the rules ask about, so each rule is a loop
 * over the part it needs. Services are numbered in design order; the graph
 * code works on those numbers.
 */
export interface Facts {
  design: Design;
  services: Service[];
  /** Every element by id: one map rather than three, as this is the hottest lookup on big designs. */
  element: Map<string, ElementInfo>;
  /** sync service -> service */
  calls: Link[];
  /** async service -> service (a direct message) */
  messages: Link[];
  /** service -> broker */
  publishes: Link[];
  /** broker -> service */
  subscribes: Link[];
  /** service -> database */
  dataAccess: Link[];
  /** gateway -> service */
  routes: Link[];
}

/**
 * Classifies every flow of a loaded design by its endpoint kinds. Flows with
 * an unknown end are skipped: the loader has refused such designs already,
 * and the analysis must not throw on a half-edited one in the app.
 * @example gatherFacts(mallGoTemplate()).calls.length === 4
 */
export function gatherFacts(design: Design): Facts {
  const services = design.services ?? [];
  const element = new Map<string, ElementInfo>();
  const add = (kind: ElementKind, el: { id: string; name: string; context?: string }, service = -1) => {
    if (!element.has(el.id)) element.set(el.id, { kind, name: el.name, context: el.context, service });
  };
  for (const c of design.contexts ?? []) add("context", c);
  services.forEach((s, i) => add("service", s, i));
  for (const d of design.databases ?? []) add("database", d);
  for (const b of design.brokers ?? []) add("broker", b);
  for (const g of design.gateways ?? []) add("gateway", g);

  const facts: Facts = { design, services, element, calls: [], messages: [], publishes: [], subscribes: [], dataAccess: [], routes: [] };
  for (const flow of design.flows ?? []) {
    const from = element.get(flow.from);
    const to = element.get(flow.to);
    if (!from || !to || flow.from === flow.to) continue;
    const fromKind = from.kind;
    const toKind = to.kind;
    const link: Link = { flow, from: from.service, to: to.service };
    if (fromKind === "service" && toKind === "service") (flow.kind === "sync" ? facts.calls : facts.messages).push(link);
    else if (fromKind === "service" && toKind === "broker") facts.publishes.push(link);
    else if (fromKind === "broker" && toKind === "service") facts.subscribes.push(link);
    else if (fromKind === "service" && toKind === "database") facts.dataAccess.push(link);
    else if (fromKind === "gateway" && toKind === "service") facts.routes.push(link);
  }
  return facts;
}

/**
 * An element's display name, falling back to its id.
 * @example nameOf(facts, "order-db") === "orders"
 */
export function nameOf(facts: Facts, id: string): string {
  return facts.element.get(id)?.name ?? id;
}

/**
 * An element's context id, if it has one.
 * @example contextOf(facts, "order-db") === "ordering"
 */
export function contextOf(facts: Facts, id: string): string | undefined {
  return facts.element.get(id)?.context;
}
