import type { Box, Context, Database, Design, Flow, Service } from "../model/schema";
import { reachEveryService } from "./reach-every-service";

export interface GenerateOptions {
  /** Number of services (the schema allows up to 50,000). */
  services: number;
  /** Flows per service on average, all kinds counted (one is its data access); about 3 is realistic. Fractions are fine (1.5). */
  flowsPerService?: number;
  /** Same seed, same design. */
  seed?: number;
}

/** mulberry32: a tiny, fast, seedable PRNG; plenty for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["user", "order", "cart", "payment", "stock", "ship", "notify", "search", "price", "review", "promo", "invoice", "refund", "rating", "audit"];
const PER_ROW = 100;

/**
 * A valid, deterministic design of any size for benchmarks and property
 * tests: contexts of ten services (more past 20,000), a database per service (about 5% of
 * services also use a neighbour's), one context in twenty over-split (shared
 * name stem, low split scores), brokers with named events, one gateway
 * routing to the first service of each context, and a grid layout.
 * Calls follow layers inside each context (front -> core -> leaf), leaves
 * call other contexts (most such calls with a circuit breaker), and a few
 * calls go back so that some cycles exist, as in real systems.
 * @example generateDesign({ services: 1000, flowsPerService: 3, seed: 1 }).flows?.length
 */
export function generateDesign({ services: n, flowsPerService = 3, seed = 1 }: GenerateOptions): Design {
  const rnd = random(seed);
  const pick = (k: number) => Math.floor(rnd() * k);
  const pad = (i: number) => String(i).padStart(5, "0");
  // Ten services a context, more when the schema's 2,000-context cap needs it.
  const PER_CONTEXT = Math.max(10, Math.ceil(n / 2000));
  const contextCount = Math.ceil(n / PER_CONTEXT);
  const brokerCount = Math.max(1, Math.ceil(n / 1000));
  const eventsPerBroker = Math.max(2, Math.ceil(n / brokerCount / 5));

  const contexts: Context[] = [];
  const services: Service[] = [];
  const databases: Database[] = [];
  const flows: Flow[] = [];
  const layout: Record<string, Box> = {};
  let flowNo = 0;
  const flow = (f: Omit<Flow, "id">) => flows.push({ id: `f-${pad(flowNo++)}`, ...f });

  for (let c = 0; c < contextCount; c++) {
    contexts.push({ id: `ctx-${pad(c)}`, name: `Context ${c}`, team: `team-${c % 50}` });
    const first = c * PER_CONTEXT;
    layout[`ctx-${pad(c)}`] = { x: (first % PER_ROW) * 200 - 20, y: Math.floor(first / PER_ROW) * 300, width: Math.min(PER_CONTEXT, PER_ROW) * 200, height: 280 };
  }
  const brokers = Array.from({ length: brokerCount }, (_, b) => ({ id: `bus-${pad(b)}`, name: `event bus ${b}`, engine: "kafka" }));
  brokers.forEach((b, i) => (layout[b.id] = { x: -400, y: i * 150 }));
  const gatewayId = "gateway";
  layout[gatewayId] = { x: -800, y: 0 };

  for (let i = 0; i < n; i++) {
    const id = `svc-${pad(i)}`;
    const context = `ctx-${pad(Math.floor(i / PER_CONTEXT))}`;
    // Distinct words inside a context, except in the deliberately over-split
    // ones (one in twenty), which share a stem and score low, as the mall-go guide's pitfall.
    const c = Math.floor(i / PER_CONTEXT);
    const overSplit = c % 20 === 7;
    const word = overSplit ? WORDS[c % WORDS.length]! : WORDS[(c * 3 + (i % PER_CONTEXT)) % WORDS.length]!;
    const s = () => (overSplit ? 1 + pick(4) : 3 + pick(8));
    const split = { businessComplexity: s(), teamAutonomy: s(), dataIndependence: s(), scalingRequirement: s(), deploymentFrequency: s(), technologyDiversity: s() };
    services.push({ id, name: `${word}-${pad(i)}`, context, technology: "Go + Gin", ...(rnd() < 0.8 ? { split } : {}) });
    databases.push({ id: `db-${pad(i)}`, name: `${word} data ${i}`, engine: "postgresql", context, tables: Array.from({ length: overSplit ? 1 : 2 + pick(4) }, (_, t) => `${word}_${t}`) });
    const x = (i % PER_ROW) * 200;
    const y = Math.floor(i / PER_ROW) * 300;
    layout[id] = { x, y: y + 40 };
    layout[`db-${pad(i)}`] = { x, y: y + 160 };
  }

  // Each context is layered like a real one: front services (reached by the
  // gateway) call core services, which call leaves; leaves call out to other
  // contexts' leaves now and then, rarely to a front (a longer chain), and
  // 3% of calls go back to an earlier service, so some cycles exist.
  const layer = (i: number) => Math.floor((3 * (i % PER_CONTEXT)) / PER_CONTEXT);
  const callee = (i: number): number | undefined => {
    const home = i - (i % PER_CONTEXT);
    const end = Math.min(n, home + PER_CONTEXT);
    const r = rnd();
    if (r < 0.03) return i - 1 - pick(20) >= 0 ? i - 1 - pick(20) : undefined;
    if (layer(i) < 2 && r < 0.8) {
      const next = [];
      for (let j = home; j < end; j++) if (layer(j) === layer(i) + 1) next.push(j);
      return next.length ? next[pick(next.length)] : undefined;
    }
    const other = home + PER_CONTEXT * (1 + pick(20));
    const front = rnd() < 0.05;
    const j = other + (front ? pick(Math.ceil(PER_CONTEXT / 3)) : PER_CONTEXT - 1 - pick(Math.floor(PER_CONTEXT / 3)));
    return j < n ? j : undefined;
  };

  for (let i = 0; i < n; i++) {
    const from = `svc-${pad(i)}`;
    flow({ from, to: `db-${pad(i)}`, kind: "sync" });
    if (i > 0 && rnd() < 0.05) flow({ from, to: `db-${pad(i - 1)}`, kind: "sync", label: "shared read" });
    if (i % PER_CONTEXT === 0) flow({ from: gatewayId, to: from, kind: "sync", protocol: "http", path: `/api/${from}` });
    // Routes, shared reads and the wiring of unreached services add about 0.3 a service on top.
    const extra = Math.max(0, flowsPerService - 1.3);
    const count = Math.floor(extra) + (extra % 1 > 0 && rnd() < extra % 1 ? 1 : 0);
    for (let k = 0; k < count; k++) {
      // Leaves mostly publish or subscribe rather than call: they are the bottom of the chain.
      const r = layer(i) === 2 && rnd() < 0.8 ? 0.5 + rnd() / 2 : rnd();
      if (r < 0.5) {
        const j = callee(i);
        if (j === undefined) continue;
        const crosses = Math.floor(j / PER_CONTEXT) !== Math.floor(i / PER_CONTEXT);
        flow({ from, to: `svc-${pad(j)}`, kind: "sync", protocol: rnd() < 0.3 ? "grpc" : "http", ...(crosses && rnd() < 0.8 ? { circuitBreaker: { failureRatio: 0.5 } } : {}) });
        continue;
      }
      const broker = brokers[pick(brokerCount)]!.id;
      const event = `Event${pick(eventsPerBroker)}`;
      if (r < 0.75) flow({ from, to: broker, kind: "async", protocol: "event", event });
      else flow({ from: broker, to: from, kind: "async", protocol: "event", event });
    }
  }

  reachEveryService(flows, n, pad, pick, flow);

  return {
    format: "seams-design",
    version: 1,
    name: `generated ${n} services`,
    description: `Generated by generateDesign({ services: ${n}, flowsPerService: ${flowsPerService}, seed: ${seed} }).`,
    project: { teamSize: Math.min(10000, Math.max(10, n * 2 + 2)), businessComplexity: 8, technicalMaturity: 8, scalabilityRequirement: 7, deploymentFrequency: 30 },
    contexts,
    services,
    databases,
    brokers,
    gateways: [{ id: gatewayId, name: "api-gateway", port: 80 }],
    flows,
    layout,
  };
}

