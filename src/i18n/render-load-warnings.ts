/**
 * The loader's warnings in the reader's language: from its notes (code and
 * params) when it gave them, else its English (a result from an older core).
 */
import type { LoadNote } from "../core/load/load-design";
import type { Translate } from "./translate";

export function renderLoadWarnings(t: Translate, result: { warnings: string[]; notes?: LoadNote[] }): string[] {
  return result.notes ? result.notes.map((n) => t(`loadError.note.${n.code}`, n.params)) : result.warnings;
}
