/**
 * Compact form v1 of a design: what a share link carries before deflate.
 *
 * COMPATIBILITY: links live forever in chats, tickets and email. Everything
 * in this file (field order of every table, the enum lists, every implied
 * value) is part of link version 1 and must never change. A better encoding
 * gets a new version prefix and its own file; this one stays to open old links.
 * Fields added to the format later ride along in each record's trailing
 * object (see compact-codec.ts), so v1 still carries them.
 *
 * The enum lists are written out here rather than imported from the schema
 * on purpose: the schema may grow a value, and v1's indexes must not move.
 */
import { newEnv, type Codec, type Env, type Field } from "./compact-codec";
import { newBudget, spendElements, spendFlows, spendListItems } from "./compact-limits";
import { record, registerElement } from "./compact-record";
import { flag, listOf, nextInSeries, oneOf, plain, ref } from "./compact-values";
import { box, layout } from "./compact-layout";
import type { ElementKind } from "../model/schema";

const METHODS_V1 = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
const AUTH_V1 = ["jwt", "api_key", "oauth2", "none"];
const BALANCING_V1 = ["round_robin", "weighted", "least_conn", "consistent_hash"];
const KINDS_V1 = ["sync", "async"];
const PROTOCOLS_V1 = ["http", "grpc", "event", "message"];

const field = (key: string, codec: Codec = plain, implied?: Field["implied"]): Field => (implied ? { key, codec, implied } : { key, codec });
const always = (value: unknown) => () => value;
/** Ids are often numbered in order ("f-001", "f-002"): the next number in the series is implied. */
const idField = field("id", plain, (_r, env) => nextInSeries(env.previous?.id));
/** Neighbours tend to share a context, so a context is written relative to the previous item's. */
const contextRef = field("context", ref((env) => env.previous?.context));
/** Names usually repeat the id (the templates and the canvas start them so). */
const nameIsId = field("name", plain, (r) => r.id);
const element = (kind: ElementKind, fields: Field[]) => record(fields, (value, env) => registerElement(kind, value, env));
const kindOf = (id: unknown, env: Env) => (typeof id === "string" ? (env.elements.get(id)?.kind as ElementKind | undefined) : undefined);
/** Members usually belong to their context's team. */
const teamOfContext = (r: Record<string, unknown>, env: Env) => (typeof r.context === "string" ? env.elements.get(r.context)?.value.team : undefined);
/**
 * The kind the endpoints require, else sync. A frozen copy of the loader's
 * `requiredKind` rather than a call to it: if that rule ever changes, v1
 * links must still mean what they meant.
 */
const impliedKind = (r: Record<string, unknown>, env: Env) => {
  const from = kindOf(r.from, env);
  const to = kindOf(r.to, env);
  if (to === "database" || from === "gateway") return "sync";
  if (to === "broker" || from === "broker") return "async";
  return "sync";
};

const projectFields = ["teamSize", "businessComplexity", "technicalMaturity", "scalabilityRequirement", "deploymentFrequency"].map((k) => field(k));
const project = record(projectFields);

const contextFields = [idField, nameIsId, field("description"), field("team")];
const context = element("context", contextFields);

const instanceFields = [
  field("host"),
  field("port", plain, (_r, env) => env.parent?.port ?? 8080),
  field("weight", plain, always(1)),
];
const instance = record(instanceFields);
const endpoint = record([field("method", oneOf(METHODS_V1)), field("path")]);
const healthCheck = record([
  field("path", plain, always("/health")),
  field("interval", plain, always("10s")),
  field("timeout", plain, always("3s")),
  field("deregisterAfter", plain, always("30s")),
]);
const split = record(["businessComplexity", "teamAutonomy", "dataIndependence", "scalingRequirement", "deploymentFrequency", "technologyDiversity"].map((k) => field(k)));

const serviceFields = [
  idField,
  nameIsId,
  contextRef,
  field("description"),
  field("team", plain, teamOfContext),
  field("technology"),
  field("port", plain, always(8080)),
  field("instances", listOf(instance, spendListItems("instances"))),
  field("endpoints", listOf(endpoint, spendListItems("endpoints"))),
  field("healthCheck", healthCheck),
  field("split", split),
  field("tags", listOf(plain, spendListItems("tags"))),
  field("version"),
];
const service = element("service", serviceFields);

const databaseFields = [idField, nameIsId, field("engine"), contextRef, field("description"), field("tables", listOf(plain, spendListItems("tables")))];
const database = element("database", databaseFields);
const brokerFields = [idField, nameIsId, field("engine"), contextRef, field("description")];
const broker = element("broker", brokerFields);

const gatewayFields = [
  idField,
  nameIsId,
  field("description"),
  field("port", plain, always(80)),
  field("rateLimit", record([field("requestsPerSecond"), field("burst")])),
  field("auth", record([field("type", oneOf(AUTH_V1)), field("publicPaths", listOf(plain, spendListItems("auth.publicPaths")))])),
  field("loadBalancing", oneOf(BALANCING_V1), always("round_robin")),
  field("cors", record([field("origins", listOf(plain, spendListItems("cors.origins")))])),
];
const gateway = element("gateway", gatewayFields);

const flowFields = [
  idField,
  // Flows are usually grouped by source, and a target sits near its source in
  // element order: both relative references stay small.
  field("from", ref((env) => env.previous?.from)),
  field("to", ref((env) => env.parent?.from)),
  field("kind", oneOf(KINDS_V1), impliedKind),
  field("protocol", oneOf(PROTOCOLS_V1), (r) => (r.kind === "sync" ? "http" : r.kind === "async" ? "event" : undefined)),
  field("label"),
  field("event"),
  field("path", plain, (r) => (typeof r.to === "string" ? `/${r.to}` : undefined)),
  field("methods", listOf(oneOf(METHODS_V1), spendListItems("methods"))),
  field("public", flag),
  field("stripPrefix", flag),
  field("timeout", plain, always("5s")),
  field("retry", record([field("maxRetries", plain, always(3)), field("delay", plain, always("100ms")), field("on", listOf(plain, spendListItems("retry.on")), always([502, 503, 504]))])),
  field("circuitBreaker", record([
    field("failureRatio", plain, always(0.5)),
    field("minRequests", plain, always(5)),
    field("openFor", plain, always("30s")),
    field("halfOpenRequests", plain, always(5)),
  ])),
];
const flow = record(flowFields);

const designFields = [
  field("format", plain, always("seams-design")),
  field("version", plain, always(1)),
  field("name"),
  field("description"),
  field("project", project),
  field("contexts", listOf(context, spendElements), always([])),
  field("services", listOf(service, spendElements), always([])),
  field("databases", listOf(database, spendElements), always([])),
  field("brokers", listOf(broker, spendElements), always([])),
  field("gateways", listOf(gateway, spendElements), always([])),
  field("flows", listOf(flow, spendFlows), always([])),
  field("layout", layout, always({})),
];
const design = record(designFields);

/**
 * The compact v1 form of a design (a JSON value: nested lists of masks and values).
 * @example JSON.stringify(compactDesign(emptyDesign("x"))) === '[...]'
 */
export function compactDesign(value: unknown): unknown {
  return design.encode(value, newEnv());
}

/**
 * The design document a compact v1 form stands for; throws `CompactError` on
 * malformed input and `LinkLimitError` (a `CompactError`) as soon as it would
 * build more than a link may carry. The result is unvalidated: pass it to `loadDesign`.
 */
export function expandDesign(compact: unknown): unknown {
  return design.decode(compact, { ...newEnv(), budget: newBudget() });
}

/** The keys each v1 table writes positionally, so a test can hold them against the schema. */
export const V1_KEYS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries({
    design: designFields, project: projectFields, context: contextFields, service: serviceFields, instance: instanceFields,
    database: databaseFields, broker: brokerFields, gateway: gatewayFields, flow: flowFields, box,
  }).map(([name, fields]) => [name, fields.map((f) => f.key)]),
);
