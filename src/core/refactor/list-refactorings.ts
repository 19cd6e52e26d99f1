import { analyzeDesign } from "../analysis/analyze-design";
import type { Analysis, Finding } from "../analysis/types";
import type { Design } from "../model/schema";
import { contextPull } from "./context-pull";
import { indexForRefactoring, type RefactorIndex } from "./refactor-index";
import { chooseOwner, databaseUsersIn } from "./split-database";
import type { Refactoring, RefactoringPlan } from "./types";
import { titled } from "./title-text";

/**
 * The refactorings that apply to a design, each tied to the findings it
 * answers, in the order of those findings (worst first). Ids are stable for
 * the same design: `<kind>:<ids>`. A refactoring two findings share is
 * listed once with both keys.
 * - circular-dependency (sync) and deep-sync-chain: `call-to-event` on each call of the cycle or path;
 * - over-splitting of one context: `merge-services`;
 * - shared-database: `split-database` (the others call the owner) and `split-database:<db>:own-databases`;
 * - missing-circuit-breaker: `add-circuit-breaker`, `add-timeout` when it has none, and `move-to-context` when the caller's calls mostly go to the other context;
 * - timeout-budget: `fit-timeouts`; retry-amplification: `retry-at-one-layer`, and `add-circuit-breaker` on its last call;
 * - and, tied to no finding, `move-to-context` for any service whose calls mostly go to another context.
 * @example listRefactorings(circularTemplate()).map((r) => r.id) // ["call-to-event:user-calls-order", "call-to-event:order-calls-user", ...]
 */
export function listRefactorings(design: Design, analysis: Analysis = analyzeDesign(design)): Refactoring[] {
  const byId = new Map<string, Refactoring>();
  const index = indexForRefactoring(design);
  for (const finding of analysis.findings) for (const r of refactoringsFor(design, finding, index)) {
    const prior = byId.get(r.id);
    if (prior) prior.findings.push(finding.key);
    else byId.set(r.id, r);
  }
  // A service whose calls mostly go to another context is worth moving even when no finding says so.
  for (const service of index.services.keys()) {
    const target = contextPull(design, service, index);
    const id = `move-to-context:${service}:${target}`;
    if (target && !byId.has(id)) byId.set(id, { id, kind: "move-to-context", ...moveTitle(index, service, target), elements: [service, target], findings: [], plan: { kind: "move-to-context", service, context: target } });
  }
  return [...byId.values()];
}

/**
 * The refactorings that answer one finding (what the app's Fix… offers).
 * @example refactoringsFor(design, analysis.findings[0])
 */
export function refactoringsFor(design: Design, finding: Finding, index: RefactorIndex = indexForRefactoring(design)): Refactoring[] {
  const { flows, services } = index;
  const name = (id: string) => index.names.get(id) ?? id;
  const out: Refactoring[] = [];
  const offer = (id: string, plan: RefactoringPlan, text: Pick<Refactoring, "title" | "params">, elements: string[]) =>
    out.push({ id, kind: plan.kind, ...text, elements, findings: [finding.key], plan });
  const isCall = (id: string) => {
    const f = flows.get(id);
    return !!f && f.kind === "sync" && services.has(f.from) && services.has(f.to);
  };
  const moveOffer = (service: string) => {
    const target = contextPull(design, service, index);
    if (target) offer(`move-to-context:${service}:${target}`, { kind: "move-to-context", service, context: target }, moveTitle(index, service, target), [service, target]);
  };

  switch (finding.code) {
    case "circular-dependency":
    case "deep-sync-chain":
      if (finding.code === "circular-dependency" && finding.severity !== "error") break;
      for (const id of finding.flows ?? []) {
        if (!isCall(id)) continue;
        const f = flows.get(id)!;
        offer(`call-to-event:${id}`, { kind: "call-to-event", flow: id }, titled("call-to-event", { from: name(f.from), to: name(f.to), label: f.label ?? "" }), [f.from, f.to, id]);
      }
      break;
    case "over-splitting": {
      const group = finding.elements.filter((id) => services.has(id));
      const wholeDesign = group.length === services.size && new Set(group.map((id) => services.get(id)!.context)).size > 1;
      if (group.length >= 2 && !wholeDesign) offer(`merge-services:${group.join("+")}`, { kind: "merge-services", services: group }, titled("merge-services", { services: group.map(name) }), group);
      break;
    }
    case "shared-database": {
      const db = finding.database;
      const users = db ? databaseUsersIn(design, db, index) : [];
      if (!db || users.length < 2) break;
      const api = chooseOwner(design, db, "owner-api", index)!;
      const own = chooseOwner(design, db, "own-databases", index)!;
      offer(`split-database:${db}`, { kind: "split-database", database: db, mode: "owner-api" }, titled("split-database", { database: name(db), owner: name(api), mode: "owner-api" }), [db, api, ...users.filter((u) => u !== api)]);
      offer(`split-database:${db}:own-databases`, { kind: "split-database", database: db, mode: "own-databases" }, titled("split-database", { database: name(db), owner: name(own), mode: "own-databases" }), [db, own, ...users.filter((u) => u !== own)]);
      break;
    }
    case "missing-circuit-breaker": {
      const id = finding.flows?.[0];
      const f = id ? flows.get(id) : undefined;
      if (!id || !f) break;
      if (!f.circuitBreaker) offer(`add-circuit-breaker:${id}`, { kind: "add-circuit-breaker", flow: id }, titled("add-circuit-breaker", { from: name(f.from), to: name(f.to) }), [id, f.from, f.to]);
      if (!f.timeout) offer(`add-timeout:${id}`, { kind: "add-timeout", flow: id }, titled("add-timeout", { from: name(f.from), to: name(f.to) }), [id, f.from, f.to]);
      moveOffer(f.from);
      break;
    }
    case "timeout-budget": {
      const id = finding.flows?.[0];
      const f = id ? flows.get(id) : undefined;
      if (id && f) offer(`fit-timeouts:${id}`, { kind: "fit-timeouts", flow: id }, titled("fit-timeouts", { from: name(f.from), to: name(f.to) }), [id, ...finding.elements.slice(1)]);
      break;
    }
    case "retry-amplification": {
      const path = finding.flows ?? [];
      if (path.length >= 2) offer(`retry-at-one-layer:${path.join("+")}`, { kind: "retry-at-one-layer", flows: path }, titled("retry-at-one-layer", { path: finding.elements.map(name) }), [...path, ...finding.elements]);
      // The last call fails fast once its callee is down, instead of taking every retry.
      const last = flows.get(path[path.length - 1] ?? "");
      if (path.length >= 2 && last && isCall(last.id) && !last.circuitBreaker) offer(`add-circuit-breaker:${last.id}`, { kind: "add-circuit-breaker", flow: last.id }, titled("add-circuit-breaker", { from: name(last.from), to: name(last.to) }), [last.id, last.from, last.to]);
      break;
    }
    default:
      break;
  }
  return out;
}

function moveTitle(index: RefactorIndex, service: string, context: string): Pick<Refactoring, "title" | "params"> {
  return titled("move-to-context", { service: index.names.get(service) ?? service, context: index.names.get(context) ?? context });
}
