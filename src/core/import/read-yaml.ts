/**
 * YAML from outside, read with the `yaml` library under limits: a size cap
 * checked before parsing, few aliases (an alias bomb expands a few hundred
 * bytes into gigabytes), a bounded number of documents. Never throws.
 */
import { parseAllDocuments } from "yaml";

/** Files larger than this are refused before parsing (real manifests are far smaller; `kubectl get all -o yaml` of a big namespace is about 1 MB). */
export const MAX_IMPORT_CHARS = 4 * 1024 * 1024;
/** Aliases per document: Compose files use a handful (`<<: *defaults`); an alias bomb needs thousands. */
export const MAX_ALIASES = 200;
export const MAX_DOCUMENTS = 5000;
/** Flow collections (`[[[...]]]`) nested deeper than this are refused: the parser would recurse until the stack runs out, slowly. */
export const MAX_NESTING = 500;

export type YamlRead = { ok: true; docs: unknown[] } | { ok: false; message: string };

/**
 * Every document of a YAML (or JSON) stream as plain values, empty documents dropped.
 * @example readYaml("a: 1\n---\nb: 2") // { ok: true, docs: [{ a: 1 }, { b: 2 }] }
 */
export function readYaml(text: string): YamlRead {
  if (text.length > MAX_IMPORT_CHARS)
    return { ok: false, message: `the file is too large (${(text.length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB)` };
  if (text.trim() === "") return { ok: false, message: "the file is empty" };
  if (flowDepth(text) > MAX_NESTING) return { ok: false, message: `refused: brackets nested more than ${MAX_NESTING} deep` };
  try {
    const parsed = parseAllDocuments(text, { merge: true, uniqueKeys: false, prettyErrors: true, stringKeys: false });
    const docs = Array.isArray(parsed) ? parsed : [parsed];
    if (docs.length > MAX_DOCUMENTS) return { ok: false, message: `too many YAML documents (${docs.length}; at most ${MAX_DOCUMENTS})` };
    const values: unknown[] = [];
    for (const doc of docs) {
      const error = doc.errors[0];
      if (error) return { ok: false, message: `not valid YAML: ${firstLine(error.message)}` };
      const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
      if (value !== null && value !== undefined) values.push(value);
    }
    return { ok: true, docs: values };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(detail)) return { ok: false, message: `refused: the YAML uses too many aliases (a YAML bomb expands them into a huge document; at most ${MAX_ALIASES})` };
    return { ok: false, message: `not valid YAML: ${firstLine(detail)}` };
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0]!.slice(0, 200);
}

/**
 * The deepest run of open `[` / `{`, counted over the raw text: a bracket in a
 * quoted string counts too, which only matters past hundreds of them.
 */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}
