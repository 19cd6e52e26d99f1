/**
 * The Traefik v3 file-provider schema vendored under test/schemas/traefik
 * (SchemaStore's; see its SOURCE.md), compiled once with Ajv (draft-07).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../schemas/traefik/traefik-v3-file-provider.json");
let validate: ((data: unknown) => { valid: boolean; errors: string[] }) | undefined;

export function traefikValidator(): (data: unknown) => { valid: boolean; errors: string[] } {
  if (!validate) {
    const compiled = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(file, "utf8")) as object);
    validate = (data) => {
      const valid = compiled(data) as boolean;
      return { valid, errors: (compiled.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}`) };
    };
  }
  return validate;
}
