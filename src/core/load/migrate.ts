/**
 * Named, ordered migrations from older format versions to the current one.
 * Each step takes a document of version N and returns version N+1. There are
 * none yet: version 1 is the first. Old share links and files keep opening
 * because a step is added here, never by changing what version 1 means.
 */
export interface Migration {
  from: number;
  name: string;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

/** Applies every migration from the document's version up; unknown older versions are left for the caller to refuse. */
export function migrateDocument(doc: Record<string, unknown>, version: number): { doc: Record<string, unknown>; version: number } {
  let current = doc;
  let v = version;
  for (const step of MIGRATIONS) {
    if (step.from === v) {
      current = step.migrate(current);
      v += 1;
    }
  }
  return { doc: current, version: v };
}
