import { generateDesign } from "../src/core/analysis/generate-design";
import type { Box, Design, Flow } from "../src/core/model/schema";

/**
 * Designs of 10,000 services (or `n`) in the shapes that stress different
 * parts of the analysis, for `npm run bench`:
 * - layered: `generateDesign` (a database per service, contexts of ten, so
 *   1,000 contexts at 10,000; about 3 flows a service).
 * - hub brokers: two brokers that every service publishes to and subscribes
 *   from (thousands of subscribers each, one big event loop).
 * - long sync chains: ten chains of n/10 services each calling the next.
 * - small cycles: services in sync rings of three.
 * Every shape has a database per service and a context per ten services, and
 * a grid layout, so it also opens in the app.
 */
export interface Shape {
  id: string;
  label: string;
  design: Design;
}

const pad = (i: number) => String(i).padStart(5, "0");

function skeleton(n: number, name: string): Design & { flows: Flow[] } {
  const layout: Record<string, Box> = {};
  const contexts = Array.from({ length: Math.ceil(n / 10) }, (_, c) => {
    layout[`ctx-${pad(c)}`] = { x: (c % 10) * 2000 - 20, y: Math.floor(c / 10) * 300, width: 2000, height: 280 };
    return { id: `ctx-${pad(c)}`, name: `Context ${c}`, team: `team-${c % 50}` };
  });
  const services = Array.from({ length: n }, (_, i) => {
    layout[`svc-${pad(i)}`] = { x: (i % 100) * 200, y: Math.floor(i / 100) * 300 + 40 };
    return { id: `svc-${pad(i)}`, name: `service-${pad(i)}`, context: `ctx-${pad(Math.floor(i / 10))}` };
  });
  const databases = Array.from({ length: n }, (_, i) => {
    layout[`db-${pad(i)}`] = { x: (i % 100) * 200, y: Math.floor(i / 100) * 300 + 160 };
    return { id: `db-${pad(i)}`, name: `data ${i}`, context: `ctx-${pad(Math.floor(i / 10))}`, tables: [`t${i}`] };
  });
  const flows: Flow[] = services.map((s, i) => ({ id: `f-d${pad(i)}`, from: s.id, to: `db-${pad(i)}`, kind: "sync" }));
  layout.gateway = { x: -800, y: 0 };
  return { format: "seams-design", version: 1, name, contexts, services, databases, gateways: [{ id: "gateway", name: "api-gateway", port: 80 }], flows, layout };
}

const route = (d: { flows: Flow[] }, i: number) => d.flows.push({ id: `f-r${pad(i)}`, from: "gateway", to: `svc-${pad(i)}`, kind: "sync", protocol: "http", path: `/api/s${i}` });
const call = (d: { flows: Flow[] }, from: number, to: number) => d.flows.push({ id: `f-c${pad(from)}-${pad(to)}`, from: `svc-${pad(from)}`, to: `svc-${pad(to)}`, kind: "sync", protocol: "http" });

/** Every service publishes one event and subscribes to two on one of two hub brokers. */
export function hubBrokers(n: number): Design {
  const d = skeleton(n, `hub brokers ${n}`);
  d.brokers = [0, 1].map((b) => ({ id: `bus-${b}`, name: `hub ${b}`, engine: "kafka" }));
  d.brokers.forEach((b, i) => (d.layout![b.id] = { x: -400, y: i * 150 }));
  const events = 50;
  for (let i = 0; i < n; i++) {
    const bus = `bus-${i % 2}`;
    d.flows.push({ id: `f-p${pad(i)}`, from: `svc-${pad(i)}`, to: bus, kind: "async", protocol: "event", event: `E${(i >> 1) % events}` });
    d.flows.push({ id: `f-s${pad(i)}`, from: bus, to: `svc-${pad(i)}`, kind: "async", protocol: "event", event: `E${(i * 7 + 3) % events}` });
    d.flows.push({ id: `f-t${pad(i)}`, from: `bus-${(i + 1) % 2}`, to: `svc-${pad(i)}`, kind: "async", protocol: "event", event: `E${(i * 11 + 5) % events}` });
    if (i % 10 === 0) route(d, i);
  }
  return d;
}

/** Ten chains of n/10 services, each behind a gateway route, each service calling the next. */
export function longChains(n: number): Design {
  const d = skeleton(n, `long sync chains ${n}`);
  const length = Math.ceil(n / 10);
  for (let i = 0; i < n; i++) {
    if (i % length === 0) route(d, i);
    else call(d, i - 1, i);
  }
  return d;
}

/** Services in sync rings of three, each ring behind a gateway route. */
export function smallCycles(n: number): Design {
  const d = skeleton(n, `small cycles ${n}`);
  for (let i = 0; i + 2 < n; i += 3) {
    route(d, i);
    call(d, i, i + 1);
    call(d, i + 1, i + 2);
    call(d, i + 2, i);
  }
  return d;
}

export function analysisShapes(n: number): Shape[] {
  return [
    { id: "layered", label: "layered, a database per service, contexts of ten", design: generateDesign({ services: n, flowsPerService: 3, seed: 1 }) },
    { id: "hubs", label: "two hub brokers, every service on both", design: hubBrokers(n) },
    { id: "chains", label: "ten long sync chains", design: longChains(n) },
    { id: "cycles", label: "sync rings of three", design: smallCycles(n) },
  ];
}
