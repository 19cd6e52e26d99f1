/**
 * Free text (names, descriptions, labels, event names) as a quoted string in
 * the diagram languages. Each language has its own quoting, and none of them
 * keeps a line break inside a one-line statement, so every helper first
 * flattens line breaks and control characters (as commentText does) and then
 * escapes what its language would read as structure.
 */
import { commentText } from "./comment-text";

/**
 * The text a diagram shows: one line (commentText), and well-formed Unicode,
 * a lone surrogate half becoming U+FFFD as every UTF-8 tool would make it.
 * @example diagramText("a\nb\ud800") === "a b\ufffd"
 */
export function diagramText(text: string, max = 200): string {
  return commentText(text, max).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
const flat = diagramText;
const code = (c: string) => `#${c.codePointAt(0)};`;

/**
 * Mermaid: the text for `["..."]` and `|"..."|`. Mermaid decodes `#35;`-style
 * entity codes in labels, so quotes, `#`, markup and separators become codes.
 * @example quoteMermaid('say "hi" <b>') === '"say #34;hi#34; #60;b#62;"'
 */
export function quoteMermaid(text: string, max = 200): string {
  return `"${flat(text, max).replace(/["#&<>`;|{}[\]\\%]/g, code)}"`;
}

/**
 * Mermaid subgraph titles: Mermaid (12.x) does not decode entity codes there,
 * (it turns `#quot;` into a placeholder it never turns back), so the few
 * characters that would end the string, read as markup or start an entity
 * code are replaced by look-alikes (" and ` by ', < and > by ‹ and ›, # by ＃).
 * @example quoteMermaidTitle('a "b" <i>') === "\"a 'b' ‹i›\""
 */
export function quoteMermaidTitle(text: string, max = 200): string {
  return `"${flat(text, max).replace(/["`]/g, "'").replace(/</g, "‹").replace(/>/g, "›").replace(/#/g, "＃")}"`;
}

/**
 * PlantUML: an argument of a C4 macro, `"..."`. The preprocessor expands `$x`,
 * `%fn()` and `!x` and the quotes end at `"`, so those (and creole markup
 * characters) become `<U+XXXX>` code points, which PlantUML draws as the character.
 * @example quotePlantuml('a "b" $c') === '"a <U+0022>b<U+0022> <U+0024>c"'
 */
export function quotePlantuml(text: string, max = 200): string {
  const u = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`;
  // Creole markup is doubled characters (--strike--, __under__, //italic//): the second of a pair is enough.
  const escaped = flat(text, max).replace(/["$%!\\<>~[\]{}|^@&#*=`]/g, u).replace(/([-_/])(?=[-_/])/g, (c) => u(c));
  return `"${escaped}"`;
}

/**
 * A double-quoted string where `\"` and `\\` are the only escapes needed
 * (LikeC4, and the base of the two below).
 * @example quoteDsl('a "b"') === '"a \\"b\\""'
 */
export function quoteDsl(text: string, max = 200): string {
  return `"${flat(text, max).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Structurizr DSL: as quoteDsl, and `${NAME}` (which the DSL substitutes from
 * its constants) has its brace put apart.
 * @example quoteStructurizr("${X}") === '"$ {X}"'
 */
export function quoteStructurizr(text: string, max = 200): string {
  return quoteDsl(text, max).replace(/\$\{/g, "$ {");
}

/**
 * D2: as quoteDsl, and `$` escaped (`\$`), since D2 substitutes `${x}` in
 * double-quoted strings and refuses unknown variables.
 * @example quoteD2("${x}") === '"\\${x}"'
 */
export function quoteD2(text: string, max = 200): string {
  return quoteDsl(text, max).replace(/\$/g, "\\$");
}

/**
 * XML attribute text (draw.io), with line breaks flattened and the two
 * characters XML forbids that diagramText leaves (U+FFFE, U+FFFF) replaced.
 * @example escapeXml('<a & "b">') === "&lt;a &amp; &quot;b&quot;&gt;"
 */
export function escapeXml(text: string, max = 400): string {
  return flat(text, max)
    .replace(/[\ufffe\uffff]/g, "\ufffd")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}
