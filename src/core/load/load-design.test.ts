import { describe, expect, it } from "vitest";
import { loadDesign, type LoadResult } from "./load-design";
import { formatLoadError } from "./load-error";
import { TEMPLATES } from "../templates/index";
import type { Design } from "../model/schema";

const base = (): Design => ({
  format: "seams-design",
  version: 1,
  name: "t",
  contexts: [{ id: "ordering", name: "Ordering" }],
  services: [
    { id: "a", name: "A", context: "ordering" },
    { id: "b", name: "B" },
  ],
  databases: [{ id: "db", name: "db", engine: "mysql" }],
  brokers: [{ id: "bus", name: "bus", engine: "kafka" }],
  gateways: [{ id: "gw", name: "gw" }],
  flows: [
    { id: "f1", from: "a", to: "b", kind: "sync" },
    { id: "f2", from: "a", to: "db", kind: "sync" },
    { id: "f3", from: "a", to: "bus", kind: "async", event: "X" },
    { id: "f4", from: "bus", to: "b", kind: "async", event: "X" },
    { id: "f5", from: "gw", to: "a", kind: "sync", path: "/api/a" },
  ],
});

function errorsOf(r: LoadResult): string[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatLoadError);
}

function withChange(change: (d: Record<string, any>) => void): LoadResult {
  const d = JSON.parse(JSON.stringify(base())) as Record<string, any>;
  change(d);
  return loadDesign(JSON.stringify(d));
}

describe("loadDesign", () => {
  it("accepts a valid design, as text or as a value", () => {
    expect(loadDesign(JSON.stringify(base())).ok).toBe(true);
    expect(loadDesign(base()).ok).toBe(true);
  });

  it("round-trips every template unchanged", () => {
    for (const t of TEMPLATES) {
      const design = t.create();
      const r = loadDesign(JSON.stringify(design));
      expect(r.ok, t.id).toBe(true);
      if (r.ok) expect(r.design).toEqual(design);
    }
  });

  it("says when the input is not JSON", () => {
    expect(errorsOf(loadDesign("{ nope"))[0]).toMatch(/^not JSON: /);
  });

  it("says when the document is empty or not an object", () => {
    expect(errorsOf(loadDesign("   "))).toEqual(["the document is empty"]);
    expect(errorsOf(loadDesign("[1,2]"))).toEqual(["a design must be a JSON object, not a list"]);
    expect(errorsOf(loadDesign("null"))).toEqual(["a design must be a JSON object, not null"]);
    expect(errorsOf(loadDesign("42"))).toEqual(["a design must be a JSON object, not number"]);
  });

  it("refuses a document of another format, naming it", () => {
    expect(errorsOf(withChange((d) => (d.format = "excalidraw")))).toEqual(['format: not a Seams design: format is "excalidraw", expected "seams-design"']);
    expect(errorsOf(withChange((d) => delete d.format))[0]).toMatch(/^format: is missing/);
  });

  it("refuses a newer version with its own message and a bad version with another", () => {
    expect(errorsOf(withChange((d) => (d.version = 2)))[0]).toMatch(/^version: this design was saved by a newer Seams \(format version 2\)/);
    expect(errorsOf(withChange((d) => (d.version = "1")))[0]).toMatch(/^version: must be a whole number/);
    expect(errorsOf(withChange((d) => delete d.version))[0]).toMatch(/^version: is missing/);
  });

  it("names the field of a bad id, duplicate ids and dangling references", () => {
    expect(errorsOf(withChange((d) => (d.services[1].id = "Bad Id")))).toContain("services[1].id: must be a lowercase id: a-z, 0-9, '.', '_' or '-', starting with a letter or digit, at most 63 characters");
    expect(errorsOf(withChange((d) => (d.databases[0].id = "a")))).toContain('databases[0].id: id "a" is already used by services[0]; ids must be unique across the whole design');
    expect(errorsOf(withChange((d) => (d.flows[1].id = "f1")))).toEqual(['flows[1].id: id "f1" is already used by flows[0]; ids must be unique across the whole design']);
    expect(errorsOf(withChange((d) => (d.flows[3].to = "ghost")))).toEqual(['flows[3].to: no element "ghost" in this design']);
    expect(errorsOf(withChange((d) => (d.flows[0].from = "nobody")))).toEqual(['flows[0].from: no element "nobody" in this design']);
    expect(errorsOf(withChange((d) => (d.services[1].context = "nowhere")))).toEqual(['services[1].context: no context "nowhere" in this design']);
    expect(errorsOf(withChange((d) => (d.services[1].context = "db")))).toEqual(['services[1].context: "db" is a database, not a context']);
  });

  it("enforces the flow endpoint rules", () => {
    expect(errorsOf(withChange((d) => (d.flows[0].to = "a")))).toEqual(["flows[0].to: a flow cannot go from an element to itself"]);
    expect(errorsOf(withChange((d) => (d.flows[0].to = "ordering")))[0]).toMatch(/^flows\[0\]\.to: a flow connects elements, not contexts/);
    expect(errorsOf(withChange((d) => d.flows.push({ id: "x", from: "db", to: "a", kind: "sync" })))[0]).toMatch(/^flows\[5\]\.from: a database does not call anything/);
    expect(errorsOf(withChange((d) => d.flows.push({ id: "x", from: "gw", to: "db", kind: "sync" })))[0]).toMatch(/^flows\[5\]\.from: a gateway routes to services, not to a database/);
    expect(errorsOf(withChange((d) => d.flows.push({ id: "x", from: "bus", to: "db", kind: "async" })))[0]).toMatch(/^flows\[5\]\.from: a broker only delivers to services/);
    expect(errorsOf(withChange((d) => d.flows.push({ id: "x", from: "a", to: "gw", kind: "sync" })))[0]).toMatch(/^flows\[5\]\.to: a service cannot call a gateway/);
    expect(errorsOf(withChange((d) => (d.flows[1].kind = "async")))).toEqual(['flows[1].kind: must be "sync": data access is always sync']);
    expect(errorsOf(withChange((d) => (d.flows[2].kind = "sync")))).toEqual(['flows[2].kind: must be "async": publishing to a broker is always async']);
    expect(errorsOf(withChange((d) => (d.flows[3].kind = "sync")))).toEqual(['flows[3].kind: must be "async": a broker delivers asynchronously']);
    expect(errorsOf(withChange((d) => (d.flows[4].kind = "async")))).toEqual(['flows[4].kind: must be "sync": a gateway route is always sync']);
    expect(errorsOf(withChange((d) => (d.flows[0].protocol = "event")))).toEqual(['flows[0].protocol: "event" is an async protocol; a sync flow uses http or grpc']);
    expect(errorsOf(withChange((d) => ((d.flows[2].protocol = "grpc"))))).toEqual(['flows[2].protocol: "grpc" is a sync protocol; an async flow uses event or message']);
    expect(errorsOf(withChange((d) => (d.flows[0].kind = "sideways")))).toEqual(['flows[0].kind: must be sync or async (got the text "sideways")']);
  });

  it("refuses two routes with one prefix on a gateway", () => {
    expect(errorsOf(withChange((d) => d.flows.push({ id: "r2", from: "gw", to: "b", kind: "sync", path: "/api/a" })))).toEqual(['flows[5].path: route "/api/a" on gateway "gw" is already used by flows[4]; each route prefix goes to one service']);
  });

  it("checks route path characters, durations and numeric ranges", () => {
    expect(errorsOf(withChange((d) => (d.flows[4].path = "/api/a;drop")))).toEqual(["flows[4].path: must start with '/' and use only letters, digits and / - _ . ~ { }"]);
    expect(errorsOf(withChange((d) => (d.flows[4].path = "api")))).toHaveLength(1);
    expect(errorsOf(withChange((d) => (d.flows[0].timeout = "5 seconds")))).toEqual(["flows[0].timeout: must be a duration like 250ms, 5s, 2m or 1h"]);
    expect(loadDesign(JSON.stringify({ ...base(), flows: [{ id: "f", from: "a", to: "b", kind: "sync", timeout: "1m30s" }] })).ok).toBe(true);
    expect(errorsOf(withChange((d) => (d.services[0].port = 70000)))).toEqual(["services[0].port: must be at most 65535"]);
    expect(errorsOf(withChange((d) => (d.services[0].port = 0)))).toEqual(["services[0].port: must be at least 1"]);
    expect(errorsOf(withChange((d) => (d.services[0].port = 80.5)))).toEqual(["services[0].port: must be a whole number, not 80.5"]);
    expect(errorsOf(withChange((d) => (d.services[0].port = "80")))).toEqual(['services[0].port: must be a number, not the text "80"']);
    expect(errorsOf(withChange((d) => (d.services[0].split = { teamAutonomy: 11 })))).toEqual(["services[0].split.teamAutonomy: must be at most 10"]);
    expect(errorsOf(withChange((d) => (d.project = { teamSize: 0 })))).toEqual(["project.teamSize: must be at least 1"]);
    expect(errorsOf(withChange((d) => (d.flows[0].circuitBreaker = { failureRatio: 1.5 })))).toEqual(["flows[0].circuitBreaker.failureRatio: must be at most 1"]);
    expect(errorsOf(withChange((d) => (d.flows[0].retry = { maxRetries: 3, on: [700] })))).toEqual(["flows[0].retry.on[0]: must be at most 599"]);
    expect(errorsOf(withChange((d) => (d.gateways[0].loadBalancing = "random")))[0]).toMatch(/^gateways\[0\]\.loadBalancing: must be one of round_robin, weighted, least_conn, consistent_hash/);
    expect(errorsOf(withChange((d) => (d.gateways[0].cors = { origins: ["javascript:alert(1)"] })))[0]).toMatch(/^gateways\[0\]\.cors\.origins\[0\]: must be an origin/);
    expect(errorsOf(withChange((d) => (d.services[0].instances = [{ host: "a b;c" }])))[0]).toMatch(/^services\[0\]\.instances\[0\]\.host: must be a host name/);
  });

  it("requires names and says which one is missing", () => {
    expect(errorsOf(withChange((d) => delete d.services[0].name))).toEqual(["services[0].name: is required"]);
    expect(errorsOf(withChange((d) => (d.name = "")))).toEqual(["name: must not be empty"]);
    expect(errorsOf(withChange((d) => (d.name = "x".repeat(101))))).toEqual(["name: must be at most 100 characters"]);
  });

  it("drops layout entries for unknown elements with a warning, and keeps the rest", () => {
    const r = withChange((d) => (d.layout = { a: { x: 1, y: 2 }, ghost: { x: 0, y: 0 } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.design.layout).toEqual({ a: { x: 1, y: 2 } });
      expect(r.warnings[0]).toMatch(/dropped layout for 1 unknown element \(ghost\)/);
    }
  });

  it("caps a flood of errors and says how many more there were", () => {
    const r = withChange((d) => (d.services = Array.from({ length: 80 }, (_, i) => ({ id: `S${i}`, name: "x" }))));
    const errors = errorsOf(r);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe("...and 30 more problems");
  });

  it("ignores fields it does not know (forward-compatible extensions)", () => {
    const r = withChange((d) => (d.services[0].futureField = { x: 1 }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.design.services?.[0]).not.toHaveProperty("futureField");
  });
});
