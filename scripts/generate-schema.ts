/**
 * Writes public/schema/design-v1.json from the zod schema, so editors can
 * autocomplete and check design files. `npm run schema`; a unit test fails
 * when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { designJsonSchema } from "../src/core/model/json-schema";

const out = new URL("../public/schema/design-v1.json", import.meta.url);
writeFileSync(out, JSON.stringify(designJsonSchema(), null, 2) + "\n");
process.stdout.write(`wrote ${out.pathname}\n`);
