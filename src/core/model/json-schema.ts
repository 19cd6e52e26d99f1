import * as z from "zod/mini";
import { DesignSchema } from "./schema";

/** The design format as JSON Schema (draft 2020-12), generated from the zod schema so the two never drift. */
export function designJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DesignSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: "https://seams.example/schema/design-v1.json",
    title: "Seams design (format version 1)",
    description: "A microservice architecture design: bounded contexts, services, databases, brokers, gateways and the flows between them. Cross-field rules (unique ids, references, flow endpoints) are checked by Seams' loader.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
