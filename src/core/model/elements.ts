import type { Broker, Context, Database, Design, ElementKind, Gateway, Service } from "./schema";

export type AnyElement =
  | { kind: "context"; element: Context; index: number }
  | { kind: "service"; element: Service; index: number }
  | { kind: "database"; element: Database; index: number }
  | { kind: "broker"; element: Broker; index: number }
  | { kind: "gateway"; element: Gateway; index: number };

/** The array of a design that holds each element kind (also the field name in the file). */
export const COLLECTION_OF: Record<ElementKind, "contexts" | "services" | "databases" | "brokers" | "gateways"> = {
  context: "contexts",
  service: "services",
  database: "databases",
  broker: "brokers",
  gateway: "gateways",
};

export const ELEMENT_KINDS: readonly ElementKind[] = ["context", "service", "database", "broker", "gateway"];

/**
 * Every element of a design by id, in one pass.
 * @example indexElements(design).get("order-service")?.kind === "service"
 */
export function indexElements(design: Design): Map<string, AnyElement> {
  const map = new Map<string, AnyElement>();
  for (const kind of ELEMENT_KINDS) {
    const items = design[COLLECTION_OF[kind]] ?? [];
    items.forEach((element, index) => {
      if (!map.has(element.id)) map.set(element.id, { kind, element, index } as AnyElement);
    });
  }
  return map;
}

/**
 * Every element of a design with its kind and its index in its collection,
 * in `ELEMENT_KINDS` order: the one walk over the five collections, so no
 * caller lists them by hand.
 * @example forEachElement(design, (kind, el) => kinds.set(el.id, kind))
 */
export function forEachElement(design: Design, visit: (kind: ElementKind, element: AnyElement["element"], index: number) => void): void {
  for (const kind of ELEMENT_KINDS) {
    const items = design[COLLECTION_OF[kind]] ?? [];
    for (let i = 0; i < items.length; i++) visit(kind, items[i]!, i);
  }
}

/**
 * How many elements (contexts, services, databases, brokers, gateways) a design has.
 * @example countElements(emptyDesign()) === 0
 */
export function countElements(design: Design): number {
  let n = 0;
  for (const kind of ELEMENT_KINDS) n += design[COLLECTION_OF[kind]]?.length ?? 0;
  return n;
}

/** An empty, valid design. */
export function emptyDesign(name = "Untitled design"): Design {
  return { format: "seams-design", version: 1, name, contexts: [], services: [], databases: [], brokers: [], gateways: [], flows: [], layout: {} };
}
