import type { core } from "zod/mini";
import { DURATION_PATTERN, HOST_PATTERN, ID_PATTERN, ORIGIN_PATTERN, PATH_PATTERN } from "../model/schema";
import { valueAt } from "./field-path";
import type { LoadError, LoadErrorCode, ValueKind } from "./load-error";

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return v.length > 40 ? `the text "${v.slice(0, 37)}..."` : `the text ${JSON.stringify(v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}

/** The value as params: its kind (the catalog's words for it) and, for text and figures, the value itself. */
function valueParams(v: unknown): { valueKind: ValueKind; value: string } {
  if (v === null) return { valueKind: "null", value: "" };
  if (Array.isArray(v)) return { valueKind: "list", value: "" };
  if (typeof v === "string") return { valueKind: "text", value: v.length > 40 ? `"${v.slice(0, 37)}..."` : JSON.stringify(v) };
  if (typeof v === "object") return { valueKind: "object", value: "" };
  if (typeof v === "number" || typeof v === "boolean") return { valueKind: typeof v as "number" | "boolean", value: String(v) };
  return { valueKind: "other", value: String(v) };
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

/** The format's patterns, by the code that words what they ask for. */
const PATTERN_CODE: [RegExp, LoadErrorCode][] = [
  [ID_PATTERN, "bad-id"],
  [PATH_PATTERN, "bad-path"],
  [DURATION_PATTERN, "bad-duration"],
  [HOST_PATTERN, "bad-host"],
  [ORIGIN_PATTERN, "bad-origin"],
];

type Described = Omit<LoadError, "path">;

/** The code and params of an issue, from zod's own fields (not its English message). */
function codeOf(issue: core.$ZodIssue, value: unknown): Pick<LoadError, "code" | "params"> {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return { code: "required" };
      if (typeof value === "number" && (issue.expected === "int" || issue.expected === "number")) return { code: "not-whole", params: { value } };
      return { code: "wrong-type", params: { expected: issue.expected, ...valueParams(value) } };
    case "invalid_value":
      return { code: "not-allowed", params: { allowed: issue.values.map((v) => JSON.stringify(v)).join(", "), count: issue.values.length, ...valueParams(value) } };
    case "too_small":
      if (issue.origin === "string") return { code: "empty-text" };
      if (issue.origin === "number") return { code: issue.inclusive === false ? "not-more-than" : "too-small", params: { min: Number(issue.minimum) } };
      break;
    case "too_big":
      if (issue.origin === "string") return { code: "too-many-chars", params: { max: Number(issue.maximum) } };
      if (issue.origin === "array") return { code: "too-many-items", params: { max: Number(issue.maximum) } };
      if (issue.origin === "number") return { code: "too-big", params: { max: Number(issue.maximum) } };
      break;
    case "invalid_format": {
      const pattern = (issue as { pattern?: string }).pattern;
      const hit = PATTERN_CODE.find(([re]) => re.source === pattern || String(re) === pattern);
      if (hit) return { code: hit[1] };
      break;
    }
    default:
      break;
  }
  return { code: "invalid" };
}

/**
 * A zod issue in plain words, with a code and params beside them for other
 * languages. The schema carries its own messages for most rules; this fills
 * in the ones zod words generically ("Invalid input").
 */
export function describeIssue(issue: core.$ZodIssue, root: unknown): Described {
  const value = valueAt(root, issue.path);
  return { message: englishOf(issue, value), ...codeOf(issue, value) };
}

function englishOf(issue: core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return "is required";
      if (typeof value === "number" && (issue.expected === "int" || issue.expected === "number")) return `must be a whole number, not ${value}`;
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(value)}`;
    }
    case "invalid_value": {
      if (issue.message && issue.message !== "Invalid input") return `${issue.message} (got ${describeValue(value)})`;
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      return issue.values.length === 1 ? `must be ${allowed}, not ${describeValue(value)}` : `must be one of ${allowed}, not ${describeValue(value)}`;
    }
    default:
      return issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid here";
  }
}
