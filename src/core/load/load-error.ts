/**
 * Why a document was refused, as a code and its params, so the app and the
 * CLI can word it in the reader's language (`renderLoadError` in
 * `src/i18n`). Codes are a contract like finding codes: add, never rename.
 */
export const LOAD_ERROR_CODES = [
  "too-large",
  "empty",
  "not-json",
  "not-object",
  "format-missing",
  "format-wrong",
  "version-missing",
  "version-invalid",
  "version-newer",
  "version-unmigratable",
  "list-too-long",
  "layout-too-long",
  "more-problems",
  "duplicate-id",
  "no-context",
  "not-a-context",
  "no-element",
  "endpoint-is-flow",
  "self-flow",
  "connect-context",
  "database-calls",
  "broker-delivers-to",
  "gateway-routes-to",
  "cannot-call",
  "kind-required",
  "protocol-async",
  "protocol-sync",
  "route-taken",
  "required",
  "wrong-type",
  "not-whole",
  "not-allowed",
  "empty-text",
  "too-many-chars",
  "too-many-items",
  "too-small",
  "too-big",
  "not-more-than",
  "bad-id",
  "bad-path",
  "bad-duration",
  "bad-host",
  "bad-origin",
  "invalid",
] as const;
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[number];

/** What a value found in a document was, for "must be X, not <value>": kind picks the words, `value` is what to quote. */
export type ValueKind = "null" | "list" | "object" | "text" | "number" | "boolean" | "other";

/** One reason a document was refused: where (a field path, "" for the whole document) and what, in plain words. */
export interface LoadError {
  path: string;
  /** English, for logs, JSON output and scripts that read it (a public contract: kept beside `code`). */
  message: string;
  /** What went wrong, for a catalog: `load.<code>` is its message, filled with `params`. */
  code?: LoadErrorCode;
  params?: Record<string, string | number>;
}

/** "flows[3].to: no element "x" in this design" — the one-line form the CLI and the app show. */
export function formatLoadError(e: LoadError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}

/** A load error with its code beside the English message. */
export function loadError(path: string, code: LoadErrorCode, message: string, params?: Record<string, string | number>): LoadError {
  return params ? { path, message, code, params } : { path, message, code };
}
