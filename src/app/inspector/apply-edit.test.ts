import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEdit, findTarget } from "./apply-edit";
import { indexElements } from "../../core/model/elements";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { loadDesign } from "../../core/load/load-design";

const design = mallGoTemplate();
const service = (d: typeof design, id: string) => d.services!.find((s) => s.id === id);
const flow = (d: typeof design, id: string) => d.flows!.find((f) => f.id === id);

describe("applyEdit", () => {
  it("commits a valid field and leaves the input design untouched", () => {
    const r = applyEdit(design, "order-service", { description: "orders" });
    expect(r.ok && service(r.design, "order-service")?.description).toBe("orders");
    expect(service(design, "order-service")?.description).not.toBe("orders");
  });

  it("carries the id along with a new name while the id follows the name, with what derives from it", () => {
    const r = applyEdit(design, "order-service", { name: "Checkout Service" });
    expect(r).toMatchObject({ ok: true, id: "checkout-service" });
    if (!r.ok) return;
    expect(service(r.design, "checkout-service")?.name).toBe("Checkout Service");
    expect(r.design.flows!.filter((f) => f.from === "checkout-service" || f.to === "checkout-service").length).toBeGreaterThan(0);
    // A name another element's id already has gets a numbered id.
    expect(applyEdit(design, "order-service", { name: "Cart Service" })).toMatchObject({ ok: true, id: "cart-service-2" });
    // An id set by hand stays.
    const byHand = applyEdit(design, "order-service", { id: "orders-api" });
    const renamed = byHand.ok ? applyEdit(byHand.design, "orders-api", { name: "Checkout" }) : byHand;
    expect(renamed).toMatchObject({ ok: true, id: "orders-api" });
  });

  it("removes a field whose value is undefined", () => {
    const r = applyEdit(design, "order-service", { port: undefined });
    expect(r.ok && "port" in service(r.design, "order-service")!).toBe(false);
  });

  it("refuses a port out of range with the schema's words and the field's path", () => {
    expect(applyEdit(design, "order-service", { port: 70000 })).toEqual({ ok: false, error: { path: "port", message: "must be at most 65535" } });
  });

  it("reports a nested problem with its dotted path", () => {
    const instances = [{ host: "ok.internal" }, { host: "bad host" }];
    const r = applyEdit(design, "order-service", { instances });
    expect(r.ok ? "" : r.error.path).toBe("instances.1.host");
  });

  it("refuses an id another element or flow already uses", () => {
    const r = applyEdit(design, "order-service", { id: "order-db" });
    expect(r.ok ? "" : r.error).toEqual({ path: "id", message: '"order-db" is already used by a database' });
    expect(applyEdit(design, "order-service", { id: "route-auth" }).ok).toBe(false);
  });

  it("renames an id everywhere and reports the new id", () => {
    const r = applyEdit(design, "order-service", { id: "orders" });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.id).toBe("orders");
    expect(flow(r.design, "route-orders")?.to).toBe("orders");
    expect(r.design.layout?.["order-service"]).toBeUndefined();
  });

  it("refuses a context that is not a context", () => {
    expect(applyEdit(design, "order-service", { context: "payment-service" })).toMatchObject({ ok: false, error: { path: "context" } });
    expect(applyEdit(design, "order-service", { context: "payments" }).ok).toBe(true);
  });

  it("refuses async on a gateway route and a protocol of the other kind", () => {
    expect(applyEdit(design, "route-orders", { kind: "async", protocol: undefined })).toMatchObject({ ok: false, error: { path: "kind" } });
    // The loader's own words: one rule, one message, in the inspector and for a file.
    expect(applyEdit(design, "profile-reads-user", { protocol: "event" })).toMatchObject({ ok: false, error: { path: "protocol", message: '"event" is an async protocol; a sync flow uses http or grpc' } });
    expect(applyEdit(design, "profile-reads-user", { kind: "async", protocol: "message" }).ok).toBe(true);
  });

  it("refuses a route prefix the gateway already routes", () => {
    expect(applyEdit(design, "route-orders", { path: "/api/cart" })).toMatchObject({ ok: false, error: { path: "path", message: '"/api/cart" is already routed to cart-service on this gateway' } });
  });

  it("refuses a rename that would make a default route prefix clash", () => {
    const flows = design.flows!.map((f) => (f.id === "route-cart" ? { id: f.id, from: f.from, to: f.to, kind: f.kind } : f));
    const d = { ...design, flows: [...flows, { id: "route-carts", from: "api-gateway", to: "order-service", kind: "sync" as const, path: "/carts" }] };
    expect(applyEdit(d, "cart-service", { id: "basket" }).ok).toBe(true);
    expect(applyEdit(d, "cart-service", { id: "carts" })).toMatchObject({ ok: false, error: { path: "id" } });
  });

  it("refuses moving a flow's end to something that is not an element", () => {
    expect(applyEdit(design, "cart-prices", { to: "route-auth" })).toMatchObject({ ok: false, error: { path: "to" } });
  });

  it("finds the edited element as it now is, edit after edit, and members of a renamed context in their new context", () => {
    const a = applyEdit(design, "order-service", { technology: "o1" });
    const b = a.ok ? applyEdit(a.design, "order-service", { name: "o2" }) : a;
    expect(b.ok && findTarget(b.design, "o2")?.element).toMatchObject({ name: "o2" });
    const c = b.ok ? applyEdit(b.design, "ordering", { id: "orders-ctx" }) : b;
    expect(c.ok && findTarget(c.design, "o2")?.element).toMatchObject({ name: "o2", context: "orders-ctx" });
  });

  it("says so when the target is gone", () => {
    expect(applyEdit(design, "nope", { name: "x" }).ok).toBe(false);
  });

  it("never returns a design the loader refuses, whatever the edit", () => {
    const ids = [...design.services!.map((s) => s.id), ...design.flows!.map((f) => f.id), "api-gateway", "order-db", "events", "ordering"];
    const value = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 8 }),
      fc.constantFrom("order-db", "ordering", "x", "/api/cart", "/api/orders", "async", "sync", "event", "grpc", "5s", "payments"),
      fc.integer({ min: -5, max: 70000 }),
      fc.boolean(),
    );
    const key = fc.constantFrom("id", "name", "context", "port", "kind", "protocol", "path", "timeout", "event", "engine", "team", "to");
    const edit = fc.tuple(fc.constantFrom(...ids), fc.dictionary(key, value, { maxKeys: 3 }));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let d = design;
        for (const [id, patch] of edits) {
          const r = applyEdit(d, id, patch);
          if (!r.ok) continue;
          d = r.design;
          expect(loadDesign(d).ok).toBe(true);
          // The index carried from edit to edit must match one built from scratch.
          for (const [eid, entry] of indexElements(d)) expect(findTarget(d, eid)).toEqual(entry);
        }
      }),
      { numRuns: 200 },
    );
  });
});
