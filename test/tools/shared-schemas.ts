/**
 * Validators for the official schemas vendored under test/schemas (each with
 * its SOURCE.md: upstream URL, version, licence). A missing schema is an
 * error with the path it looked at, never a skipped check.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import Ajv2019 from "ajv/dist/2019";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const schemasDir = path.join(repoRoot, "test", "schemas");

function readSchema(relative: string): object {
  const file = path.join(schemasDir, relative);
  if (!existsSync(file)) throw new Error(`schema not found at ${file}: the official schemas are vendored under ${schemasDir}`);
  return JSON.parse(readFileSync(file, "utf8")) as object;
}

export type Validate = (data: unknown) => { valid: boolean; errors: string[] };

function wrap(validate: ValidateFunction): Validate {
  return (data) => {
    const valid = validate(data) as boolean;
    return { valid, errors: (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`) };
  };
}

let kong: Validate | undefined;
let krakend: Validate | undefined;
let sarif: Validate | undefined;
let apisix: Validate | undefined;
let traefik: Validate | undefined;

/** decK's schema for Kong state files (draft-04). */
export function kongValidator(): Validate {
  return (kong ??= wrap(new AjvDraft04({ strict: false, allErrors: true }).compile(readSchema("kong/kong_json_schema.decK.json"))));
}

/** KrakenD's schema v2.13 (2019-09); its patterns use syntax the `u` flag rejects. */
export function krakendValidator(): Validate {
  return (krakend ??= wrap(new Ajv2019({ strict: false, allErrors: true, unicodeRegExp: false }).compile(readSchema("krakend/krakend-v2.13.json"))));
}

/**
 * SARIF 2.1.0 (draft-04), as `seams check --format sarif` writes it, with its
 * formats checked (`uri` for helpUri, ...); one of its patterns is invalid
 * with the `u` flag.
 */
export function sarifValidator(): Validate {
  if (sarif) return sarif;
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return (sarif = wrap(ajv.compile(readSchema("sarif/sarif-2.1.0-rtm.5.json"))));
}

/**
 * The APISIX standalone schema written for these tests from APISIX's
 * documentation (draft-07; see apisix/SOURCE.md: APISIX publishes no JSON Schema).
 */
export function apisixValidator(): Validate {
  return (apisix ??= wrap(new Ajv({ strict: false, allErrors: true }).compile(readSchema("apisix/apisix-standalone.schema.json"))));
}

/** SchemaStore's Traefik v3 file-provider schema (draft-07). */
export function traefikValidator(): Validate {
  return (traefik ??= wrap(new Ajv({ strict: false, allErrors: true }).compile(readSchema("traefik/traefik-v3-file-provider.json"))));
}
