/**
 * One made-up instance of every finding, so the guide shows each finding in
 * the very words the panel uses (the texts come from the core's table, never
 * written twice).
 */
import { FINDING_TEXT, type FindingParams } from "../../core/analysis/finding-messages";
import { FINDING_CODES, type FindingCode } from "../../core/analysis/types";

const EXAMPLE: { [C in FindingCode]: FindingParams[C] } = {
  "circular-dependency": { cycle: ["user-service", "order-service", "user-service"], sync: true, tangled: 2 },
  "shared-database": { database: "orders", services: ["order-service", "cart-service"], contexts: ["Order Management"] },
  "over-splitting": { scope: "User Management", services: ["user-service", "user-profile-service", "user-address-service"], reasons: [{ code: "name-stem", services: ["user-service", "user-profile-service", "user-address-service"], all: true, stem: "user" }], wholeDesign: false },
  "deep-sync-chain": { path: ["api-gateway", "order-service", "payment-service", "fraud-service", "bank-adapter"], hops: 4, availability: 0.999 ** 4 },
  "cross-context-data-access": { service: "report-service", database: "orders", serviceContext: "Reporting", databaseContext: "Order Management" },
  "event-without-producers": { event: "OrderShipped", broker: "event bus", consumers: ["notification-service"] },
  "broker-without-consumers": { broker: "event bus", producers: ["order-service"] },
  "broker-without-producers": { broker: "event bus", consumers: ["notification-service"] },
  "gateway-without-routes": { gateway: "api-gateway" },
  "orphan-service": { service: "audit-service" },
  "event-without-consumers": { event: "PaymentFailed", broker: "event bus", producers: ["payment-service"] },
  "unused-database": { database: "legacy-db" },
  "timeout-budget": { caller: "api-gateway", callee: "order-service", timeout: 2000, budget: 4500, path: ["api-gateway", "order-service", "payment-service"], hops: [{ callee: "payment-service", timeout: 1500, tries: 3 }] },
  "retry-amplification": { path: ["api-gateway", "order-service", "payment-service"], tries: [3, 3], factor: 9, last: "payment-service" },
  "missing-circuit-breaker": { caller: "order-service", callee: "payment-service", callerContext: "Order Management", calleeContext: "Payment Processing" },
};

export interface FindingHelp {
  code: FindingCode;
  title: string;
  example: string;
}

export function findingHelp(): FindingHelp[] {
  return FINDING_CODES.map(<C extends FindingCode>(code: C) => {
    const text = FINDING_TEXT[code] as { title: string; message: (p: FindingParams[C]) => string };
    return { code, title: text.title, example: text.message(EXAMPLE[code]) };
  });
}
