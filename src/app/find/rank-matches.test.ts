import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchScore, rankMatches } from "./rank-matches";

describe("rankMatches", () => {
  const items = [{ label: "payment-service" }, { label: "order-service" }, { label: "orders", extra: "database order-db" }, { label: "api-gateway -> order-service", extra: "HTTP /api/orders" }];

  it("puts a prefix before a word start before letters in order", () => {
    expect(rankMatches("order", items).map((i) => i.label)).toEqual(["order-service", "orders", "api-gateway -> order-service"]);
    expect(rankMatches("osv", items)[0]!.label).toBe("order-service");
    expect(rankMatches("osv", items).map((i) => i.label)).not.toContain("orders");
  });

  it("matches ids and routes too", () => {
    expect(rankMatches("order-db", items).map((i) => i.label)).toEqual(["orders"]);
    expect(rankMatches("/api/orders", items).map((i) => i.label)).toEqual(["api-gateway -> order-service"]);
  });

  it("never loses an item whose label contains the query, and keeps every result a real match", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 20 }), fc.string({ maxLength: 4 }), (labels, q) => {
        const list = labels.map((label) => ({ label }));
        const ranked = rankMatches(q, list, 1000);
        for (const it of list) if (it.label.toLowerCase().includes(q.trim().toLowerCase())) expect(ranked).toContain(it);
        for (const it of ranked) expect(matchScore(q, it)).toBeGreaterThan(0);
      }),
    );
  });
});
