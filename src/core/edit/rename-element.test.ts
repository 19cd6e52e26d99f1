import { describe, expect, it } from "vitest";
import { loadDesign } from "../load/load-design";
import type { Design } from "../model/schema";
import { addFlow } from "./edit-design";
import { newFlowBetween } from "./new-flow";
import { renameElement } from "./rename-element";

function connect(d: Design, from: string, to: string): Design {
  const r = newFlowBetween(d, from, to);
  if (!r.ok) throw new Error(r.reason);
  return addFlow(d, r.flow);
}

const base: Design = {
  format: "seams-design",
  version: 1,
  name: "t",
  services: [{ id: "new-service", name: "New service" }, { id: "shop", name: "Shop" }, { id: "mailer", name: "Mailer" }],
  brokers: [{ id: "events", name: "events" }],
  gateways: [{ id: "edge", name: "edge" }],
};

describe("renaming an element's id", () => {
  it("carries the defaults derived from the old id along: route, event, subscriptions, flow ids", () => {
    let d = connect(base, "edge", "new-service");
    d = connect(d, "new-service", "events");
    d = connect(d, "events", "mailer");
    d = connect(d, "shop", "new-service");
    expect(d.flows!.map((f) => [f.id, f.path ?? f.event])).toEqual([
      ["edge-to-new-service", "/api/new"],
      ["new-service-to-events", "NewChanged"],
      ["events-to-mailer", "NewChanged"],
      ["shop-to-new-service", undefined],
    ]);
    const next = renameElement(d, "new-service", "order-service");
    expect(next.flows!.map((f) => [f.id, f.from, f.to, f.path ?? f.event])).toEqual([
      ["edge-to-order-service", "edge", "order-service", "/api/order"],
      ["order-service-to-events", "order-service", "events", "OrderChanged"],
      ["events-to-mailer", "events", "mailer", "OrderChanged"],
      ["shop-to-order-service", "shop", "order-service", undefined],
    ]);
    expect(loadDesign(next).ok).toBe(true);
  });

  it("leaves what was set by hand", () => {
    let d = connect(base, "edge", "new-service");
    d = connect(d, "new-service", "events");
    d = { ...d, flows: d.flows!.map((f) => (f.path ? { ...f, id: "checkout-route", path: "/api/checkout" } : { ...f, event: "OrderPlaced" })) };
    const next = renameElement(d, "new-service", "order-service");
    expect(next.flows!.map((f) => [f.id, f.path ?? f.event])).toEqual([
      ["checkout-route", "/api/checkout"],
      ["order-service-to-events", "OrderPlaced"],
    ]);
  });

  it("keeps a followed route unique on its gateway", () => {
    let d: Design = { ...base, services: [...base.services!, { id: "order", name: "Order" }] };
    d = connect(d, "edge", "order");
    d = connect(d, "edge", "new-service");
    const next = renameElement(d, "new-service", "order-service");
    expect(next.flows!.map((f) => f.path)).toEqual(["/api/order", "/api/order-2"]);
    expect(loadDesign(next).ok).toBe(true);
  });
});
