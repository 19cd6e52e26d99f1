/**
 * Free text (names, labels, descriptions) made safe for a line comment in any
 * target: `#` in nginx, HAProxy, YAML and shell. A comment ends at a line
 * break, so a name containing one could otherwise start a live directive on
 * the next line; every control or line-separator character becomes a space.
 * @example commentText("shop\n}\nserver {") === "shop } server {"
 */
export function commentText(text: string, maxLength = 120): string {
  // C0/C1 controls, DEL, and the Unicode line/paragraph separators (U+2028,
  // U+2029, U+0085 is in C1) that some editors and parsers treat as newlines.
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

/** Several lines of free text as comment lines with the given prefix (`# `), each made safe by `commentText`. */
export function commentLines(lines: readonly string[], prefix = "# ", maxLength = 400): string {
  return lines.map((l) => `${prefix}${commentText(l, maxLength)}`.trimEnd()).join("\n");
}
