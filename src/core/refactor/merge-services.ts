import { effectiveRoutePath } from "../model/defaults";
import type { Design, Flow, Service, Split } from "../model/schema";
import { SPLIT_CRITERIA } from "../model/schema";
import type { RefactorResult } from "./types";
import { described, step } from "./change-text";

/**
 * `merge-services`: an over-split group becomes one service, the one with
 * the most flows (design order breaks a tie). Flows of the others are
 * rewired to it, flows inside the group disappear, and flows that became the
 * same (same ends, kind, protocol, event and route path) are kept once.
 * Endpoints and tags are merged; the split criteria take the group's highest
 * value each (the merged service carries all of its parts' reasons to split).
 * A route that relied on the default prefix `/<old service id>` keeps it as
 * an explicit `path`, so no client URL changes.
 * @example applyMergeServices(overSplitTemplate(), ["user-service", "user-profile-service"]).design.services?.length === 3
 */
export function applyMergeServices(design: Design, ids: string[]): RefactorResult {
  const services = design.services ?? [];
  const group = services.filter((s) => ids.includes(s.id));
  if (group.length < 2) throw new Error("merging needs two or more services of this design");
  const flows = design.flows ?? [];
  const degree = new Map<string, number>();
  for (const f of flows) for (const end of [f.from, f.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const target = group.reduce((best, s) => ((degree.get(s.id) ?? 0) > (degree.get(best.id) ?? 0) ? s : best));
  const others = group.filter((s) => s !== target);
  const gone = new Set(others.map((s) => s.id));
  const to = (id: string) => (gone.has(id) ? target.id : id);

  const merged: Service = { ...target };
  const endpoints = new Map<string, NonNullable<Service["endpoints"]>[number]>();
  for (const s of group) for (const e of s.endpoints ?? []) endpoints.set(`${e.method} ${e.path}`, e);
  if (endpoints.size) merged.endpoints = [...endpoints.values()].slice(0, 500);
  const tags = [...new Set(group.flatMap((s) => s.tags ?? []))].slice(0, 50);
  if (tags.length) merged.tags = tags;
  if (group.some((s) => s.split)) {
    const split: Split = {};
    for (const k of SPLIT_CRITERIA) {
      const values = group.map((s) => s.split?.[k]).filter((v): v is number => v !== undefined);
      if (values.length) split[k] = Math.max(...values);
    }
    merged.split = split;
  }

  let inside = 0;
  let duplicates = 0;
  let rewired = 0;
  const seen = new Set<string>();
  const touched: string[] = [target.id];
  const next: Flow[] = [];
  for (const f of flows) {
    const from = to(f.from);
    const dest = to(f.to);
    if (from === dest) {
      if (f.from !== f.to) inside++;
      continue;
    }
    let flow = f;
    if (from !== f.from || dest !== f.to) {
      flow = { ...f, from, to: dest };
      // A route's default prefix names its service: keep the old one.
      const isRoute = (design.gateways ?? []).some((g) => g.id === f.from);
      if (isRoute && f.path === undefined) flow.path = effectiveRoutePath(f);
      rewired++;
      touched.push(f.id);
    }
    const key = `${flow.from}|${flow.to}|${flow.kind}|${flow.protocol ?? ""}|${flow.event ?? ""}|${flow.path ?? ""}`;
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    next.push(flow);
  }

  const layout = design.layout ? Object.fromEntries(Object.entries(design.layout).filter(([id]) => !gone.has(id))) : undefined;
  const changes = [
    step("merged", { others: others.map((s) => s.name), target: target.name }),
    ...(rewired ? [step("rewired", { count: rewired, target: target.name })] : []),
    ...(inside ? [step("calls-inside", { count: inside })] : []),
    ...(duplicates ? [step("duplicates-kept-once", { count: duplicates })] : []),
    ...(merged.split ? [step("split-highest", { target: target.name })] : []),
  ];
  return {
    design: { ...design, services: services.filter((s) => !gone.has(s.id)).map((s) => (s === target ? merged : s)), flows: next, ...(layout ? { layout } : {}) },
    ...described(changes),
    touched,
  };
}
