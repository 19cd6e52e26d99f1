/**
 * Multi-document YAML, readable by YAML 1.1 and 1.2 parsers alike (Kubernetes
 * and Backstage tooling still resolve `no`, `on`, `y` as booleans; `0o17`,
 * `1e3` change type in 1.2). Any string that is not plainly a word, id or path
 * is double-quoted, so free text can never become a key, an anchor, an alias,
 * a tag or a comment.
 *
 * The output is defined as what the `yaml` library prints (`stringifyYamlByLibrary`),
 * but building its document tree costs 2 s for the 20,000 documents of a
 * 10,000-service Kubernetes export. `stringifyYaml` writes the same bytes
 * directly for the values exports produce (maps, lists, strings, integers,
 * booleans) and hands any other document to the library; a property test
 * holds the two byte-identical.
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

const needsQuotes = (s: string) => !PLAIN_SAFE.test(s) || YAML11_SPECIAL.test(s);
const commentBlock = (comments: readonly string[]) => comments.map((c) => ` ${commentText(c, 400)}`).join("\n");

/**
 * The documents as one YAML stream, each starting with `---`.
 * @example stringifyYaml([{ value: { a: "no" } }]) === '---\na: "no"\n'
 */
export function stringifyYaml(docs: readonly YamlDocument[]): string {
  const out: string[] = [];
  for (const doc of docs) if (!writeDocument(doc, out)) out.push(stringifyYamlByLibrary([doc]));
  return out.join("");
}

/** The reference: the `yaml` library with the quoting rule above. Slow on large streams. */
export function stringifyYamlByLibrary(docs: readonly YamlDocument[]): string {
  return docs
    .map(({ value, comments }) => {
      const doc = new Document(value, { aliasDuplicateObjects: false });
      visit(doc, {
        Scalar(_key, node) {
          if (typeof node.value === "string" && needsQuotes(node.value)) node.type = "QUOTE_DOUBLE";
        },
      });
      if (isScalar(doc.contents) && typeof doc.contents.value === "string") doc.contents.type = "QUOTE_DOUBLE";
      if (comments && comments.length > 0) doc.commentBefore = commentBlock(comments);
      // Every Document owns its directives; `---` starts each one, so the stream splits the same way in every parser.
      doc.directives!.docStart = true;
      return doc.toString({ lineWidth: 0 });
    })
    .join("");
}

/** Thrown inside the writer for a value it does not write the library's way; the document goes to the library. */
const UNSUPPORTED = Symbol("unsupported");

/** Appends the document to `out`, or leaves `out` as it was and returns false when the library must write it. */
function writeDocument({ value, comments }: YamlDocument, out: string[]): boolean {
  if (!isPlainObject(value) && !Array.isArray(value)) return false;
  const mark = out.length;
  // The library's comment rule: `#` before each line, a line of one space becomes `#`.
  if (comments && comments.length > 0) out.push(commentBlock(comments).replace(/^(?!$)(?: $)?/gm, "#"), "\n");
  out.push("---\n");
  try {
    writeBlock(value, "", out);
  } catch (e) {
    if (e !== UNSUPPORTED) throw e;
    out.length = mark;
    return false;
  }
  out.push("\n");
  return true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Indentation strings by depth, and each with a line break before it: made once, not per collection (20,000 documents' worth of garbage). */
const INDENTS: string[] = [""];
const BREAKS: string[] = ["\n"];
const deeper = (indent: string) => INDENTS[indent.length / 2 + 1] ?? (INDENTS[indent.length / 2 + 1] = `${indent}  `);
const lineBreak = (indent: string) => BREAKS[indent.length / 2] ?? (BREAKS[indent.length / 2] = `\n${indent}`);

/** A collection in block style; `indent` is the collection's own indentation (the library's `ctx.indent`). */
function writeBlock(value: Record<string, unknown> | unknown[], indent: string, out: string[]): void {
  const inner = deeper(indent);
  const nl = lineBreak(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push("[]");
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (i > 0) out.push(nl);
      out.push("- ");
      if (isCollection(item)) writeBlock(item, inner, out);
      else out.push(writeScalar(item, inner));
    }
    return;
  }
  let first = true;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = value[key];
    if (v === undefined) throw UNSUPPORTED;
    const k = writeKey(key);
    // A key over 1,024 characters becomes an explicit `? key` in the library.
    if (k.length > 1024) throw UNSUPPORTED;
    if (!first) out.push(nl);
    first = false;
    if (!isCollection(v)) out.push(k, ": ", writeScalar(v, inner));
    else {
      if (isEmpty(v)) out.push(k, ": ");
      else out.push(k, ":", lineBreak(inner));
      writeBlock(v, inner, out);
    }
  }
  if (first) out.push("{}");
}

/** Exports repeat the same few keys thousands of times: each is judged once. */
const KEYS = new Map<string, string>();
function writeKey(key: string): string {
  let k = KEYS.get(key);
  if (k === undefined) {
    k = needsQuotes(key) ? doubleQuoted(key, "", true) : key;
    if (KEYS.size < 10_000) KEYS.set(key, k);
  }
  return k;
}

function isCollection(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  if (isPlainObject(v)) return true;
  if (v !== null && typeof v === "object") throw UNSUPPORTED;
  return false;
}

function isEmpty(v: Record<string, unknown> | unknown[]): boolean {
  if (Array.isArray(v)) return v.length === 0;
  for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k)) return false;
  return true;
}

/** A scalar as a map value or list item, whose own indentation is `indent`. */
function writeScalar(v: unknown, indent: string): string {
  if (typeof v === "string") return needsQuotes(v) ? doubleQuoted(v, indent, false) : v;
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number" && Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
  throw UNSUPPORTED;
}

const NAMED_ESCAPES: Record<string, string> = { "0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_", "2028": "\\L", "2029": "\\P" };

/**
 * The library's double-quoted scalar (`doubleQuotedString` in yaml 2.x) with
 * line folding off (`lineWidth: 0`): JSON's escapes, YAML's short forms for a
 * few code points, and in a value of 40 characters or more each line break
 * written as a real one (a blank line folds to one break), indented.
 */
function doubleQuoted(value: string, indent: string, implicitKey: boolean): string {
  const json = JSON.stringify(value);
  if (!json.includes("\\")) return json;
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      // A space before a line break is escaped, or folding would eat it.
      str += `${json.slice(start, i)}\\ `;
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch !== "\\") continue;
    const next = json[i + 1];
    if (next === "u") {
      str += json.slice(start, i);
      const code = json.substr(i + 2, 4);
      str += NAMED_ESCAPES[code] ?? (code.startsWith("00") ? `\\x${code.slice(2)}` : json.substr(i, 6));
      i += 5;
      start = i + 1;
    } else if (next === "n") {
      if (implicitKey || json[i + 2] === '"' || json.length < 40) i += 1;
      else {
        str += `${json.slice(start, i)}\n\n`;
        while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
          str += "\n";
          i += 2;
        }
        str += indent;
        if (json[i + 2] === " ") str += "\\";
        i += 1;
        start = i + 1;
      }
    } else i += 1;
  }
  return start ? str + json.slice(start) : json;
}
