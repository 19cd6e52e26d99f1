import { describe, expect, it } from "vitest";
import { FORMAT_LISTS, MAX_LAYOUT_ENTRIES } from "../model/limits";
import { designJsonSchema } from "../model/json-schema";
import { installFastLoader } from "./install-fast-loader";
import { loadDesign, setLoaderFastPath } from "./load-design";
import { formatLoadError } from "./load-error";

const base = { format: "seams-design", version: 1, name: "big" };

describe("the format's list limits", () => {
  it("are the schema's own: each limit is the maxItems the published schema states", () => {
    const schema = designJsonSchema() as { properties: Record<string, { items?: { properties?: Record<string, unknown> }; maxItems?: number }> };
    const at = (limit: (typeof FORMAT_LISTS)[number]) => {
      let node: Record<string, unknown> = limit.in ? (schema.properties[limit.in]!.items as Record<string, unknown>) : (schema as unknown as Record<string, unknown>);
      for (const k of limit.keys) node = (node.properties as Record<string, Record<string, unknown>>)[k]!;
      return node.maxItems;
    };
    for (const limit of FORMAT_LISTS) expect(at(limit), limit.path).toBe(limit.max);
  });

  it("refuse a file with 200,001 flows by length, before validating any flow, naming the limit", () => {
    // Not even objects: had any flow been validated, the message would be about its fields.
    const flows = new Array(200_001).fill(0);
    const t = performance.now();
    const r = loadDesign(JSON.stringify({ ...base, flows }));
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.ok ? "" : r.errors.map(formatLoadError)).toEqual(["flows: at most 200,000 flows (this one has 200,001)"]);
  });

  it("refuse a list inside an element that is too long, with its path", () => {
    const services = [{ id: "a", name: "a" }, { id: "b", name: "b", instances: new Array(101).fill(0) }];
    expect(loadDesign({ ...base, services })).toEqual({ ok: false, errors: [{ path: "services[1].instances", message: "at most 100 instances (this one has 101)", code: "list-too-long", params: { max: 100, count: 101, list: "instances" } }] });
    const flows = [{ id: "f", from: "a", to: "b", kind: "sync", retry: { on: new Array(21).fill(500) } }];
    expect(loadDesign({ ...base, services, flows })).toMatchObject({ ok: false, errors: [{ path: "services[1].instances" }] });
    expect(loadDesign({ ...base, services: services.slice(0, 1), flows })).toMatchObject({ ok: false, errors: [{ path: "flows[0].retry.on", message: "at most 20 status codes (this one has 21)" }] });
  });

  it("refuse an overlong list of valid items by length, with the loader's fast path too, which reads a list's length before its items", () => {
    const services = [{ id: "a", name: "a", tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }];
    const flows = Array.from({ length: 200_001 }, (_, i) => ({ id: `f${i}`, from: "a", to: "a", kind: "sync" }));
    for (const fast of [false, true]) {
      if (fast) installFastLoader();
      try {
        expect(loadDesign(JSON.stringify({ ...base, services }))).toEqual({ ok: false, errors: [{ path: "services[0].tags", message: "at most 50 tags (this one has 51)", code: "list-too-long", params: { max: 50, count: 51, list: "tags" } }] });
        expect(loadDesign(JSON.stringify({ ...base, flows }))).toMatchObject({ ok: false, errors: [{ path: "flows", message: "at most 200,000 flows (this one has 200,001)", code: "list-too-long" }] });
      } finally {
        setLoaderFastPath(undefined);
      }
    }
  });

  it("refuse a layout with more entries than the format has elements", () => {
    const layout = Object.fromEntries(Array.from({ length: MAX_LAYOUT_ENTRIES + 1 }, (_, i) => [`e${i}`, { x: 0, y: 0 }]));
    expect(loadDesign({ ...base, layout })).toMatchObject({ ok: false, errors: [{ path: "layout", message: expect.stringMatching(/^at most 107,500 entries/) }] });
  });

  it("let a design at the limits through to the schema", () => {
    const services = [{ id: "a", name: "a", tags: new Array(50).fill("t") }];
    expect(loadDesign({ ...base, services }).ok).toBe(true);
  });
});
