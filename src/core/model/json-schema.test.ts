import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import { designJsonSchema } from "./json-schema";
import { TEMPLATES } from "../templates/index";

const published = JSON.parse(readFileSync(new URL("../../../public/schema/design-v1.json", import.meta.url), "utf8")) as Record<string, unknown>;

describe("the published JSON Schema", () => {
  it("is the one generated from the zod schema (run `npm run schema` after changing it)", () => {
    expect(published).toEqual(designJsonSchema());
  });

  it("accepts every template and rejects what the schema rejects", () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(published);
    for (const t of TEMPLATES) expect(validate(t.create()), t.id).toBe(true);
    expect(validate({ format: "seams-design", version: 1, name: "x", services: [{ id: "Bad Id", name: "x" }] })).toBe(false);
    expect(validate({ format: "other", version: 1, name: "x" })).toBe(false);
  });
});
