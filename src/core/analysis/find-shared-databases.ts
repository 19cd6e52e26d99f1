import { makeFinding } from "./finding-messages";
import { contextOf, nameOf, type Facts } from "./gather-facts";
import type { Finding } from "./types";

/**
 * Database id -> the distinct services that access it (design order) and the access flows.
 * @example databaseUsers(gatherFacts(mallGoTemplate())).get("order-db")?.services.length === 2
 */
export function databaseUsers(facts: Facts): Map<string, { services: number[]; flows: string[] }> {
  const users = new Map<string, { services: number[]; flows: string[] }>();
  for (const a of facts.dataAccess) {
    let u = users.get(a.flow.to);
    if (!u) users.set(a.flow.to, (u = { services: [], flows: [] }));
    if (!u.services.includes(a.from)) u.services.push(a.from);
    u.flows.push(a.flow.id);
  }
  return users;
}

/**
 * `shared-database`: a database two or more services access. A warning
 * inside one bounded context (the mall-go guide's own design shares its order database
 * between carts and orders); an error when the services sit in different
 * contexts, because then the boundary exists only on the drawing. Services
 * without a context do not count as another context: their boundary is unknown.
 * @example findSharedDatabases(gatherFacts(mallGoTemplate()))[0]?.database === "order-db"
 */
export function findSharedDatabases(facts: Facts, users = databaseUsers(facts)): Finding[] {
  const findings: Finding[] = [];
  for (const [database, { services, flows }] of users) {
    if (services.length < 2) continue;
    const ids = services.map((s) => facts.services[s]!.id);
    const contexts = [...new Set(ids.map((id) => contextOf(facts, id)).filter((c): c is string => c !== undefined))];
    findings.push(
      makeFinding(
        "shared-database",
        contexts.length > 1 ? "error" : "warning",
        { database: nameOf(facts, database), services: ids.map((id) => nameOf(facts, id)), contexts: contexts.map((c) => nameOf(facts, c)) },
        { elements: [database, ...ids], flows, database, ...(contexts.length ? { contexts } : {}) },
      ),
    );
  }
  return findings;
}
