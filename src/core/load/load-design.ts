import { DesignSchema, FORMAT, FORMAT_VERSION, type Design } from "../model/schema";
import { checkDesign } from "./check-design";
import { findOversizedLayout, findOversizedList } from "./check-sizes";
import { describeIssue } from "./describe-issue";
import { formatPath } from "./field-path";
import { loadError, type LoadError } from "./load-error";
import { migrateDocument } from "./migrate";

/** A warning as data (code and params) for a catalog; `warnings` keeps its English, in the same order. */
export type LoadNote = { code: "dropped-layout"; params: { count: number; ids: string } };

export type LoadResult =
  | { ok: true; design: Design; warnings: string[]; notes?: LoadNote[] }
  | { ok: false; errors: LoadError[] };

/** Text larger than this is refused before parsing (a 50,000-service design is about 15 MB). */
export const MAX_DOCUMENT_CHARS = 32 * 1024 * 1024;
const MAX_ERRORS = 50;
/**
 * The schema's fast path for valid designs (`fast-parse.ts`), when the host
 * installed it with `installFastLoader()`: the command line and the app's load
 * worker do; the app's first chunk, which imports this module, stays without
 * it. It returns the design the schema would, or undefined to leave the
 * document to the schema. `owned`: the document is the loader's own
 * JSON.parse result, which the design may share.
 */
let fastPath: ((doc: unknown, owned: boolean) => Design | undefined) | undefined;

/** Installs (or, with undefined, removes) the fast path; see `installFastLoader`. */
export function setLoaderFastPath(path: typeof fastPath): void {
  fastPath = path;
}

function fail(errors: LoadError[]): LoadResult {
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    errors = [...errors.slice(0, MAX_ERRORS), loadError("", "more-problems", `...and ${more} more ${more === 1 ? "problem" : "problems"}`, { count: more })];
  }
  return { ok: false, errors };
}

/**
 * The one gate for every design from outside (file, URL, storage, command
 * line): parse -> migrate -> list lengths -> schema -> reference checks.
 * Never throws.
 * @example
 *   const r = loadDesign(text);
 *   if (!r.ok) show(r.errors.map(formatLoadError)); // "flows[3].to: no element "x" in this design"
 */
export function loadDesign(input: unknown): LoadResult {
  let raw: unknown = input;
  if (typeof input === "string") {
    if (input.length > MAX_DOCUMENT_CHARS) return fail([loadError("", "too-large", `the document is too large (${input.length} characters; at most ${MAX_DOCUMENT_CHARS})`, { chars: input.length, max: MAX_DOCUMENT_CHARS })]);
    if (input.trim() === "") return fail([loadError("", "empty", "the document is empty")]);
    try {
      raw = JSON.parse(input);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return fail([loadError("", "not-json", `not JSON: ${detail}`, { detail })]);
    }
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return fail([
      loadError("", "not-object", `a design must be a JSON object, not ${raw === null ? "null" : Array.isArray(raw) ? "a list" : typeof raw}`, { got: raw === null ? "null" : Array.isArray(raw) ? "list" : typeof raw }),
    ]);

  const doc = raw as Record<string, unknown>;
  if (doc.format === undefined) return fail([loadError("format", "format-missing", `is missing: not a Seams design (expected "format": "${FORMAT}")`, { expected: FORMAT })]);
  if (doc.format !== FORMAT)
    return fail([loadError("format", "format-wrong", `not a Seams design: format is ${JSON.stringify(doc.format).slice(0, 60)}, expected "${FORMAT}"`, { got: JSON.stringify(doc.format).slice(0, 60), expected: FORMAT })]);
  if (doc.version === undefined) return fail([loadError("version", "version-missing", `is missing (this Seams reads version ${FORMAT_VERSION})`, { current: FORMAT_VERSION })]);
  if (typeof doc.version !== "number" || !Number.isInteger(doc.version) || doc.version < 1)
    return fail([loadError("version", "version-invalid", `must be a whole number from 1, not ${JSON.stringify(doc.version).slice(0, 40)}`, { got: JSON.stringify(doc.version).slice(0, 40) })]);
  if (doc.version > FORMAT_VERSION)
    return fail([
      loadError("version", "version-newer", `this design was saved by a newer Seams (format version ${doc.version}); this Seams reads version ${FORMAT_VERSION} and older. Update Seams to open it.`, { version: doc.version, current: FORMAT_VERSION }),
    ]);

  const migrated = migrateDocument(doc, doc.version);
  if (migrated.version !== FORMAT_VERSION)
    return fail([loadError("version", "version-unmigratable", `format version ${doc.version} cannot be migrated to ${FORMAT_VERSION}`, { version: doc.version, current: FORMAT_VERSION })]);

  // Lengths first: refusing 300,000 flows must not cost validating each of them. The layout (a record, with no
  // limit in the schema) is counted here; the fast path reads each list's length before its items (the schema
  // states the same limits), so it hands an overlong list on at once, to be refused by length below.
  const layoutTooLarge = findOversizedLayout(migrated.doc);
  if (layoutTooLarge) return fail([layoutTooLarge]);
  // A valid design takes the fast path, when installed (same output as the schema, see fast-parse.ts).
  const fast = fastPath?.(migrated.doc, typeof input === "string");
  const oversized = fast === undefined ? findOversizedList(migrated.doc) : undefined;
  if (oversized) return fail([oversized]);

  // What the fast path did not accept, the schema judges and words.
  const parsed = fast !== undefined ? { success: true as const, data: fast } : DesignSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), ...describeIssue(issue, migrated.doc) })));
  }
  const design = parsed.data;
  const { errors, staleLayout } = checkDesign(design);
  if (errors.length) return fail(errors);

  const warnings: string[] = [];
  const notes: LoadNote[] = [];
  if (staleLayout.length && design.layout) {
    for (const id of staleLayout) delete design.layout[id];
    const ids = `${staleLayout.slice(0, 5).join(", ")}${staleLayout.length > 5 ? ", ..." : ""}`;
    warnings.push(`dropped layout for ${staleLayout.length} unknown ${staleLayout.length === 1 ? "element" : "elements"} (${ids})`);
    notes.push({ code: "dropped-layout", params: { count: staleLayout.length, ids } });
  }
  return { ok: true, design, warnings, notes };
}
