import { DesignSchema } from "../model/schema";
import { fastParser, UNSURE } from "./fast-parse";
import { setLoaderFastPath } from "./load-design";

/**
 * Gives `loadDesign` the schema's fast path for valid designs (see
 * fast-parse.ts): same designs and messages, a 10,000-service file loads in a
 * fraction of the time. Called by hosts that load large designs (the command
 * line, the app's load worker); the app's first chunk leaves it out, as
 * every byte there counts against its budget. The parsers are built on the
 * first load.
 * @example installFastLoader(); loadDesign(text)
 */
export function installFastLoader(): void {
  let copying: ReturnType<typeof fastParser<typeof DesignSchema>> | undefined;
  let owned: typeof copying;
  setLoaderFastPath((doc, isOwned) => {
    const parse = isOwned ? (owned ??= fastParser(DesignSchema, { reuse: true })) : (copying ??= fastParser(DesignSchema));
    const design = parse(doc);
    return design === UNSURE ? undefined : design;
  });
}
