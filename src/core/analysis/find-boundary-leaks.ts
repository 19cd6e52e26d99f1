import { makeFinding } from "./finding-messages";
import { contextOf, nameOf, type Facts } from "./gather-facts";
import type { Finding } from "./types";

/**
 * Where a bounded context's edge is crossed without protection:
 * - `cross-context-data-access` (warning): a service uses a database of
 *   another context that no other service uses (a shared one is already a
 *   `shared-database` error, so it is not reported twice);
 * - `missing-circuit-breaker` (info): a sync call into another context with
 *   no circuit breaker, the mall-go guide's guard against cascading failure.
 * Elements without a context have no known boundary and are not judged.
 * @example findBoundaryLeaks(facts, databaseUsers(facts))
 */
export function findBoundaryLeaks(facts: Facts, users: ReadonlyMap<string, { services: number[] }>): Finding[] {
  const findings: Finding[] = [];
  const name = (id: string) => nameOf(facts, id);
  for (const a of facts.dataAccess) {
    const service = a.flow.from;
    const database = a.flow.to;
    const from = facts.services[a.from]!.context;
    const owner = contextOf(facts, database);
    if (from === undefined || owner === undefined || from === owner) continue;
    if ((users.get(database)?.services.length ?? 0) > 1) continue;
    findings.push(
      makeFinding(
        "cross-context-data-access",
        "warning",
        { service: name(service), database: name(database), serviceContext: name(from), databaseContext: name(owner) },
        { elements: [service, database], flows: [a.flow.id], database, contexts: [from, owner] },
      ),
    );
  }
  for (const c of facts.calls) {
    if (c.flow.circuitBreaker) continue;
    const from = facts.services[c.from]!.context;
    const to = facts.services[c.to]!.context;
    if (from === undefined || to === undefined || from === to) continue;
    findings.push(
      makeFinding(
        "missing-circuit-breaker",
        "info",
        { caller: name(c.flow.from), callee: name(c.flow.to), callerContext: name(from), calleeContext: name(to) },
        { elements: [c.flow.from, c.flow.to], flows: [c.flow.id], contexts: [from, to] },
      ),
    );
  }
  return findings;
}
