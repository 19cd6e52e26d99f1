import type { Facts } from "./gather-facts";
import type { ServiceEvidence } from "./types";

/**
 * Per service, the facts of the drawing that bear on its split sliders:
 * data ownership, sync fan-out and fan-in, event traffic, and how much else
 * its team runs. A service's team is its own `team`, else its context's.
 * `only` (service indexes) limits the result to those services: an edit in
 * the app gathers the evidence of the services it touches.
 * @example gatherEvidence(facts, databaseUsers(facts))["cart-service"]?.sharedDatabases // ["order-db"]
 */
export function gatherEvidence(facts: Facts, users: ReadonlyMap<string, { services: number[] }>, only?: ReadonlySet<number>): Record<string, ServiceEvidence> {
  const { services } = facts;
  const contextTeam = new Map((facts.design.contexts ?? []).map((c) => [c.id, c.team]));
  const teamOf = services.map((s) => s.team ?? (s.context !== undefined ? contextTeam.get(s.context) : undefined));
  const teamSize = new Map<string, number>();
  for (const t of teamOf) if (t !== undefined) teamSize.set(t, (teamSize.get(t) ?? 0) + 1);

  const databases = services.map((): string[] => []);
  for (const a of facts.dataAccess) if (!databases[a.from]!.includes(a.flow.to)) databases[a.from]!.push(a.flow.to);
  const count = () => new Int32Array(services.length);
  // Distinct pairs counted through one numeric set, not two sets per service.
  const callsOut = count();
  const calledBy = count();
  const seen = new Set<number>();
  for (const c of facts.calls) {
    const key = c.from * services.length + c.to;
    if (seen.has(key)) continue;
    seen.add(key);
    callsOut[c.from]!++;
    calledBy[c.to]!++;
  }
  const routes = count();
  const publishes = count();
  const consumes = count();
  for (const r of facts.routes) routes[r.to]!++;
  for (const p of facts.publishes) publishes[p.from]!++;
  for (const s of facts.subscribes) consumes[s.to]!++;
  for (const m of facts.messages) {
    publishes[m.from]!++;
    consumes[m.to]!++;
  }

  const evidence: Record<string, ServiceEvidence> = {};
  services.forEach((s, i) => {
    if (only && !only.has(i)) return;
    const dbs = databases[i]!;
    const shared = dbs.filter((d) => (users.get(d)?.services.length ?? 0) > 1);
    const team = teamOf[i];
    const ownsData = dbs.length > 0 && shared.length === 0;
    // Two literals rather than a spread of a temporary object per service; `team` comes before `teamServices` in the JSON.
    evidence[s.id] =
      team === undefined
        ? { ownsData, databases: dbs, sharedDatabases: shared, callsOut: callsOut[i]!, calledBy: calledBy[i]!, gatewayRoutes: routes[i]!, publishes: publishes[i]!, consumes: consumes[i]!, teamServices: 0 }
        : { ownsData, databases: dbs, sharedDatabases: shared, callsOut: callsOut[i]!, calledBy: calledBy[i]!, gatewayRoutes: routes[i]!, publishes: publishes[i]!, consumes: consumes[i]!, team, teamServices: teamSize.get(team)! - 1 };
  });
  return evidence;
}
