import type { Broker, Design, Flow } from "../model/schema";
import { clampCoordinate, nameIn, takenIds, uniqueId } from "./design-ids";
import type { RefactorResult } from "./types";
import { described, step, type RefactorStep } from "./change-text";

/**
 * The event a caller will learn from instead of asking: the call's label in
 * PascalCase ("order count" -> OrderCountChanged), else the callee's stem.
 * @example eventNameFor({ label: "buyer details" }, "user-service") === "BuyerDetailsChanged"
 */
export function eventNameFor(flow: Pick<Flow, "label">, callee: string): string {
  const words = (flow.label ?? callee.replace(/[-_.]?service$/i, "")).split(/[^A-Za-z0-9]+/).filter(Boolean);
  const pascal = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("").slice(0, 80);
  return `${pascal || "State"}Changed`;
}

/**
 * `call-to-event`: the caller stops calling; the callee publishes an event on
 * a broker and the caller subscribes to it, keeping its own copy of what it
 * used to ask for (the mall-go guide's cure for a circular dependency: "keep a local
 * copy of what one side reads"). Every sync call from the same caller to the
 * same callee goes, so the loop or chain is really cut. The broker is one in
 * the callee's context, else the design's first, else a new "event bus".
 * The new flows run callee -> broker -> caller, which never closes a loop
 * with the calls that remain (they run the other way in a cycle).
 * @example applyCallToEvent(circularTemplate(), "user-calls-order").changes
 */
export function applyCallToEvent(design: Design, flowId: string, choice: { event?: string; broker?: string } = {}): RefactorResult {
  const flows = design.flows ?? [];
  const call = flows.find((f) => f.id === flowId);
  if (!call || call.kind !== "sync") throw new Error(`no sync call "${flowId}" in this design`);
  const services = design.services ?? [];
  const caller = services.find((s) => s.id === call.from);
  const callee = services.find((s) => s.id === call.to);
  if (!caller || !callee) throw new Error(`"${flowId}" is not a call between two services`);

  const taken = takenIds(design);
  const brokers = design.brokers ?? [];
  const changes: RefactorStep[] = [];
  const picked = choice.broker === undefined ? undefined : brokers.find((b) => b.id === choice.broker);
  if (choice.broker !== undefined && choice.broker !== "new" && !picked) throw new Error(`no broker "${choice.broker}" in this design`);
  let broker: Broker | undefined = choice.broker === "new" ? undefined : (picked ?? brokers.find((b) => b.context !== undefined && b.context === callee.context) ?? brokers[0]);
  let layout = design.layout;
  let newBrokers = brokers;
  if (!broker) {
    broker = { id: uniqueId("events", taken), name: brokers.some((b) => b.name === "event bus") ? `event bus ${brokers.length + 1}` : "event bus" };
    newBrokers = [...brokers, broker];
    changes.push(step("broker-added", { broker: broker.name }));
    const a = layout?.[caller.id];
    const b = layout?.[callee.id];
    if (a && b) layout = { ...layout, [broker.id]: { x: clampCoordinate(Math.round((a.x + b.x) / 2)), y: clampCoordinate(Math.max(a.y, b.y) + 170) } };
  }

  const event = choice.event?.trim() || eventNameFor(call, callee.id);
  if (event.length > 100) throw new Error("the event name must be at most 100 characters");
  const dropped = flows.filter((f) => f.kind === "sync" && f.from === caller.id && f.to === callee.id);
  const what = call.label ? ` (${call.label})` : "";
  changes.unshift(step("call-dropped", { caller: caller.name, callee: callee.name, label: call.label ?? "", calls: dropped.length }));
  const kept = flows.filter((f) => !dropped.includes(f));
  const touched = [caller.id, callee.id, broker.id];
  const added: Flow[] = [];
  const publishes = kept.some((f) => f.from === callee.id && f.to === broker.id && f.event === event);
  if (publishes) changes.push(step("already-publishes", { callee: callee.name, event, broker: broker.name }));
  else {
    const pub: Flow = { id: uniqueId(`${call.id}-event`, taken), from: callee.id, to: broker.id, kind: "async", protocol: "event", event };
    added.push(pub);
    touched.push(pub.id);
    changes.push(step("publishes", { callee: callee.name, event, broker: broker.name }));
  }
  const sub: Flow = { id: uniqueId(`${call.id}-copy`, taken), from: broker.id, to: caller.id, kind: "async", protocol: "event", event, label: `keeps a copy${what}`.slice(0, 200) };
  added.push(sub);
  touched.push(sub.id);
  changes.push(step("subscribes", { caller: caller.name, callee: nameIn(design, callee.id), event }));
  return { design: { ...design, brokers: newBrokers, flows: [...kept, ...added], ...(layout ? { layout } : {}) }, ...described(changes), touched };
}
