/**
 * A fast-check arbitrary for valid designs, for property tests (share round
 * trip, fuzzing) and benches. Test-only: nothing in the app imports it.
 *
 * Every design it makes passes `loadDesign` unchanged: ids are unique by
 * construction, flows only join element kinds the format allows, with the
 * kind and protocol the endpoints require, and each gateway route prefix is
 * used once. Names and text mix any Unicode (emoji, right-to-left scripts,
 * lone surrogates) with markup that must stay text. Every optional field is
 * sometimes present and sometimes absent. Coordinates are any finite numbers
 * JSON can carry (no -0, which JSON cannot).
 */
import fc from "fast-check";
import type { Design, Flow } from "../model/schema";
import { ASYNC_PROTOCOLS, AUTH_TYPES, HTTP_METHODS, LOAD_BALANCING, SYNC_PROTOCOLS } from "../model/schema";

const SPECIAL_TEXT = [
  "خدمة الطلبات",
  "שירות משתמשים",
  "订单服务",
  "🚀 launch 📦",
  "👩🏽‍💻 team",
  "<img src=x onerror=alert(1)>",
  "</script><script>alert(1)</script>",
  "a\u202Eevil\u202C",
  "\"quoted\" & 'single' \\ back",
  "line\nbreak\ttab",
  "user-service",
  "Go + Gin",
];

/** Text of 1..max UTF-16 units (the schema's measure), from any Unicode or the special list. */
function text(max: number, min = 1): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: min, maxLength: Math.max(min, Math.floor(max / 4)) }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: min, maxLength: Math.max(min, Math.floor(max / 2)) }) },
      { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_TEXT) },
    )
    .filter((s) => s.length >= min && s.length <= max);
}

// "n" now and then makes numbered series ("n-3", "n-4"), which the codec writes shortest.
const slug = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_.-]{0,12}$/) }, { weight: 1, arbitrary: fc.constant("n") });
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const host = fc.oneof(fc.array(label, { minLength: 1, maxLength: 3 }).map((p) => p.join(".")), fc.ipV4());
const path = fc.array(fc.stringMatching(/^[A-Za-z0-9\-_.~{}]{1,8}$/), { maxLength: 3 }).map((p) => `/${p.join("/")}`);
const duration = fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.constantFrom("ms", "s", "m", "h")).map(([n, u]) => `${n}${u}`);
const score = fc.integer({ min: 1, max: 10 });
const port = fc.oneof(fc.constant(8080), fc.integer({ min: 1, max: 65535 }));
const coordinate = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }).map((x) => x || 0),
);
const size = fc.double({ min: 20, max: 1_000_000, noNaN: true });

/** Drops keys whose value is undefined, as JSON would. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

const contextParts = fc.record({ slug, name: opt(text(100)), description: opt(text(2000)), team: opt(text(100)) });
const serviceParts = fc.record({
  slug,
  name: opt(text(100)),
  context: opt(fc.nat()),
  description: opt(text(2000)),
  team: opt(text(100)),
  technology: opt(text(100)),
  port: opt(port),
  instances: opt(fc.array(fc.record({ host, port: opt(port), weight: opt(fc.integer({ min: 1, max: 1000 })) }).map(compact), { maxLength: 3 })),
  endpoints: opt(fc.array(fc.record({ method: fc.constantFrom(...HTTP_METHODS), path }), { maxLength: 3 })),
  healthCheck: opt(fc.record({ path: opt(path), interval: opt(duration), timeout: opt(duration), deregisterAfter: opt(duration) }).map(compact)),
  split: opt(
    fc.record({
      businessComplexity: opt(score), teamAutonomy: opt(score), dataIndependence: opt(score),
      scalingRequirement: opt(score), deploymentFrequency: opt(score), technologyDiversity: opt(score),
    }).map(compact),
  ),
  tags: opt(fc.array(text(100), { maxLength: 3 })),
  version: opt(text(50)),
});
const engine = opt(fc.oneof(fc.constantFrom("postgresql", "mysql", "redis", "kafka", "rabbitmq"), text(40)));
const databaseParts = fc.record({ slug, name: opt(text(100)), engine, context: opt(fc.nat()), description: opt(text(2000)), tables: opt(fc.array(text(100), { maxLength: 4 })) });
const brokerParts = fc.record({ slug, name: opt(text(100)), engine, context: opt(fc.nat()), description: opt(text(2000)) });
const gatewayParts = fc.record({
  slug,
  name: opt(text(100)),
  description: opt(text(2000)),
  port: opt(fc.oneof(fc.constant(80), port)),
  rateLimit: opt(fc.record({ requestsPerSecond: fc.integer({ min: 1, max: 1_000_000 }), burst: opt(fc.integer({ min: 0, max: 1_000_000 })) }).map(compact)),
  auth: opt(fc.record({ type: fc.constantFrom(...AUTH_TYPES), publicPaths: opt(fc.array(path, { maxLength: 3 })) }).map(compact)),
  loadBalancing: opt(fc.constantFrom(...LOAD_BALANCING)),
  cors: opt(fc.record({ origins: fc.array(fc.oneof(fc.constant("*"), label.map((l) => `https://${l}.example.com`), fc.constant("http://localhost:5173")), { maxLength: 2 }) })),
});
const flowParts = fc.record({
  slug,
  pair: fc.nat(),
  from: fc.nat(),
  to: fc.nat(),
  async: fc.boolean(),
  protocol: fc.option(fc.nat({ max: 1 }), { nil: undefined }),
  label: opt(text(200)),
  event: opt(text(100)),
  path: opt(path),
  methods: opt(fc.uniqueArray(fc.constantFrom(...HTTP_METHODS), { maxLength: 3 })),
  public: opt(fc.boolean()),
  stripPrefix: opt(fc.boolean()),
  timeout: opt(duration),
  retry: opt(fc.record({ maxRetries: fc.integer({ min: 0, max: 10 }), delay: opt(duration), on: opt(fc.array(fc.integer({ min: 100, max: 599 }), { maxLength: 4 })) }).map(compact)),
  circuitBreaker: opt(
    fc.record({
      failureRatio: fc.oneof(fc.constant(0.5), fc.double({ min: 0.01, max: 1, noNaN: true })),
      minRequests: opt(fc.integer({ min: 1, max: 100000 })),
      openFor: opt(duration),
      halfOpenRequests: opt(fc.integer({ min: 1, max: 10000 })),
    }).map(compact),
  ),
  bends: opt(fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 4 })),
});
const boxParts = fc.record({ x: coordinate, y: coordinate, width: opt(size), height: opt(size) }).map(compact);

type Pair = readonly ["services" | "gateways" | "brokers", "services" | "databases" | "brokers"];
const PAIRS: readonly Pair[] = [["services", "services"], ["services", "databases"], ["services", "brokers"], ["brokers", "services"], ["gateways", "services"]];

/**
 * Valid designs of up to about `maxElements` elements per kind.
 * @example fc.assert(fc.property(arbitraryDesign(), (d) => loadDesign(d).ok))
 */
export function arbitraryDesign({ maxElements = 6 }: { maxElements?: number } = {}): fc.Arbitrary<Design> {
  const many = <T>(a: fc.Arbitrary<T>, max = maxElements) => fc.array(a, { maxLength: max });
  return fc
    .record({
      name: text(100),
      description: opt(text(5000)),
      project: opt(
        fc.record({
          teamSize: opt(fc.integer({ min: 1, max: 10000 })), businessComplexity: opt(score), technicalMaturity: opt(score),
          scalabilityRequirement: opt(score), deploymentFrequency: opt(fc.integer({ min: 0, max: 100000 })),
        }).map(compact),
      ),
      contexts: opt(many(contextParts, 3)),
      services: opt(many(serviceParts)),
      databases: opt(many(databaseParts, 3)),
      brokers: opt(many(brokerParts, 2)),
      gateways: opt(many(gatewayParts, 2)),
      flows: opt(many(flowParts, maxElements * 2)),
      layout: opt(fc.tuple(fc.array(boxParts, { maxLength: maxElements * 3 }), fc.boolean())),
    })
    .map((parts) => buildDesign(parts));
}

type Parts<T> = T extends fc.Arbitrary<infer U> ? U : never;

function buildDesign(parts: {
  name: string; description: string | undefined; project: Design["project"];
  contexts: Parts<typeof contextParts>[] | undefined; services: Parts<typeof serviceParts>[] | undefined;
  databases: Parts<typeof databaseParts>[] | undefined; brokers: Parts<typeof brokerParts>[] | undefined;
  gateways: Parts<typeof gatewayParts>[] | undefined; flows: Parts<typeof flowParts>[] | undefined;
  layout: [Parts<typeof boxParts>[], boolean] | undefined;
}): Design {
  let n = 0;
  // A running number keeps every id unique across the design.
  const idOf = (s: string) => `${s}-${n++}`;
  const contexts = parts.contexts?.map((c) => {
    const id = idOf(c.slug);
    return compact({ id, name: c.name ?? id, description: c.description, team: c.team });
  });
  const contextRef = (pick: number | undefined) => (pick === undefined || !contexts?.length ? undefined : contexts[pick % contexts.length]!.id);
  const services = parts.services?.map(({ slug: s, context, name, ...rest }) => {
    const id = idOf(s);
    return compact({ id, name: name ?? id, context: contextRef(context), ...rest });
  });
  const databases = parts.databases?.map(({ slug: s, context, name, ...rest }) => {
    const id = idOf(s);
    return compact({ id, name: name ?? id, ...rest, context: contextRef(context) });
  });
  const brokers = parts.brokers?.map(({ slug: s, context, name, ...rest }) => {
    const id = idOf(s);
    return compact({ id, name: name ?? id, ...rest, context: contextRef(context) });
  });
  const gateways = parts.gateways?.map(({ slug: s, name, ...rest }) => {
    const id = idOf(s);
    return compact({ id, name: name ?? id, ...rest });
  });
  const pools = { services: services ?? [], databases: databases ?? [], brokers: brokers ?? [], gateways: gateways ?? [] };
  const routes = new Set<string>();
  const flows = parts.flows?.flatMap((f): Flow[] => {
    const [fromPool, toPool] = PAIRS[f.pair % PAIRS.length]!;
    const froms = pools[fromPool];
    const tos = pools[toPool];
    if (!froms.length || !tos.length) return [];
    const from = froms[f.from % froms.length]!.id;
    const to = tos[f.to % tos.length]!.id;
    if (from === to) return [];
    const kind: Flow["kind"] = toPool === "databases" || fromPool === "gateways" ? "sync" : toPool === "brokers" || fromPool === "brokers" ? "async" : f.async ? "async" : "sync";
    const protocol = f.protocol === undefined ? undefined : (kind === "sync" ? SYNC_PROTOCOLS : ASYNC_PROTOCOLS)[f.protocol];
    if (fromPool === "gateways") {
      const key = `${from} ${f.path ?? `/${to}`}`;
      if (routes.has(key)) return [];
      routes.add(key);
    }
    const { slug: s, pair: _pair, from: _from, to: _to, async: _async, protocol: _protocol, ...rest } = f;
    return [compact({ id: idOf(s), from, to, kind, protocol, ...rest })];
  });
  const ids = [...(contexts ?? []), ...pools.services, ...pools.databases, ...pools.brokers, ...pools.gateways].map((e) => e.id);
  let layout: Design["layout"];
  if (parts.layout) {
    const [boxes, shuffled] = parts.layout;
    const keys = shuffled ? [...ids].reverse() : ids;
    layout = Object.fromEntries(boxes.slice(0, keys.length).map((b, i) => [keys[i]!, b]));
  }
  const design: Design = compact({
    format: "seams-design" as const, version: 1 as const, name: parts.name, description: parts.description, project: parts.project,
    contexts, services, databases, brokers, gateways, flows, layout,
  });
  // Through JSON, because a design is a JSON document: plain prototypes (fast-check's
  // records have none) and nothing JSON could not carry.
  return JSON.parse(JSON.stringify(design)) as Design;
}
