/**
 * Envoy has no binary here, so its configs are checked against Envoy's own
 * API: the official proto descriptors (envoy/config/bootstrap/v3 and every
 * extension) that @grpc/grpc-js-xds ships, loaded with protobufjs. The check
 * follows the protobuf JSON mapping Envoy uses to read YAML/JSON: every key
 * must be a field of its message (by name or JSON name), values must have the
 * field's type, enums must name a value, `Any` must name a known type with
 * `@type`, durations must be protobuf Durations ("0.1s", never "100ms"), at
 * most one field of a oneof may be set, fields and oneofs that Envoy's
 * validation rules mark required must be present, and strings must meet
 * their rules' patterns and minimum lengths.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import protobuf from "protobufjs";

const require = createRequire(import.meta.url);
const deps = path.join(path.dirname(require.resolve("@grpc/grpc-js-xds/package.json")), "deps");
// protobufjs carries google/protobuf/descriptor.proto; any.proto, duration.proto and the like are built into it.
const INCLUDE = [...["envoy-api", "xds", "googleapis", "protoc-gen-validate"].map((d) => path.join(deps, d)), path.dirname(require.resolve("protobufjs/package.json"))];

const FILES = [
  "envoy/config/bootstrap/v3/bootstrap.proto",
  "envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto",
  "envoy/extensions/filters/http/router/v3/router.proto",
  "envoy/extensions/filters/http/local_ratelimit/v3/local_rate_limit.proto",
  "envoy/extensions/filters/http/jwt_authn/v3/config.proto",
  "envoy/extensions/filters/http/ext_authz/v3/ext_authz.proto",
  "envoy/extensions/filters/http/cors/v3/cors.proto",
];

let root: protobuf.Root | undefined;

function load(): protobuf.Root {
  if (root) return root;
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => {
    if (path.isAbsolute(target) || target in protobuf.common) return target;
    for (const dir of INCLUDE) {
      const candidate = path.join(dir, target);
      if (existsSync(candidate)) return candidate;
    }
    return target;
  };
  r.loadSync(FILES, { keepCase: true });
  r.resolveAll();
  return (root = r);
}

const DURATION = /^-?\d+(\.\d{1,9})?s$/;
const WRAPPERS: Record<string, string> = { "google.protobuf.UInt32Value": "uint32", "google.protobuf.UInt64Value": "uint64", "google.protobuf.Int32Value": "int32", "google.protobuf.Int64Value": "int64", "google.protobuf.BoolValue": "bool", "google.protobuf.StringValue": "string", "google.protobuf.DoubleValue": "double", "google.protobuf.FloatValue": "float" };

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const fullName = (t: protobuf.ReflectionObject) => t.fullName.replace(/^\./, "");

function checkScalar(type: string, value: unknown, at: string, errors: string[]) {
  const ok =
    type === "string" || type === "bytes" ? typeof value === "string"
    : type === "bool" ? typeof value === "boolean"
    : type === "double" || type === "float" ? typeof value === "number"
    : type === "int32" || type === "sint32" || type === "sfixed32" ? Number.isInteger(value)
    : type === "uint32" || type === "fixed32" ? Number.isInteger(value) && (value as number) >= 0
    : type.includes("64") ? Number.isInteger(value) || (typeof value === "string" && /^-?\d+$/.test(value))
    : false;
  if (!ok) errors.push(`${at}: ${JSON.stringify(value)} is not a ${type}`);
}

function checkValue(field: protobuf.Field, value: unknown, at: string, errors: string[]) {
  const resolved = field.resolvedType;
  if (!resolved) {
    // Envoy's own validation rules on strings (protoc-gen-validate): patterns and minimum lengths.
    const pattern = field.options?.["(validate.rules).string.pattern"] as string | undefined;
    if (typeof value === "string" && pattern && !new RegExp(pattern).test(value)) errors.push(`${at}: ${JSON.stringify(value)} does not match Envoy's pattern ${pattern}`);
    const minLen = field.options?.["(validate.rules).string.min_len"] as number | undefined;
    if (typeof value === "string" && minLen !== undefined && value.length < minLen) errors.push(`${at}: shorter than ${minLen}`);
    return checkScalar(field.type, value, at, errors);
  }
  if (resolved instanceof protobuf.Enum) {
    if (!(typeof value === "string" ? value in resolved.values : Number.isInteger(value))) errors.push(`${at}: ${JSON.stringify(value)} is not a value of ${fullName(resolved)}`);
    return;
  }
  checkMessage(resolved as protobuf.Type, value, at, errors);
}

function checkMessage(type: protobuf.Type, value: unknown, at: string, errors: string[]) {
  const name = fullName(type);
  if (name === "google.protobuf.Duration") {
    if (typeof value !== "string" || !DURATION.test(value)) errors.push(`${at}: ${JSON.stringify(value)} is not a protobuf Duration such as "0.1s"`);
    return;
  }
  if (name in WRAPPERS) return checkScalar(WRAPPERS[name]!, value, at, errors);
  if (name === "google.protobuf.Struct" || name === "google.protobuf.Value") return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    errors.push(`${at}: expected a ${name} object`);
    return;
  }
  let entries = Object.entries(value as Record<string, unknown>);
  let target = type;
  if (name === "google.protobuf.Any") {
    const url = (value as Record<string, unknown>)["@type"];
    const inner = typeof url === "string" ? load().lookup(url.replace(/^.*\//, "")) : null;
    if (!(inner instanceof protobuf.Type)) {
      errors.push(`${at}: @type ${JSON.stringify(url)} is not a known message type`);
      return;
    }
    target = inner;
    entries = entries.filter(([k]) => k !== "@type");
  }
  const byName = new Map<string, protobuf.Field>();
  for (const f of target.fieldsArray) {
    byName.set(f.name, f);
    byName.set(camel(f.name), f);
  }
  const setOneofs = new Map<string, string>();
  for (const [key, v] of entries) {
    const field = byName.get(key);
    const here = `${at}.${key}`;
    if (!field) {
      errors.push(`${here}: no such field in ${fullName(target)}`);
      continue;
    }
    if (field.partOf) {
      const prior = setOneofs.get(field.partOf.name);
      if (prior) errors.push(`${here}: oneof ${field.partOf.name} already set by ${prior}`);
      setOneofs.set(field.partOf.name, key);
    }
    if (field instanceof protobuf.MapField) {
      if (typeof v !== "object" || v === null) errors.push(`${here}: expected a map`);
      else for (const [k, item] of Object.entries(v)) checkValue(field, item, `${here}[${k}]`, errors);
    } else if (field.repeated) {
      if (!Array.isArray(v)) errors.push(`${here}: expected a list`);
      else v.forEach((item, i) => checkValue(field, item, `${here}[${i}]`, errors));
    } else checkValue(field, v, here, errors);
  }
  const present = new Set(entries.map(([k]) => byName.get(k)?.name));
  for (const f of target.fieldsArray) {
    // A oneof member's "required" binds only once that member is the one chosen.
    if (!f.partOf && f.options?.["(validate.rules).message.required"] === true && !present.has(f.name)) errors.push(`${at}: ${fullName(target)}.${f.name} is required`);
  }
  for (const o of target.oneofsArray) {
    if (o.options?.["(validate.required)"] === true && !setOneofs.has(o.name)) errors.push(`${at}: one of ${fullName(target)}.${o.name} (${o.oneof.join(", ")}) is required`);
  }
}

/** Checks a config (parsed YAML or JSON) as an `envoy.config.bootstrap.v3.Bootstrap`; the errors name the path. */
export function checkEnvoyBootstrap(config: unknown): string[] {
  const errors: string[] = [];
  checkMessage(load().lookupType("envoy.config.bootstrap.v3.Bootstrap"), config, "$", errors);
  return errors;
}
