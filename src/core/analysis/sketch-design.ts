import type { Database, Design, Flow, Service } from "../model/schema";

type Named<T> = string | (Partial<T> & { id: string });

export interface Sketch {
  name?: string;
  project?: Design["project"];
  contexts?: string[];
  services?: Named<Service>[];
  databases?: Named<Database>[];
  brokers?: string[];
  gateways?: string[];
  /** "a -> b" is sync, "a ~> b" async; a third word is the event name. Objects pass through (ids filled in). */
  flows?: (string | (Omit<Flow, "id"> & { id?: string }))[];
}

/**
 * A design from a few lines, for tests and examples: every element is named
 * after its id, flow ids are `from-to` (numbered when repeated).
 * @example sketchDesign({ services: ["a", "b"], flows: ["a -> b", "b -> a"] })
 */
export function sketchDesign(sketch: Sketch): Design {
  const element = <T extends { id: string; name: string }>(x: Named<T>) => (typeof x === "string" ? { id: x, name: x } : { name: x.id, ...x }) as T;
  const used = new Map<string, number>();
  const flows = (sketch.flows ?? []).map((f): Flow => {
    const parsed: Omit<Flow, "id"> & { id?: string } =
      typeof f === "string" ? parseFlow(f) : f;
    const base = parsed.id ?? `${parsed.from}-${parsed.to}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return { ...parsed, id: n === 0 ? base : `${base}-${n + 1}` };
  });
  return {
    format: "seams-design",
    version: 1,
    name: sketch.name ?? "sketch",
    ...(sketch.project ? { project: sketch.project } : {}),
    contexts: (sketch.contexts ?? []).map((id) => ({ id, name: id })),
    services: (sketch.services ?? []).map((s) => element<Service>(s)),
    databases: (sketch.databases ?? []).map((d) => element<Database>(d)),
    brokers: (sketch.brokers ?? []).map((id) => ({ id, name: id })),
    gateways: (sketch.gateways ?? []).map((id) => ({ id, name: id })),
    flows,
  };
}

function parseFlow(text: string): Omit<Flow, "id"> {
  const m = /^\s*(\S+)\s*(->|~>)\s*(\S+)(?:\s+(\S+))?\s*$/.exec(text);
  if (!m) throw new Error(`cannot read flow "${text}": write "a -> b" or "a ~> b Event"`);
  const [, from, arrow, to, event] = m;
  return { from: from!, to: to!, kind: arrow === "->" ? "sync" : "async", ...(event ? { event } : {}) };
}
