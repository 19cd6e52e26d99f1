/**
 * Multi-document YAML through the `yaml` library, readable by YAML 1.1 and 1.2
 * parsers alike (Kubernetes and Backstage tooling still resolve `no`, `on`,
 * `y` as booleans; `0o17`, `1e3` change type in 1.2). Any string that is not
 * plainly a word, id or path is double-quoted, so free text can never become a
 * key, an anchor, an alias, a tag or a comment.
 */
import { Document, isScalar, visit } from "yaml";
import { commentText } from "../escape/comment-text";

export interface YamlDocument {
  value: unknown;
  /** Comment lines above the document, each flattened to one line (the library prefixes each with `#`). */
  comments?: readonly string[];
}

/** Plain-safe in both YAML versions: starts with a letter or `/`, then word characters. */
const PLAIN_SAFE = /^[A-Za-z/][A-Za-z0-9_./-]*$/;
/** YAML 1.1 booleans and nulls that the pattern above would let through plain. */
const YAML11_SPECIAL = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/**
 * The documents as one YAML stream, each starting with `---`.
 * @example stringifyYaml([{ value: { a: "no" } }]) === '---\na: "no"\n'
 */
export function stringifyYaml(docs: readonly YamlDocument[]): string {
  return docs
    .map(({ value, comments }) => {
      const doc = new Document(value, { aliasDuplicateObjects: false });
      visit(doc, {
        Scalar(_key, node) {
          if (typeof node.value === "string" && (!PLAIN_SAFE.test(node.value) || YAML11_SPECIAL.test(node.value))) node.type = "QUOTE_DOUBLE";
        },
      });
      if (isScalar(doc.contents) && typeof doc.contents.value === "string") doc.contents.type = "QUOTE_DOUBLE";
      if (comments && comments.length > 0) doc.commentBefore = comments.map((c) => ` ${commentText(c, 400)}`).join("\n");
      // Every Document owns its directives; `---` starts each one, so the stream splits the same way in every parser.
      doc.directives!.docStart = true;
      return doc.toString({ lineWidth: 0 });
    })
    .join("");
}
