import type { Design } from "../model/schema";

/**
 * The mall-go guide's third pitfall: user-service calls order-service for a user's
 * order count while order-service calls user-service for the buyer's details.
 */
export function circularTemplate(): Design {
  return {
    format: "seams-design",
    version: 1,
    name: "circular dependency",
    description: "The mall-go guide's circular dependency: user-service and order-service call each other synchronously.",
    contexts: [
      { id: "identity", name: "User Management", team: "identity" },
      { id: "ordering", name: "Order Management", team: "orders" },
    ],
    services: [
      { id: "user-service", name: "user-service", context: "identity", team: "identity", technology: "Go + Gin", split: { businessComplexity: 7, teamAutonomy: 7, dataIndependence: 7, scalingRequirement: 6, deploymentFrequency: 5, technologyDiversity: 3 } },
      { id: "order-service", name: "order-service", context: "ordering", team: "orders", technology: "Go + Gin", split: { businessComplexity: 8, teamAutonomy: 7, dataIndependence: 7, scalingRequirement: 7, deploymentFrequency: 6, technologyDiversity: 3 } },
    ],
    databases: [
      { id: "user-db", name: "users", engine: "postgresql", context: "identity", tables: ["users"] },
      { id: "order-db", name: "orders", engine: "mysql", context: "ordering", tables: ["orders", "order_items"] },
    ],
    brokers: [],
    gateways: [{ id: "api-gateway", name: "api-gateway", port: 80 }],
    flows: [
      { id: "route-users", from: "api-gateway", to: "user-service", kind: "sync", protocol: "http", path: "/api/users" },
      { id: "route-orders", from: "api-gateway", to: "order-service", kind: "sync", protocol: "http", path: "/api/orders" },
      { id: "user-calls-order", from: "user-service", to: "order-service", kind: "sync", protocol: "http", label: "order count" },
      { id: "order-calls-user", from: "order-service", to: "user-service", kind: "sync", protocol: "http", label: "buyer details" },
      { id: "user-data", from: "user-service", to: "user-db", kind: "sync" },
      { id: "order-data", from: "order-service", to: "order-db", kind: "sync" },
    ],
    layout: {
      "api-gateway": { x: 0, y: 130 },
      identity: { x: 260, y: 0, width: 270, height: 300 },
      "user-service": { x: 291, y: 60 },
      "user-db": { x: 303, y: 200 },
      ordering: { x: 680, y: 0, width: 270, height: 300 },
      "order-service": { x: 711, y: 60 },
      "order-db": { x: 723, y: 200 },
    },
  };
}
