import type { Design } from "../model/schema";

/**
 * The mall-go guide's first pitfall: one service per table. Four `user-*` services
 * that each own one table, call each other synchronously (one pair both
 * ways) and score low on every split criterion, run by a team of six.
 */
export function overSplitTemplate(): Design {
  const low = { businessComplexity: 2, teamAutonomy: 2, dataIndependence: 2, scalingRequirement: 3, deploymentFrequency: 2, technologyDiversity: 1 };
  const svc = (id: string) => ({ id, name: id, context: "users", team: "core", technology: "Go + Gin", split: { ...low } });
  return {
    format: "seams-design",
    version: 1,
    name: "over-split user services",
    description: "The mall-go guide's over-splitting pitfall: UserService, UserProfileService, UserAddressService and UserPreferenceService, one table each.",
    project: { teamSize: 6, businessComplexity: 4, technicalMaturity: 5, scalabilityRequirement: 4, deploymentFrequency: 4 },
    contexts: [{ id: "users", name: "Users", team: "core" }],
    services: [svc("user-service"), svc("user-profile-service"), svc("user-address-service"), svc("user-preference-service")],
    databases: [
      { id: "user-db", name: "users", engine: "mysql", context: "users", tables: ["users"] },
      { id: "user-profile-db", name: "user profiles", engine: "mysql", context: "users", tables: ["user_profiles"] },
      { id: "user-address-db", name: "user addresses", engine: "mysql", context: "users", tables: ["user_addresses"] },
      { id: "user-preference-db", name: "user preferences", engine: "mysql", context: "users", tables: ["user_preferences"] },
    ],
    brokers: [],
    gateways: [{ id: "gateway", name: "gateway", port: 80, auth: { type: "jwt", publicPaths: [] } }],
    flows: [
      { id: "route-users", from: "gateway", to: "user-service", kind: "sync", protocol: "http", path: "/api/users" },
      { id: "user-to-profile", from: "user-service", to: "user-profile-service", kind: "sync", protocol: "http", label: "load profile" },
      { id: "profile-to-user", from: "user-profile-service", to: "user-service", kind: "sync", protocol: "http", label: "check user" },
      { id: "user-to-address", from: "user-service", to: "user-address-service", kind: "sync", protocol: "http", label: "load addresses" },
      { id: "user-to-preference", from: "user-service", to: "user-preference-service", kind: "sync", protocol: "http", label: "load preferences" },
      { id: "address-to-user", from: "user-address-service", to: "user-profile-service", kind: "sync", protocol: "http", label: "recipient name" },
      { id: "user-data", from: "user-service", to: "user-db", kind: "sync" },
      { id: "profile-data", from: "user-profile-service", to: "user-profile-db", kind: "sync" },
      { id: "address-data", from: "user-address-service", to: "user-address-db", kind: "sync" },
      { id: "preference-data", from: "user-preference-service", to: "user-preference-db", kind: "sync" },
    ],
    layout: {
      gateway: { x: 0, y: 180 },
      users: { x: 240, y: 0, width: 880, height: 400 },
      "user-service": { x: 270, y: 180 },
      "user-profile-service": { x: 580, y: 60 },
      "user-address-service": { x: 580, y: 180 },
      "user-preference-service": { x: 580, y: 300 },
      "user-db": { x: 282, y: 300 },
      "user-profile-db": { x: 900, y: 62 },
      "user-address-db": { x: 900, y: 182 },
      "user-preference-db": { x: 900, y: 302 },
    },
  };
}
