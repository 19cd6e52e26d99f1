import type { core } from "zod/mini";
import { valueAt } from "./field-path";

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return v.length > 40 ? `the text "${v.slice(0, 37)}..."` : `the text ${JSON.stringify(v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

/**
 * A zod issue in plain words. The schema carries its own messages for most
 * rules; this fills in the ones zod words generically ("Invalid input").
 */
export function describeIssue(issue: core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
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
