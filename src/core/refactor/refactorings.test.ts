import { describe, expect, it } from "vitest";
import { analyzeDesign } from "../analysis/analyze-design";
import { sketchDesign } from "../analysis/sketch-design";
import { circularTemplate } from "../templates/circular";
import { mallGoTemplate } from "../templates/mall-go";
import { overSplitTemplate } from "../templates/over-split";
import { applyRefactoring } from "./apply-refactoring";
import { listRefactorings } from "./list-refactorings";

describe("refactorings on the templates", () => {
  it("offers call-to-event on both calls of the circular template, with stable ids", () => {
    const ids = listRefactorings(circularTemplate()).map((r) => r.id);
    expect(ids.slice(0, 2)).toEqual(["call-to-event:user-calls-order", "call-to-event:order-calls-user"]);
    expect(listRefactorings(circularTemplate()).map((r) => r.id)).toEqual(ids);
  });

  it("cuts the mall-go guide's cycle: order-service publishes, user-service keeps its own copy, no error is left", () => {
    const { design, changes, touched } = applyRefactoring(circularTemplate(), { kind: "call-to-event", flow: "user-calls-order" });
    expect(analyzeDesign(design).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(design.brokers).toEqual([{ id: "events", name: "event bus" }]);
    expect(design.flows).toContainEqual({ id: "user-calls-order-event", from: "order-service", to: "events", kind: "async", protocol: "event", event: "OrderCountChanged" });
    expect(design.flows).toContainEqual(expect.objectContaining({ from: "events", to: "user-service", event: "OrderCountChanged" }));
    expect(design.layout?.events).toBeDefined();
    expect(changes[0]).toBe("user-service no longer calls order-service (order count).");
    expect(touched).toEqual(expect.arrayContaining(["user-service", "order-service", "events"]));
  });

  it("uses a broker the design already has", () => {
    const d = sketchDesign({ services: ["a", "b"], brokers: ["bus"], flows: ["a -> b", "b -> a"] });
    const { design } = applyRefactoring(d, { kind: "call-to-event", flow: "a-b" });
    expect(design.brokers).toHaveLength(1);
    expect(design.flows!.filter((f) => f.from === "bus" || f.to === "bus")).toHaveLength(2);
  });

  it("merges the over-split user services into user-service and clears over-splitting", () => {
    const [merge] = listRefactorings(overSplitTemplate()).filter((r) => r.kind === "merge-services");
    const { design } = applyRefactoring(overSplitTemplate(), merge!.plan);
    expect(design.services!.map((s) => s.id)).toEqual(["user-service"]);
    expect(design.flows!.filter((f) => f.from === "user-service" && f.to === "user-service")).toEqual([]);
    expect(design.flows!.filter((f) => f.to === "user-service" && f.kind === "sync" && f.from !== "gateway")).toEqual([]);
    const after = analyzeDesign(design).findings;
    expect(after.filter((f) => f.code === "circular-dependency")).toEqual([]);
    // What is left is one service that still scores low: the mall-go guide's "keep it in the monolith", not a group cut too fine.
    expect(after.filter((f) => f.code === "over-splitting").map((f) => f.elements)).toEqual([["user-service"]]);
  });

  it("keeps a merged service's default route prefix as an explicit path", () => {
    const d = sketchDesign({ services: ["a", "b"], gateways: ["gw"], flows: ["gw -> a", "gw -> b", "a -> b"] });
    const { design } = applyRefactoring(d, { kind: "merge-services", services: ["a", "b"] });
    expect(design.flows!.filter((f) => f.from === "gw").map((f) => f.path ?? `/${f.to}`).sort()).toEqual(["/a", "/b"]);
  });

  it("gives mall-go's order database one owner either way", () => {
    const viaApi = applyRefactoring(mallGoTemplate(), { kind: "split-database", database: "order-db", mode: "owner-api" });
    expect(viaApi.design.flows!.filter((f) => f.to === "order-db").map((f) => f.from)).toEqual(["cart-service"]);
    expect(analyzeDesign(viaApi.design).findings.filter((f) => f.severity === "error")).toEqual([]); // its existing call is reused: no loop
    const own = applyRefactoring(mallGoTemplate(), { kind: "split-database", database: "order-db", mode: "own-databases" });
    expect(own.design.databases!.find((d) => d.id === "order-db")!.tables).toEqual(["orders", "order_items"]);
    expect(own.design.databases!.find((d) => d.id === "cart-db")).toMatchObject({ context: "ordering", engine: "mysql", tables: ["shopping_carts"] });
  });

  it("fits the timeouts under a route and stops inner retries along an amplifying path", () => {
    const d = sketchDesign({
      services: ["a", "b", "c"], gateways: ["gw"],
      flows: [{ from: "gw", to: "a", kind: "sync", timeout: "2s" }, { from: "a", to: "b", kind: "sync", retry: { maxRetries: 3 } }, { from: "b", to: "c", kind: "sync", timeout: "5s", retry: { maxRetries: 2 } }],
    });
    const codes = analyzeDesign(d).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["timeout-budget", "retry-amplification"]));
    const fit = applyRefactoring(d, { kind: "fit-timeouts", flow: "gw-a" });
    expect(fit.design.flows!.map((f) => f.timeout)).toEqual(["2s", "500ms", "166ms"]);
    expect(analyzeDesign(fit.design).findings.map((f) => f.code)).not.toContain("timeout-budget");
    const once = applyRefactoring(d, { kind: "retry-at-one-layer", flows: ["gw-a", "a-b", "b-c"] });
    expect(once.design.flows!.map((f) => f.retry)).toEqual([undefined, undefined, undefined]);
    expect(analyzeDesign(once.design).findings.map((f) => f.code)).not.toContain("retry-amplification");
  });
});

describe("call-to-event choices", () => {
  it("takes the event name and the broker the person picks, or a new broker", () => {
    const d = sketchDesign({ services: ["a", "b"], brokers: ["bus", "other"], flows: ["a -> b", "b -> a"] });
    const onOther = applyRefactoring(d, { kind: "call-to-event", flow: "a-b", event: "StockReserved", broker: "other" }).design;
    expect(onOther.flows!.filter((f) => f.event === "StockReserved").map((f) => [f.from, f.to])).toEqual([["b", "other"], ["other", "a"]]);
    const onNew = applyRefactoring(d, { kind: "call-to-event", flow: "a-b", broker: "new" }).design;
    expect(onNew.brokers!.map((b) => b.id)).toEqual(["bus", "other", "events"]);
    expect(() => applyRefactoring(d, { kind: "call-to-event", flow: "a-b", broker: "nope" })).toThrow(/no broker "nope"/);
  });
});

describe("move-to-context", () => {
  it("is listed for a service whose calls mostly go to another context, finding or not, and moves its own database along", () => {
    const d = sketchDesign({
      contexts: ["shop", "pay"],
      services: [{ id: "checkout", context: "shop" }, { id: "ledger", context: "pay" }, { id: "fraud", context: "pay" }],
      databases: [{ id: "checkout-db", context: "shop" }],
      flows: [
        { from: "checkout", to: "ledger", kind: "sync", circuitBreaker: { failureRatio: 0.5 } },
        { from: "checkout", to: "fraud", kind: "sync", circuitBreaker: { failureRatio: 0.5 } },
        "checkout -> checkout-db",
      ],
    });
    const move = listRefactorings(d).find((r) => r.kind === "move-to-context");
    expect(move).toMatchObject({ id: "move-to-context:checkout:pay", findings: [] });
    const { design } = applyRefactoring(d, move!.plan);
    expect(design.services!.find((s) => s.id === "checkout")!.context).toBe("pay");
    expect(design.databases!.find((x) => x.id === "checkout-db")!.context).toBe("pay");
  });
});
