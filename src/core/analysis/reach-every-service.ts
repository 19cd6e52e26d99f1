import type { Flow } from "../model/schema";
/**
 * Real designs wire what they draw: a subscription to an event nobody
 * publishes is moved to one that is published on that broker, and a service
 * nothing reaches gets a subscription. Keeps generated designs from drowning
 * the bench in loose-end findings a person would not have drawn. Part of
 * `generateDesign`; ids follow its `svc-` / `bus-` naming.
 * @example reachEveryService(flows, n, pad, pick, add)
 */
export function reachEveryService(flows: Flow[], n: number, pad: (i: number) => string, pick: (k: number) => number, add: (f: Omit<Flow, "id">) => void): void {
  const published = new Map<string, string[]>();
  for (const f of flows) if (f.to.startsWith("bus-") && f.event) (published.get(f.to) ?? published.set(f.to, []).get(f.to)!).push(f.event);
  const reached = new Set<string>();
  for (const f of flows) {
    if (f.from.startsWith("bus-")) {
      const events = published.get(f.from);
      if (events && f.event && !events.includes(f.event)) f.event = events[pick(events.length)]!;
    }
    if (f.to.startsWith("svc-")) reached.add(f.to);
  }
  const buses = [...published.keys()];
  if (!buses.length) return;
  for (let i = 0; i < n; i++) {
    const id = `svc-${pad(i)}`;
    if (reached.has(id)) continue;
    const bus = buses[pick(buses.length)]!;
    const events = published.get(bus)!;
    add({ from: bus, to: id, kind: "async", protocol: "event", event: events[pick(events.length)]! });
  }
}
