/**
 * Text matched literally inside a PCRE / JavaScript regular expression
 * (nginx `rewrite`, HAProxy `-m reg`): every metacharacter gets a backslash.
 * @example escapeRegex("/api/users/{id}") === "/api/users/\\{id\\}"
 */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
}
