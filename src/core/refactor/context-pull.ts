import type { Design, Flow } from "../model/schema";

/** What `contextPull` reads; `RefactorIndex` has it too. */
export interface PullIndex {
  contextOf: Map<string, string | undefined>;
  syncOut: Map<string, Flow[]>;
}

// One index per design object: the findings panel asks for many findings of the same design.
const cache = new WeakMap<Design, PullIndex>();

function pullIndex(design: Design): PullIndex {
  let index = cache.get(design);
  if (index) return index;
  const contextOf = new Map<string, string | undefined>();
  for (const list of [design.services, design.databases]) for (const el of list ?? []) if (!contextOf.has(el.id)) contextOf.set(el.id, el.context);
  const syncOut = new Map<string, Flow[]>();
  for (const f of design.flows ?? []) {
    if (f.kind !== "sync") continue;
    const out = syncOut.get(f.from);
    if (out) out.push(f);
    else syncOut.set(f.from, [f]);
  }
  cache.set(design, (index = { contextOf, syncOut }));
  return index;
}

/**
 * The context a service's calls mostly go to, when that is not its own: its
 * sync calls and data access, counted by the context of what they reach, and
 * another context must get more of them than its own, and at least two.
 * Kept apart from the refactorings so the findings panel can ask cheaply.
 * @example contextPull(design, "checkout") === "pay"
 */
export function contextPull(design: Design, serviceId: string, index: PullIndex = pullIndex(design)): string | undefined {
  const own = index.contextOf.get(serviceId);
  if (own === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const f of index.syncOut.get(serviceId) ?? []) {
    const c = index.contextOf.get(f.to);
    if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = Math.max(counts.get(own) ?? 0, 1);
  for (const [c, n] of counts) if (c !== own && n > most) [best, most] = [c, n];
  return best;
}
