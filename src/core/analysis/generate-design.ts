import type { Box, Context, Database, Design, Flow, Service } from "../model/schema";

export interface GenerateOptions {
  /** Number of services (the schema allows up to 50,000). */
  services: number;
  /** Flows that start at each service, one of which is its data access; about 3 is realistic. */
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
 * services also use a neighbour's), brokers with named events, one gateway
 * routing to the first service of each context, and a grid layout.
 * Service calls mostly stay in their context and go forward, some cross to
 * one of the next 20 services (most of those with a circuit breaker), and a
 * few go back so that some cycles exist, as in real systems.
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
    const word = WORDS[pick(WORDS.length)]!;
    const split = { businessComplexity: 1 + pick(10), teamAutonomy: 1 + pick(10), dataIndependence: 1 + pick(10), scalingRequirement: 1 + pick(10), deploymentFrequency: 1 + pick(10), technologyDiversity: 1 + pick(10) };
    services.push({ id, name: `${word}-${pad(i)}`, context, technology: "Go + Gin", ...(rnd() < 0.8 ? { split } : {}) });
    databases.push({ id: `db-${pad(i)}`, name: `${word} data ${i}`, engine: "postgresql", context, tables: Array.from({ length: 1 + pick(4) }, (_, t) => `${word}_${t}`) });
    const x = (i % PER_ROW) * 200;
    const y = Math.floor(i / PER_ROW) * 300;
    layout[id] = { x, y: y + 40 };
    layout[`db-${pad(i)}`] = { x, y: y + 160 };
  }

  for (let i = 0; i < n; i++) {
    const from = `svc-${pad(i)}`;
    flow({ from, to: `db-${pad(i)}`, kind: "sync" });
    if (i > 0 && rnd() < 0.05) flow({ from, to: `db-${pad(i - 1)}`, kind: "sync", label: "shared read" });
    if (i % PER_CONTEXT === 0) flow({ from: gatewayId, to: from, kind: "sync", protocol: "http", path: `/api/${from}` });
    for (let k = 1; k < flowsPerService; k++) {
      const r = rnd();
      if (r < 0.5) {
        // Mostly calls inside the context, some forward across contexts, a few back (cycles).
        const home = i - (i % PER_CONTEXT);
        const back = rnd() < 0.03;
        const local = !back && rnd() < 0.7 && i + 1 < Math.min(n, home + PER_CONTEXT);
        const j = back ? i - 1 - pick(20) : local ? i + 1 + pick(Math.min(n, home + PER_CONTEXT) - i - 1) : i + 1 + pick(20);
        if (j < 0 || j >= n) continue;
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
