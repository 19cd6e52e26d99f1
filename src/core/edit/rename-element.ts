/**
 * Renaming an element's id, with everything that was derived from the old id
 * following it: the element's flows keep their ends, and defaults computed
 * from the id when a flow was drawn (the gateway route `/api/order`, the event
 * `OrderChanged` and the brokers' subscriptions to it, the flow id
 * `order-service-to-events`) are recomputed from the new id, unless someone
 * changed them by hand. Config names taken from the id (nginx upstreams,
 * Consul ids) follow by themselves.
 */
import type { Design, Flow } from "../model/schema";
import { indexElements } from "../model/elements";
import { effectiveRoutePath } from "../model/defaults";
import { renameId, uniqueId, usedIds } from "./edit-design";
import { defaultEventOf, defaultFlowIdOf, defaultRouteOf, freeRoute } from "./new-flow";

const withoutSuffix = (s: string) => s.replace(/-\d+$/, "");

/** `value` is `base` or `base-N`: a default that was made unique. */
function isDefault(value: string | undefined, base: string): boolean {
  return value !== undefined && (value === base || withoutSuffix(value) === base);
}

export function renameElement(design: Design, from: string, to: string): Design {
  if (from === to) return design;
  const renamed = renameId(design, from, to);
  const flows = [...(renamed.flows ?? [])];
  if (!flows.some((f) => f.from === to || f.to === to)) return renamed;
  const kinds = indexElements(renamed);
  const oldEvent = defaultEventOf(from);
  const newEvent = defaultEventOf(to);
  // Brokers the element published its default event to: their subscribers receive the renamed event.
  const carriers = new Set(flows.filter((f) => f.from === to && f.event === oldEvent && kinds.get(f.to)?.kind === "broker").map((f) => f.to));
  const ids = usedIds(renamed);
  for (let i = 0; i < flows.length; i++) {
    const f = flows[i]!;
    let next: Flow = f;
    if (f.to === to && kinds.get(f.from)?.kind === "gateway" && isDefault(f.path, defaultRouteOf(from))) {
      const taken = new Set(flows.filter((o, j) => j !== i && o.from === f.from).map(effectiveRoutePath));
      next = { ...next, path: freeRoute(defaultRouteOf(to), taken) };
    }
    if (f.event === oldEvent && (f.from === to || carriers.has(f.from))) next = { ...next, event: newEvent };
    if (f.from === to || f.to === to) {
      const oldBase = defaultFlowIdOf(f.from === to ? from : f.from, f.to === to ? from : f.to);
      if (isDefault(f.id, oldBase)) {
        ids.delete(f.id);
        const id = uniqueId(defaultFlowIdOf(f.from, f.to), ids);
        ids.add(id);
        next = { ...next, id };
      }
    }
    flows[i] = next;
  }
  return { ...renamed, flows };
}
