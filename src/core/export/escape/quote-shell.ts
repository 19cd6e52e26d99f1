/**
 * One POSIX shell word that the shell passes through unchanged: single-quoted,
 * with each `'` written as `'\''`. Nothing inside single quotes is special
 * (`$`, backticks, `\`, newlines), so this is safe for any text but NUL, which
 * no shell argument can hold.
 * @example quoteShell("it's $HOME") === "'it'\\''s $HOME'"
 */
export function quoteShell(text: string): string {
  if (text.includes("\u0000")) throw new Error("a shell argument cannot contain a NUL character");
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
