/**
 * One HAProxy configuration word. Plain words pass as they are; otherwise
 * single quotes (inside them nothing is special, not even `$` or `#`), and
 * double quotes with `\`, `"`, `$` and `#` escaped when the text holds a `'`.
 * Line breaks end a statement whatever the quoting, so they are refused.
 * @example quoteHaproxy("Authorization, Content-Type") === "'Authorization, Content-Type'"
 */
export function quoteHaproxy(text: string): string {
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new Error(`cannot put ${JSON.stringify(text)} in an HAProxy config`);
  if (/^[A-Za-z0-9_/.:~@+=,*-]+$/.test(text)) return text;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/[\\"$#]/g, (c) => `\\${c}`)}"`;
}
