import { describe, expect, it } from "vitest";
import { sketchDesign } from "../analysis/sketch-design";
import { mallGoTemplate } from "../templates/mall-go";
import { assessImpact } from "./assess-impact";
import { routeAvailability } from "./route-availability";

const routeOutcomes = (down: string) => Object.fromEntries(assessImpact(mallGoTemplate(), down).routes.map((r) => [r.flow, r.outcome]));

describe("assessImpact on mall-go", () => {
  it("cart-service down fails the cart route and, through checkout's plain call, the orders route", () => {
    const impact = assessImpact(mallGoTemplate(), "cart-service");
    const orders = impact.routes.find((r) => r.flow === "route-orders")!;
    expect(orders).toMatchObject({ outcome: "fails", path: ["api-gateway", "order-service", "cart-service"], via: "order-reads-cart" });
    expect(routeOutcomes("cart-service")).toMatchObject({ "route-cart": "fails", "route-orders": "fails", "route-products": "ok", "route-auth": "ok" });
    // payment-service's PaymentCompleted waits for order-service, which cannot check out.
    expect(routeOutcomes("cart-service")["route-payments"]).toBe("degraded");
    expect(impact.elements.find((e) => e.id === "order-service")).toEqual({ id: "order-service", outcome: "fails", via: "order-reads-cart" });
    expect(impact.elements.find((e) => e.id === "api-gateway")?.outcome).toBe("degraded");
  });

  it("inventory-service down only degrades orders: the call has a circuit breaker", () => {
    const orders = assessImpact(mallGoTemplate(), "inventory-service").routes.find((r) => r.flow === "route-orders")!;
    expect(orders).toMatchObject({ outcome: "degraded", via: "order-reserves-stock", path: ["api-gateway", "order-service", "inventory-service"] });
  });

  it("the event bus down degrades every route whose work goes on through an event, and fails none", () => {
    const outcomes = routeOutcomes("events");
    expect(outcomes).toMatchObject({ "route-orders": "degraded", "route-payments": "degraded", "route-products": "degraded", "route-auth": "ok", "route-search": "ok" });
    expect(Object.values(outcomes)).not.toContain("fails");
  });

  it("a consumer down delays only the producers of events it takes", () => {
    const impact = assessImpact(mallGoTemplate(), "shipping-service");
    expect(impact.routes.find((r) => r.flow === "route-payments")).toMatchObject({ outcome: "degraded", path: ["api-gateway", "payment-service", "events", "shipping-service"], via: "payment-completed-pub" });
    expect(impact.routes.find((r) => r.flow === "route-products")?.outcome).toBe("ok");
  });

  it("a gateway or a context down fails everything behind it", () => {
    expect(new Set(Object.values(routeOutcomes("api-gateway")))).toEqual(new Set(["fails"]));
    expect(routeOutcomes("identity")).toMatchObject({ "route-auth": "fails", "route-users": "fails", "route-profiles": "fails", "route-products": "ok" });
  });

  it("gives each route its availability: the product along its weakest sync path, 0.999 each unless a service states its own", () => {
    const impact = assessImpact(mallGoTemplate(), "notification-service");
    expect(impact.routes.find((r) => r.flow === "route-orders")!.availability).toBeCloseTo(0.999 ** 3, 12); // order, cart, catalog
    expect(routeAvailability(mallGoTemplate(), undefined, "route-orders")).toEqual([{ gateway: "api-gateway", flow: "route-orders", availability: 0.999 ** 3, services: ["order-service", "cart-service", "catalog-service"] }]);
    const loop = sketchDesign({ services: [{ id: "a", availability: 0.9 }, "b", "c"], gateways: ["gw"], flows: ["gw -> a", "a -> b", "b -> a", "b -> c"] });
    expect(routeAvailability(loop)[0]).toMatchObject({ services: ["a", "b", "c"] });
    expect(routeAvailability(loop)[0]!.availability).toBeCloseTo(0.9 * 0.999 * 0.999, 12);
    const design = mallGoTemplate();
    design.services!.find((s) => s.id === "cart-service")!.availability = 0.99;
    expect(assessImpact(design, "x").routes.find((r) => r.flow === "route-cart")!.availability).toBeCloseTo(0.99 * 0.999, 12);
  });

  it("settles on a sync cycle and says ok for an unknown id", () => {
    const design = sketchDesign({ services: ["a", "b", "c"], gateways: ["gw"], flows: ["gw -> a", "a -> b", "b -> a", "b -> c"] });
    expect(assessImpact(design, "c").routes[0]).toMatchObject({ outcome: "fails", path: ["gw", "a", "b", "c"] });
    expect(assessImpact(design, "nope").elements.every((e) => e.outcome === "ok")).toBe(true);
  });
});
