import { describe, expect, it } from "vitest";
import { loadDesign } from "../load/load-design";
import { mallGoTemplate } from "../templates/mall-go";
import { addElement, removeIds, renameId, uniqueId, updateElement, updateFlow } from "./edit-design";
import { copySelection, pasteClip } from "./clipboard";
import { newFlowBetween } from "./new-flow";

const valid = (d: unknown) => {
  const r = loadDesign(d);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return true;
};

describe("editing a design", () => {
  it("finds a free id by numbering", () => {
    expect(uniqueId("order-service", new Set(["order-service", "order-service-2"]))).toBe("order-service-3");
    expect(uniqueId("Order Service!", new Set())).toBe("order-service-");
    expect(uniqueId("---", new Set())).toBe("element");
    expect(uniqueId("user-service-2", new Set(["user-service", "user-service-2"]))).toBe("user-service-3");
  });

  it("removes an element with its flows and layout, and frees the members of a removed context", () => {
    const d = mallGoTemplate();
    const next = removeIds(d, ["order-service", "identity"]);
    expect(next.services?.find((s) => s.id === "order-service")).toBeUndefined();
    expect(next.flows?.some((f) => f.from === "order-service" || f.to === "order-service")).toBe(false);
    expect(next.layout?.["order-service"]).toBeUndefined();
    expect(next.services?.find((s) => s.id === "user-service")?.context).toBeUndefined();
    expect(valid(next)).toBe(true);
    expect(d.services?.some((s) => s.id === "order-service")).toBe(true); // the input is untouched
  });

  it("renames an id everywhere it is referenced", () => {
    const next = renameId(mallGoTemplate(), "order-service", "orders");
    expect(next.flows?.filter((f) => f.from === "orders" || f.to === "orders").length).toBeGreaterThan(3);
    expect(next.layout?.orders).toEqual(mallGoTemplate().layout?.["order-service"]);
    expect(valid(next)).toBe(true);
    const ctx = renameId(mallGoTemplate(), "ordering", "orders-ctx");
    expect(ctx.services?.filter((s) => s.context === "orders-ctx").map((s) => s.id)).toEqual(["order-service", "cart-service"]);
  });

  it("updates and removes fields", () => {
    const d = updateElement(mallGoTemplate(), "order-service", { port: 9090, technology: undefined });
    const s = d.services?.find((x) => x.id === "order-service");
    expect(s?.port).toBe(9090);
    expect(s).not.toHaveProperty("technology");
    const f = updateFlow(d, "order-data", { label: "orders" }).flows?.find((x) => x.id === "order-data");
    expect(f?.label).toBe("orders");
  });

  it("pastes a copy with fresh ids, its inner flows, an offset layout, and stays valid", () => {
    const d = mallGoTemplate();
    const clip = copySelection(d, ["ordering"]);
    expect(clip.elements.map((e) => e.element.id).sort()).toEqual(["cart-service", "order-db", "order-service", "ordering"]);
    const { design, ids } = pasteClip(d, clip);
    expect(ids).toContain("ordering-2");
    expect(ids).toContain("order-service-2");
    const copy = design.services?.find((s) => s.id === "order-service-2");
    expect(copy?.context).toBe("ordering-2");
    expect(copy?.name).toBe("order-service-2");
    expect(design.layout?.["order-service-2"]).toEqual({ x: d.layout!["order-service"]!.x + 40, y: d.layout!["order-service"]!.y + 40 });
    expect(design.flows?.some((f) => f.from === "order-service-2" && f.to === "order-db-2")).toBe(true);
    expect(valid(design)).toBe(true);
  });

  it("keeps a pasted member in its original context when only the member was copied", () => {
    const d = mallGoTemplate();
    const { design } = pasteClip(d, copySelection(d, ["cart-service"]));
    expect(design.services?.find((s) => s.id === "cart-service-2")?.context).toBe("ordering");
  });
});

describe("a new flow between two elements", () => {
  const d = addElement(mallGoTemplate(), "service", { id: "audit-service", name: "audit" });
  it("defaults by endpoint kinds", () => {
    expect(newFlowBetween(d, "audit-service", "events")).toMatchObject({ ok: true, flow: { kind: "async", protocol: "event", event: "AuditChanged" } });
    expect(newFlowBetween(d, "events", "audit-service")).toMatchObject({ ok: true, flow: { kind: "async", event: "OrderCreated" } });
    expect(newFlowBetween(d, "audit-service", "order-db")).toMatchObject({ ok: true, flow: { kind: "sync" } });
    expect(newFlowBetween(d, "api-gateway", "audit-service")).toMatchObject({ ok: true, flow: { kind: "sync", protocol: "http", path: "/api/audit" } });
    expect(newFlowBetween(d, "audit-service", "order-service")).toMatchObject({ ok: true, flow: { kind: "sync", protocol: "http" } });
  });
  it("refuses invalid connections with a reason", () => {
    expect(newFlowBetween(d, "order-db", "audit-service")).toEqual({ ok: false, reason: "a database does not call anything: draw the flow from the service that uses it" });
    expect(newFlowBetween(d, "audit-service", "audit-service")).toEqual({ ok: false, reason: "a flow cannot go from an element to itself" });
    expect(newFlowBetween(d, "audit-service", "ordering")).toMatchObject({ ok: false, reason: expect.stringMatching(/not contexts/) });
  });
  it("gives a second route to the same service a fresh prefix", () => {
    const first = newFlowBetween(d, "api-gateway", "order-service");
    expect(first).toMatchObject({ ok: true, flow: { path: "/api/order" } });
  });
});
