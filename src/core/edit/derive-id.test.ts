import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ID_PATTERN, type ElementKind } from "../model/schema";
import { deriveId, idFollowsName, slugOf } from "./derive-id";

const KINDS: ElementKind[] = ["context", "service", "database", "broker", "gateway"];

describe("an id derived from a name", () => {
  it("is the name's slug, numbered when taken", () => {
    expect(deriveId("Order Service", "service", new Set())).toBe("order-service");
    expect(deriveId("Order Service", "service", new Set(["order-service"]))).toBe("order-service-2");
    expect(deriveId("Order Service", "service", new Set(["order-service", "order-service-2"]))).toBe("order-service-3");
    expect(deriveId("  Café & Crème (EU) ", "service", new Set())).toBe("cafe-creme-eu");
    expect(deriveId("New context 2", "context", new Set())).toBe("new-context-2");
  });

  it("falls back to <kind>-1, -2 for names without ASCII letters or digits", () => {
    expect(slugOf("订单服务")).toBe("");
    expect(deriveId("订单服务", "service", new Set())).toBe("service-1");
    expect(deriveId("订单服务", "service", new Set(["service-1"]))).toBe("service-2");
    expect(deriveId("支付 Pay", "service", new Set())).toBe("pay");
    expect(deriveId("🙂", "context", new Set())).toBe("context-1");
    // Digits alone say nothing of the name: a numbered Chinese name still gets <kind>-N, and keeps following it.
    expect(deriveId("新服务 2", "service", new Set(["service-1"]))).toBe("service-2");
    expect(idFollowsName("service-2", "新服务 2", "service")).toBe(true);
    expect(idFollowsName("2", "新服务 2", "service")).toBe(false);
  });

  it("keeps ids short enough for a suffix", () => {
    const id = deriveId("x".repeat(300), "service", new Set());
    expect(id.length).toBeLessThanOrEqual(56);
    expect(deriveId("a ".repeat(100), "service", new Set()).endsWith("-")).toBe(false);
  });

  it("follows the name only while the id is what the name gives", () => {
    expect(idFollowsName("new-service", "New service", "service")).toBe(true);
    expect(idFollowsName("new-service-2", "New service 2", "service")).toBe(true);
    expect(idFollowsName("order-service-2", "Order Service", "service")).toBe(true);
    expect(idFollowsName("orders-api", "Order Service", "service")).toBe(false);
    expect(idFollowsName("user-db", "users", "database")).toBe(false);
    expect(idFollowsName("service-3", "订单服务", "service")).toBe(true);
    expect(idFollowsName("orders", "订单服务", "service")).toBe(false);
  });

  it("is always a valid, unique id that follows its name, whatever the name and the ids taken", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: "grapheme" }), fc.constantFrom(...KINDS), fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }), (name, kind, others) => {
        const taken = new Set([...others.map((o) => deriveId(o, kind, new Set())), deriveId(name, kind, new Set())]);
        const id = deriveId(name, kind, taken);
        expect(id).toMatch(ID_PATTERN);
        expect(taken.has(id)).toBe(false);
        expect(idFollowsName(id, name, kind)).toBe(true);
      }),
    );
  });

  it("is the same for names that differ only in case, spacing and punctuation", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 }), fc.constantFrom(" ", "  ", "_", " - ", "/"), (words, sep) => {
        expect(slugOf(words.join(sep).toUpperCase())).toBe(slugOf(words.join(" ")));
      }),
    );
  });
});
