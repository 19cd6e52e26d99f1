import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  BoxSchema, BrokerSchema, ContextSchema, DatabaseSchema, DesignSchema, FlowSchema, GatewaySchema, InstanceSchema, ProjectSchema, ServiceSchema, type Design,
} from "../model/schema";
import { emptyDesign } from "../model/elements";
import { mallGoTemplate } from "../templates/mall-go";
import { arbitraryDesign } from "./arbitrary-design";
import { compactDesign, expandDesign, V1_KEYS } from "./compact-design";
import { CompactError } from "./compact-codec";

/** What a link carries: the compact form through JSON text and back. */
const throughJson = (d: unknown) => expandDesign(JSON.parse(JSON.stringify(compactDesign(d))));

const base = (extra: Partial<Design>): Design => ({ format: "seams-design", version: 1, name: "x", ...extra });

describe("compact form v1", () => {
  it("names only fields the schema has, so a renamed field cannot slip by", () => {
    const schemas = {
      design: DesignSchema, project: ProjectSchema, context: ContextSchema, service: ServiceSchema, instance: InstanceSchema,
      database: DatabaseSchema, broker: BrokerSchema, gateway: GatewaySchema, flow: FlowSchema, box: BoxSchema,
    };
    for (const [table, schema] of Object.entries(schemas)) {
      const schemaKeys = Object.keys(schema.shape);
      for (const key of V1_KEYS[table]!) expect(schemaKeys, `${table}.${key}`).toContain(key);
    }
  });

  it("writes no field names", () => {
    const text = JSON.stringify(compactDesign(mallGoTemplate()));
    for (const key of ["services", "flows", "layout", "technology", "circuitBreaker", "\"id\"", "\"from\""]) expect(text).not.toContain(key);
  });

  it("gives back every design exactly, for any valid design", () => {
    fc.assert(fc.property(arbitraryDesign(), (d) => {
      expect(throughJson(d)).toStrictEqual(d);
    }), { numRuns: 300 });
  });

  it("keeps a field set to its default apart from a field left out", () => {
    const d = base({
      services: [{ id: "a", name: "a", port: 8080 }, { id: "b", name: "b" }, { id: "c", name: "c", port: 9000, instances: [{ host: "h", port: 9000 }, { host: "i" }] }],
      flows: [{ id: "f", from: "a", to: "b", kind: "sync", protocol: "http" }, { id: "g", from: "b", to: "a", kind: "sync" }],
    });
    expect(throughJson(d)).toStrictEqual(d);
  });

  it("leaves out a name equal to the id, a default port and a protocol the kind implies", () => {
    const long = JSON.stringify(compactDesign(base({ services: [{ id: "a", name: "other name", port: 9000 }] })));
    const short = JSON.stringify(compactDesign(base({ services: [{ id: "a", name: "a", port: 8080 }] })));
    expect(short).not.toContain("8080");
    expect(short.split('"a"').length).toBe(2);
    expect(long).toContain("9000");
    expect(long).toContain("other name");
  });

  it("writes references to elements as indexes", () => {
    const text = JSON.stringify(compactDesign(base({ contexts: [{ id: "ctx", name: "ctx" }], services: [{ id: "svc", name: "svc", context: "ctx" }] })));
    expect(text.split('"ctx"').length).toBe(2);
  });

  it("keeps a reference to a missing element as its id, for the loader to report", () => {
    const d = base({ services: [{ id: "a", name: "a", context: "nowhere" }], flows: [{ id: "f", from: "a", to: "ghost", kind: "sync" }] });
    expect(throughJson(d)).toStrictEqual(d);
  });

  it("carries fields it does not know in a trailing object, so nothing is dropped silently", () => {
    const d = { ...base({ services: [{ id: "a", name: "a", futureField: { deep: [1, 2] } } as never] }), futureTop: "yes" };
    expect(throughJson(d)).toStrictEqual(d);
  });

  it("carries values of the wrong type untouched, for the loader to judge", () => {
    const d = { format: "seams-design", version: "1", name: 42, services: "none", flows: [{ id: "f", kind: "sideways", public: "yes", methods: ["FETCH"] }], layout: [] };
    expect(throughJson(d)).toStrictEqual(d);
    expect(throughJson({ ...base({}), layout: { a: "nope" } })).toStrictEqual({ ...base({}), layout: { a: "nope" } });
  });

  it("leaves out ids that continue a numbered series, and keeps those that break it", () => {
    const services = ["f-008", "f-009", "f-010", "f-12", "g1", "g2", "f-13", "99", "100"].map((id) => ({ id, name: id }));
    const d = base({ services });
    expect(throughJson(d)).toStrictEqual(d);
    const text = JSON.stringify(compactDesign(d));
    for (const implied of ["f-009", "f-010", "g2", "100"]) expect(text).not.toContain(`"${implied}"`);
    for (const written of ["f-008", "f-12", "g1", "f-13", "99"]) expect(text).toContain(`"${written}"`);
  });

  it("writes grid coordinates relative to the previous box, and fractions as they are", () => {
    const layout = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}`, { x: 1000 + i * 200, y: i % 2 ? 520 : 400 }]));
    layout.s7 = { x: 0.1 + 0.2, y: -3.5 };
    const services = Object.keys(layout).map((id) => ({ id, name: id }));
    const d = base({ services, layout });
    expect(throughJson(d)).toStrictEqual(d);
    const text = JSON.stringify(compactDesign(d));
    expect(text).not.toContain("3600");
    expect(text).toContain(String(0.1 + 0.2));
  });

  it("keeps the layout's key order, stale keys included", () => {
    const d = base({ services: [{ id: "a", name: "a" }, { id: "b", name: "b" }], layout: { b: { x: 1.5, y: -2 }, gone: { x: 0, y: 0 }, a: { x: 3, y: 4, width: 20, height: 30.25 } } });
    const back = throughJson(d) as Design;
    expect(Object.keys(back.layout!)).toEqual(["b", "gone", "a"]);
    expect(back).toStrictEqual(d);
  });

  it("keeps a __proto__ key as an ordinary key", () => {
    const layout = JSON.parse('{"__proto__": {"x": 1, "y": 2}}') as Record<string, unknown>;
    const back = throughJson({ ...base({}), layout }) as { layout: Record<string, unknown> };
    expect(Object.getPrototypeOf(back.layout)).toBe(Object.prototype);
    expect(Object.keys(back.layout)).toEqual(["__proto__"]);
  });

  it("makes an empty design a handful of characters", () => {
    expect(JSON.stringify(compactDesign(emptyDesign("x"))).length).toBeLessThan(20);
  });

  it.each([
    ["not a list", { a: 1 }, /not a list/],
    ["a mask that is not a number", ["x"], /mask/],
    ["a mask with fields v1 does not have", [4 ** 12], /fields this version does not have/],
    ["a mask state 3", [3], /damaged/],
    ["a record cut before its values", [1 + 4 + 16], /ends before/],
    ["values left over", [16, "name", "extra", "more"], /left over/],
    ["a reference past the elements", [16 + 4 ** 6, "n", [[1 + 2 * 4 + 4 ** 2, "s", 7]]], /names no element/],
    ["an enum index out of range", [16 + 4 ** 10, "n", [[1 + 4 + 4 ** 2 + 4 ** 3, "f", "a", "b", 9]]], /not one of/],
    ["a damaged layout entry", [16 + 4 ** 11, "n", [[5]]], /layout/],
    ["a trailing object repeating a known field", [16, "n", { name: "again" }], /given twice/],
  ])("refuses %s", (_what, compact, message) => {
    expect(() => expandDesign(compact)).toThrow(CompactError);
    expect(() => expandDesign(compact)).toThrow(message);
  });
});
