/**
 * The one table of what a refactoring changes, keyed by code, like
 * `FINDING_TEXT` for findings: the refactorings return codes and params
 * (element names, figures), the English here is the `changes` the command
 * line prints, and the catalogs (`refactor.change.<code>`) word them in
 * other languages.
 */
export interface ChangeParams {
  "breaker-added": { from: string; to: string };
  "timeout-added": { from: string; to: string; timeout: string };
  "timeouts-fit": { from: string; to: string; limit: string };
  "timeout-changed": { from: string; to: string; before: string; after: string; tries: number };
  "retries-stopped": { from: string; to: string; retries: number };
  "retries-kept": { from: string; to: string };
  "broker-added": { broker: string };
  "call-dropped": { caller: string; callee: string; label: string; calls: number };
  "already-publishes": { callee: string; event: string; broker: string };
  publishes: { callee: string; event: string; broker: string };
  subscribes: { caller: string; callee: string; event: string };
  merged: { others: string[]; target: string };
  rewired: { count: number; target: string };
  "calls-inside": { count: number };
  "duplicates-kept-once": { count: number };
  "split-highest": { target: string };
  moved: { service: string; from: string; to: string };
  "moved-along": { database: string; service: string };
  owns: { owner: string; database: string };
  "uses-existing-call": { service: string; database: string; owner: string };
  "calls-owner": { service: string; database: string; owner: string };
  "own-database": { service: string; database: string; tables: string[] };
}
export type ChangeCode = keyof ChangeParams;

/** One change a refactoring makes, as data. */
export type RefactorStep = { [C in ChangeCode]: { code: C; params: ChangeParams[C] } }[ChangeCode];

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const CHANGE_TEXT: { [C in ChangeCode]: (p: ChangeParams[C]) => string } = {
  "breaker-added": (p) => `${p.from} -> ${p.to} gets a circuit breaker: open at 50% failures over 5 requests, for 30s.`,
  "timeout-added": (p) => `${p.from} -> ${p.to} gives up after ${p.timeout}.`,
  "timeouts-fit": (p) => `Everything below ${p.from} -> ${p.to} fits in its ${p.limit}.`,
  "timeout-changed": (p) => `${p.from} -> ${p.to}: timeout ${p.before || "none"} -> ${p.after}${p.tries > 1 ? ` (x ${p.tries} tries)` : ""}.`,
  "retries-stopped": (p) => `${p.from} -> ${p.to} stops retrying (was ${p.retries} ${s(p.retries, "retry", "retries")}).`,
  "retries-kept": (p) => `Only ${p.from} -> ${p.to} retries.`,
  "broker-added": (p) => `Add the broker ${p.broker}.`,
  "call-dropped": (p) => `${p.caller} no longer calls ${p.callee}${p.label ? ` (${p.label})` : ""}${p.calls > 1 ? `: all ${p.calls} calls go` : ""}.`,
  "already-publishes": (p) => `${p.callee} already publishes ${p.event} on ${p.broker}.`,
  publishes: (p) => `${p.callee} publishes ${p.event} on ${p.broker} when it changes.`,
  subscribes: (p) => `${p.caller} subscribes to ${p.event} and keeps its own copy of what it asked ${p.callee} for.`,
  merged: (p) => `Merge ${p.others.join(", ")} into ${p.target}.`,
  rewired: (p) => `${p.count} ${s(p.count, "flow now goes", "flows now go")} to or from ${p.target}.`,
  "calls-inside": (p) => `${p.count} ${s(p.count, "call inside the group becomes a plain function call and leaves", "calls inside the group become a plain function call and leave")} the drawing.`,
  "duplicates-kept-once": (p) => `${p.count} ${s(p.count, "flow", "flows")} that became the same are kept once.`,
  "split-highest": (p) => `${p.target} takes the group's highest value on each split criterion.`,
  moved: (p) => `${p.service} moves from ${p.from || "no context"} to ${p.to}.`,
  "moved-along": (p) => `${p.database}, which only ${p.service} uses, moves along.`,
  owns: (p) => `${p.owner} owns ${p.database}.`,
  "uses-existing-call": (p) => `${p.service} stops reading ${p.database} and uses the call to ${p.owner} it already makes.`,
  "calls-owner": (p) => `${p.service} stops reading ${p.database} and calls ${p.owner} for it.`,
  "own-database": (p) => `${p.service} gets its own database, ${p.database}${p.tables.length ? `, and takes the ${s(p.tables.length, "table", "tables")} ${p.tables.join(", ")} along` : ""}.`,
};

export const CHANGE_CODES = Object.keys(CHANGE_TEXT) as ChangeCode[];

/** A step from its code and params. */
export function step<C extends ChangeCode>(code: C, params: ChangeParams[C]): RefactorStep {
  return { code, params } as RefactorStep;
}

/** The English of a step. */
export function changeText(st: RefactorStep): string {
  return (CHANGE_TEXT[st.code] as (p: unknown) => string)(st.params);
}

/** `changes` (English) and `steps` (data) of a result, from its steps. */
export function described(steps: RefactorStep[]): { changes: string[]; steps: RefactorStep[] } {
  return { changes: steps.map(changeText), steps };
}
