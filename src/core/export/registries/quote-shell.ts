/**
 * One POSIX sh word for any text: single quotes keep everything literal
 * (`$`, backticks, `;`, newlines), and a quote inside is closed, escaped and
 * reopened. The only safe way to hand free text to a shell.
 * @example quoteShell("it's") === `'it'\\''s'`
 */
export function quoteShell(text: string): string {
  // sh cannot carry NUL in a word at all; callers pass JSON, which escapes it.
  if (text.includes("\0")) throw new Error("a shell word cannot contain NUL");
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Text as `# ` comment lines for sh or YAML: every line break starts a new
 * comment line, so no text can end the comment and become code.
 */
export function commentLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).map((line) => `# ${line}`.trimEnd());
}
