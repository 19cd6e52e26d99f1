import { COLLECTION_OF, ELEMENT_KINDS } from "../model/elements";
import type { Design, Flow, Service } from "../model/schema";

/**
 * A design looked up once for offering refactorings: listing them for every
 * finding of a 10,000-service design must not scan the flows per finding.
 */
export interface RefactorIndex {
  flows: Map<string, Flow>;
  services: Map<string, Service>;
  /** Element id -> name. */
  names: Map<string, string>;
  /** Element id -> its context, for services, databases and brokers. */
  contextOf: Map<string, string | undefined>;
  /** Database id -> the services that access it, in design order. */
  users: Map<string, string[]>;
  /** Element id -> its outgoing sync flows, in design order. */
  syncOut: Map<string, Flow[]>;
}

/** @example indexForRefactoring(mallGoTemplate()).users.get("order-db") // ["order-service", "cart-service"] */
export function indexForRefactoring(design: Design): RefactorIndex {
  const names = new Map<string, string>();
  const contextOf = new Map<string, string | undefined>();
  for (const kind of ELEMENT_KINDS)
    for (const el of design[COLLECTION_OF[kind]] ?? []) {
      if (names.has(el.id)) continue;
      names.set(el.id, el.name);
      if ("context" in el) contextOf.set(el.id, el.context as string | undefined);
    }
  const services = new Map((design.services ?? []).map((s) => [s.id, s]));
  const databases = new Set((design.databases ?? []).map((d) => d.id));
  const flows = new Map<string, Flow>();
  const users = new Map<string, string[]>();
  const syncOut = new Map<string, Flow[]>();
  for (const f of design.flows ?? []) {
    flows.set(f.id, f);
    if (f.kind === "sync") {
      const out = syncOut.get(f.from);
      if (out) out.push(f);
      else syncOut.set(f.from, [f]);
    }
    if (databases.has(f.to) && services.has(f.from)) {
      const list = users.get(f.to);
      if (!list) users.set(f.to, [f.from]);
      else if (!list.includes(f.from)) list.push(f.from);
    }
  }
  return { flows, services, names, contextOf, users, syncOut };
}
