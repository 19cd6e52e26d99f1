import type { Database, Design, Flow } from "../model/schema";
import { clampCoordinate, takenIds, uniqueId } from "./design-ids";
import { indexForRefactoring, type RefactorIndex } from "./refactor-index";
import type { RefactorResult } from "./types";
import { described, step } from "./change-text";

/** The services that access a database, in design order. */
export function databaseUsersIn(design: Design, database: string, index: RefactorIndex = indexForRefactoring(design)): string[] {
  return index.users.get(database) ?? [];
}

/**
 * Who should own a shared database. When the others will call the owner
 * (`owner-api`): a user none of the others can be reached from by sync calls
 * (so their new calls close no loop), then one in the database's context,
 * then the one the others already call most. When the others get their own
 * database: one in the database's context whose access does not name a
 * single table in its label (a user that does is the one to move out).
 * Design order breaks ties.
 * @example chooseOwner(mallGoTemplate(), "order-db", "owner-api") === "cart-service"
 */
export function chooseOwner(design: Design, database: string, mode: "owner-api" | "own-databases" = "owner-api", index: RefactorIndex = indexForRefactoring(design)): string | undefined {
  const users = databaseUsersIn(design, database, index);
  const reaches = (from: string, targets: Set<string>) => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) for (const { to: w } of index.syncOut.get(stack.pop()!) ?? []) if (!seen.has(w)) {
      if (targets.has(w)) return true;
      seen.add(w);
      stack.push(w);
    }
    return false;
  };
  const context = index.contextOf.get(database);
  const tables = new Set((design.databases ?? []).find((d) => d.id === database)?.tables ?? []);
  const rank = (id: string) => {
    const others = new Set(users.filter((u) => u !== id));
    const inContext = context !== undefined && index.contextOf.get(id) === context ? 0 : 1;
    const own = index.syncOut.get(id) ?? [];
    if (mode === "own-databases") return [inContext, own.some((f) => f.to === database && tables.has(f.label?.trim() ?? "")) ? 1 : 0];
    let calledBy = 0;
    for (const u of others) for (const f of index.syncOut.get(u) ?? []) if (f.to === id) calledBy++;
    return [reaches(id, others) ? 1 : 0, inContext, -calledBy];
  };
  const ranked = users.map((id, i) => ({ id, key: [...rank(id), i] }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return ranked[0]?.id;
}

/**
 * `split-database`: a shared database gets one owner (see `chooseOwner`).
 * - `owner-api`: the other users stop reading it and call the owner instead
 *   (one sync call each, unless they call it already);
 * - `own-databases`: each other user gets a database of its own (same
 *   engine, in its own context); a table that a user's data-access flow
 *   names in its label moves along with it.
 * @example applySplitDatabase(mallGoTemplate(), "order-db", "owner-api").changes
 */
export function applySplitDatabase(design: Design, database: string, mode: "owner-api" | "own-databases"): RefactorResult {
  const db = (design.databases ?? []).find((d) => d.id === database);
  const owner = chooseOwner(design, database, mode);
  const users = databaseUsersIn(design, database);
  if (!db || !owner || users.length < 2) throw new Error(`"${database}" is not a database that two or more services use`);
  const services = new Map((design.services ?? []).map((s) => [s.id, s]));
  const name = (id: string) => services.get(id)?.name ?? id;
  const others = users.filter((u) => u !== owner);
  const taken = takenIds(design);
  const flows = design.flows ?? [];
  const changes = [step("owns", { owner: name(owner), database: db.name })];
  const touched = [owner, database];

  if (mode === "owner-api") {
    const access = (f: Flow) => f.to === database && others.includes(f.from);
    const next = flows.filter((f) => !access(f));
    for (const u of others) {
      const label = flows.find((f) => access(f) && f.from === u)?.label;
      touched.push(u);
      if (next.some((f) => f.kind === "sync" && f.from === u && f.to === owner)) {
        changes.push(step("uses-existing-call", { service: name(u), database: db.name, owner: name(owner) }));
        continue;
      }
      const call: Flow = { id: uniqueId(`${u}-reads-${owner}`, taken), from: u, to: owner, kind: "sync", protocol: "http", label: (label ? `reads ${label}` : `reads ${db.name}`).slice(0, 200) };
      next.push(call);
      touched.push(call.id);
      changes.push(step("calls-owner", { service: name(u), database: db.name, owner: name(owner) }));
    }
    return { design: { ...design, flows: next }, ...described(changes), touched };
  }

  let tables = db.tables ? [...db.tables] : undefined;
  const added: Database[] = [];
  let layout = design.layout;
  const retarget = new Map<string, string>();
  for (const u of others) {
    const service = services.get(u)!;
    const own = flows.filter((f) => f.to === database && f.from === u);
    const moved = (tables ?? []).filter((t) => own.some((f) => f.label?.trim() === t));
    if (tables) tables = tables.filter((t) => !moved.includes(t));
    const stem = u.replace(/[-_.]?service$/, "") || u;
    const copy: Database = { id: uniqueId(`${stem}-db`, taken), name: `${stem} data`.slice(0, 100) };
    if (db.engine) copy.engine = db.engine;
    const ctx = service.context ?? db.context;
    if (ctx) copy.context = ctx;
    if (moved.length) copy.tables = moved;
    added.push(copy);
    for (const f of own) retarget.set(f.id, copy.id);
    touched.push(u, copy.id, ...own.map((f) => f.id));
    const box = layout?.[u];
    if (box) layout = { ...layout, [copy.id]: { x: clampCoordinate(box.x + 12), y: clampCoordinate(box.y + 100) } };
    changes.push(step("own-database", { service: service.name, database: copy.name, tables: moved }));
  }
  const kept: Database = tables ? { ...db, tables } : db;
  return {
    design: {
      ...design,
      databases: [...(design.databases ?? []).map((d) => (d === db ? kept : d)), ...added],
      flows: flows.map((f) => (retarget.has(f.id) ? { ...f, to: retarget.get(f.id)! } : f)),
      ...(layout ? { layout } : {}),
    },
    ...described(changes),
    touched,
  };
}
