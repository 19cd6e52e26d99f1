import { buildDependencyGraph, buildSyncGraph, type DependencyGraph } from "./build-dependency-graph";
import { findStrongComponents, type Components } from "./find-strong-components";
import { cycleScratch, findShortestCycle } from "./find-shortest-cycle";
import { makeFinding } from "./finding-messages";
import { contextOf, nameOf, type Facts } from "./gather-facts";
import type { Finding } from "./types";

export interface DependencyAnalysis {
  graph: DependencyGraph;
  components: Components;
  syncGraph: DependencyGraph;
  syncComponents: Components;
}

/**
 * Both graphs and their components, computed once and shared by the cycle and chain rules.
 * @example const deps = analyzeDependencies(facts); findCycles(facts, deps); findDeepChains(facts, deps);
 */
export function analyzeDependencies(facts: Facts): DependencyAnalysis {
  const graph = buildDependencyGraph(facts);
  const syncGraph = buildSyncGraph(facts);
  return { graph, components: findStrongComponents(graph), syncGraph, syncComponents: findStrongComponents(syncGraph) };
}

/**
 * One `circular-dependency` finding per strongly connected component of two
 * or more services: an error when some of its services form a cycle of sync
 * calls alone (then `cycle` is that sync cycle), else a warning (an event
 * loop, and `cycle` may pass through brokers). Edges follow the drawn arrows;
 * see `build-dependency-graph.ts` for why.
 * @example findCycles(facts, analyzeDependencies(facts)).map((f) => f.cycle)
 */
export function findCycles(facts: Facts, deps: DependencyAnalysis): Finding[] {
  const { graph, components, syncGraph, syncComponents } = deps;
  const serviceCount = graph.serviceCount;
  const syncSize = (node: number) => {
    const c = syncComponents.comp[node]!;
    return syncComponents.memberStart[c + 1]! - syncComponents.memberStart[c]!;
  };
  const findings: Finding[] = [];
  let scratch: ReturnType<typeof cycleScratch> | undefined;
  let syncScratch: ReturnType<typeof cycleScratch> | undefined;

  for (let c = 0; c < components.count; c++) {
    const first = components.memberStart[c]!;
    const end = components.memberStart[c + 1]!;
    if (end - first < 2) continue; // most components are one service: skip them without allocating
    const services: number[] = [];
    for (let i = first; i < end; i++) {
      const node = components.members[i]!;
      if (node < serviceCount) services.push(node);
    }
    // A lone service that consumes its own events is no loop between services.
    if (services.length < 2) continue;
    services.sort((a, b) => a - b);

    const syncStart = services.find((s) => syncSize(s) > 1);
    const sync = syncStart !== undefined;
    const path = sync
      ? findShortestCycle(syncGraph, syncComponents.comp, syncComponents.comp[syncStart]!, syncStart, (syncScratch ??= cycleScratch(syncGraph)))
      : findShortestCycle(graph, components.comp, c, services[0]!, (scratch ??= cycleScratch(graph)));
    if (!path) continue; // unreachable for a real component; never throw in the live editor

    const ids = (nodes: number[]) => nodes.map((n) => facts.services[n]!.id);
    const cycle = ids(path.services);
    const onCycle = new Set(path.services);
    const elements = [...cycle.slice(0, -1), ...ids(services.filter((s) => !onCycle.has(s)))];
    const contexts = [...new Set(elements.map((id) => contextOf(facts, id)).filter((x): x is string => x !== undefined))];
    findings.push(
      makeFinding(
        "circular-dependency",
        sync ? "error" : "warning",
        { cycle: cycle.map((id) => nameOf(facts, id)), sync, tangled: services.length },
        { elements, flows: path.flows, cycle, ...(contexts.length ? { contexts } : {}) },
      ),
    );
  }
  return findings;
}
