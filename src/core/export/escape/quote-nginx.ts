/**
 * One nginx configuration argument. Plain words pass as they are; anything
 * else is double-quoted with `\` and `"` escaped. nginx has no escape for `$`
 * (it always starts a variable) and a quoted line break would still be a line
 * break in the value, so both are refused: callers pass validated ids, hosts,
 * paths and origins, and this is the last guard.
 * @example quoteNginx("/api/users/{id}") === "\"/api/users/{id}\""
 */
export function quoteNginx(text: string): string {
  if (/[$\u0000-\u001f\u007f]/.test(text)) throw new Error(`cannot put ${JSON.stringify(text)} in an nginx config`);
  if (/^[A-Za-z0-9_/.:~@+=,*-]+$/.test(text)) return text;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
