/**
 * The design document, format version 1 (see shared/design-format.md).
 *
 * The zod schema *is* the model: types come from `z.infer`, the JSON Schema
 * published at `public/schema/design-v1.json` is generated from it, and every
 * input from outside passes it (through `loadDesign`) before the app sees it.
 * Field names are a public contract: add optional fields, never rename.
 *
 * Built on `zod/mini` because the app ships this schema in its first chunk and
 * the classic import costs several times more bytes.
 * Cross-field rules (references, flow endpoints, kind vs protocol) live in
 * `check-design.ts`, which reports them with the same field paths.
 */
import * as z from "zod/mini";

export const FORMAT = "seams-design";
export const FORMAT_VERSION = 1;

/** Ids go into config files as identifiers, so they are strict. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
/** Route and health-check paths: `/`, letters, digits and `/ - _ . ~ {}` only. */
export const PATH_PATTERN = /^\/[A-Za-z0-9/\-_.~{}]*$/;
/** `250ms`, `5s`, `2m`, `1h`, or Go-style combinations like `1m30s`. */
export const DURATION_PATTERN = /^(?:\d{1,9}(?:ms|s|m|h))+$/;
/** An RFC 1123 host name or an IPv4 address: it reaches configs verbatim. */
export const HOST_PATTERN =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/** A CORS origin (`https://shop.example.com`, `http://localhost:5173`) or `*`. */
export const ORIGIN_PATTERN =
  /^(?:\*|https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::\d{1,5})?)$/;

const id = () => z.string().check(z.regex(ID_PATTERN, "must be a lowercase id: a-z, 0-9, '.', '_' or '-', starting with a letter or digit, at most 63 characters"));
const name = () => z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"));
const text = (max = 2000) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));
const path = () => z.string().check(z.maxLength(200, "must be at most 200 characters"), z.regex(PATH_PATTERN, "must start with '/' and use only letters, digits and / - _ . ~ { }"));
const duration = () => z.string().check(z.regex(DURATION_PATTERN, "must be a duration like 250ms, 5s, 2m or 1h"));
const int = (min: number, max: number) =>
  z.number().check(z.int(`must be a whole number`), z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));
const port = () => int(1, 65535);
const score = () => int(1, 10);
const host = () => z.string().check(z.regex(HOST_PATTERN, "must be a host name (letters, digits, '-' and '.') or an IPv4 address"));

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export const AUTH_TYPES = ["jwt", "api_key", "oauth2", "none"] as const;
export const LOAD_BALANCING = ["round_robin", "weighted", "least_conn", "consistent_hash"] as const;
export const FLOW_KINDS = ["sync", "async"] as const;
export const SYNC_PROTOCOLS = ["http", "grpc"] as const;
export const ASYNC_PROTOCOLS = ["event", "message"] as const;
export const PROTOCOLS = [...SYNC_PROTOCOLS, ...ASYNC_PROTOCOLS] as const;
export const SPLIT_CRITERIA = [
  "businessComplexity",
  "teamAutonomy",
  "dataIndependence",
  "scalingRequirement",
  "deploymentFrequency",
  "technologyDiversity",
] as const;

export const ProjectSchema = z.object({
  teamSize: z.optional(int(1, 10000)),
  businessComplexity: z.optional(score()),
  technicalMaturity: z.optional(score()),
  scalabilityRequirement: z.optional(score()),
  deploymentFrequency: z.optional(int(0, 100000)),
});

export const ContextSchema = z.object({
  id: id(),
  name: name(),
  description: z.optional(text()),
  team: z.optional(text(100)),
});

export const InstanceSchema = z.object({
  host: host(),
  port: z.optional(port()),
  weight: z.optional(int(1, 1000)),
});

export const EndpointSchema = z.object({
  method: z.enum(HTTP_METHODS, `must be one of ${HTTP_METHODS.join(", ")}`),
  path: path(),
});

export const HealthCheckSchema = z.object({
  path: z.optional(path()),
  interval: z.optional(duration()),
  timeout: z.optional(duration()),
  deregisterAfter: z.optional(duration()),
});

export const SplitSchema = z.object({
  businessComplexity: z.optional(score()),
  teamAutonomy: z.optional(score()),
  dataIndependence: z.optional(score()),
  scalingRequirement: z.optional(score()),
  deploymentFrequency: z.optional(score()),
  technologyDiversity: z.optional(score()),
});

export const ServiceSchema = z.object({
  id: id(),
  name: name(),
  context: z.optional(id()),
  description: z.optional(text()),
  team: z.optional(text(100)),
  technology: z.optional(text(100)),
  port: z.optional(port()),
  instances: z.optional(z.array(InstanceSchema).check(z.maxLength(100, "at most 100 instances"))),
  endpoints: z.optional(z.array(EndpointSchema).check(z.maxLength(500, "at most 500 endpoints"))),
  healthCheck: z.optional(HealthCheckSchema),
  split: z.optional(SplitSchema),
  tags: z.optional(z.array(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"))).check(z.maxLength(50, "at most 50 tags"))),
  version: z.optional(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(50, "must be at most 50 characters"))),
  /** The share of time it is up (0.9995 for 99.95%); route availability assumes the guide's 0.999 without it. */
  availability: z.optional(z.number().check(z.gt(0, "must be more than 0"), z.lte(1, "must be at most 1"))),
});

export const DatabaseSchema = z.object({
  id: id(),
  name: name(),
  engine: z.optional(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(40, "must be at most 40 characters"))),
  context: z.optional(id()),
  description: z.optional(text()),
  tables: z.optional(z.array(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"))).check(z.maxLength(1000, "at most 1000 tables"))),
});

export const BrokerSchema = z.object({
  id: id(),
  name: name(),
  engine: z.optional(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(40, "must be at most 40 characters"))),
  context: z.optional(id()),
  description: z.optional(text()),
});

export const GatewaySchema = z.object({
  id: id(),
  name: name(),
  description: z.optional(text()),
  port: z.optional(port()),
  rateLimit: z.optional(
    z.object({
      requestsPerSecond: int(1, 1_000_000),
      burst: z.optional(int(0, 1_000_000)),
    }),
  ),
  auth: z.optional(
    z.object({
      type: z.enum(AUTH_TYPES, `must be one of ${AUTH_TYPES.join(", ")}`),
      publicPaths: z.optional(z.array(path()).check(z.maxLength(200, "at most 200 public paths"))),
    }),
  ),
  loadBalancing: z.optional(z.enum(LOAD_BALANCING, `must be one of ${LOAD_BALANCING.join(", ")}`)),
  cors: z.optional(
    z.object({
      origins: z.array(z.string().check(z.regex(ORIGIN_PATTERN, "must be an origin like https://shop.example.com, or *"))).check(z.maxLength(100, "at most 100 origins")),
    }),
  ),
});

export const RetrySchema = z.object({
  maxRetries: int(0, 10),
  delay: z.optional(duration()),
  on: z.optional(z.array(int(100, 599)).check(z.maxLength(20, "at most 20 status codes"))),
});

export const CircuitBreakerSchema = z.object({
  failureRatio: z.number().check(z.gt(0, "must be more than 0"), z.lte(1, "must be at most 1")),
  minRequests: z.optional(int(1, 100000)),
  openFor: z.optional(duration()),
  halfOpenRequests: z.optional(int(1, 10000)),
});

const coordinate = () => z.number().check(z.gte(-1_000_000, "must be at least -1000000"), z.lte(1_000_000, "must be at most 1000000"));
/** The most bend points one flow may have: a line with more is a drawing, not a flow. */
export const MAX_BENDS = 50;
/** A bend point of a flow, in absolute canvas coordinates (view data like `layout`, kept on the flow so it travels with it). */
export const PointSchema = z.object({ x: coordinate(), y: coordinate() });

export const FlowSchema = z.object({
  id: id(),
  from: id(),
  to: id(),
  kind: z.enum(FLOW_KINDS, "must be sync or async"),
  protocol: z.optional(z.enum(PROTOCOLS, `must be one of ${PROTOCOLS.join(", ")}`)),
  label: z.optional(text(200)),
  event: z.optional(z.string().check(z.minLength(1, "must not be empty"), z.maxLength(100, "must be at most 100 characters"))),
  path: z.optional(path()),
  methods: z.optional(z.array(z.enum(HTTP_METHODS, `must be one of ${HTTP_METHODS.join(", ")}`)).check(z.maxLength(7, "at most 7 methods"))),
  public: z.optional(z.boolean("must be true or false")),
  stripPrefix: z.optional(z.boolean("must be true or false")),
  timeout: z.optional(duration()),
  retry: z.optional(RetrySchema),
  circuitBreaker: z.optional(CircuitBreakerSchema),
  bends: z.optional(z.array(PointSchema).check(z.maxLength(MAX_BENDS, `at most ${MAX_BENDS} bends`))),
});

export const BoxSchema = z.object({
  x: coordinate(),
  y: coordinate(),
  width: z.optional(z.number().check(z.gte(20, "must be at least 20"), z.lte(1_000_000, "must be at most 1000000"))),
  height: z.optional(z.number().check(z.gte(20, "must be at least 20"), z.lte(1_000_000, "must be at most 1000000"))),
});

const list = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z.optional(z.array(item).check(z.maxLength(max, `at most ${max} ${what}`)));

export const DesignSchema = z.object({
  format: z.literal(FORMAT, `must be "${FORMAT}"`),
  version: z.literal(FORMAT_VERSION),
  name: name(),
  description: z.optional(text(5000)),
  project: z.optional(ProjectSchema),
  contexts: list(ContextSchema, 2000, "contexts"),
  services: list(ServiceSchema, 50000, "services"),
  databases: list(DatabaseSchema, 50000, "databases"),
  brokers: list(BrokerSchema, 5000, "brokers"),
  gateways: list(GatewaySchema, 500, "gateways"),
  flows: list(FlowSchema, 200000, "flows"),
  layout: z.optional(z.record(z.string(), BoxSchema)),
});

export type Design = z.infer<typeof DesignSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Context = z.infer<typeof ContextSchema>;
export type Service = z.infer<typeof ServiceSchema>;
export type Instance = z.infer<typeof InstanceSchema>;
export type Endpoint = z.infer<typeof EndpointSchema>;
export type HealthCheck = z.infer<typeof HealthCheckSchema>;
export type Split = z.infer<typeof SplitSchema>;
export type SplitCriterion = (typeof SPLIT_CRITERIA)[number];
export type Database = z.infer<typeof DatabaseSchema>;
export type Broker = z.infer<typeof BrokerSchema>;
export type Gateway = z.infer<typeof GatewaySchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type FlowKind = (typeof FLOW_KINDS)[number];
export type Protocol = (typeof PROTOCOLS)[number];
export type Box = z.infer<typeof BoxSchema>;
export type Point = z.infer<typeof PointSchema>;
export type ElementKind = "context" | "service" | "database" | "broker" | "gateway";
export type AuthType = (typeof AUTH_TYPES)[number];
export type LoadBalancing = (typeof LOAD_BALANCING)[number];
