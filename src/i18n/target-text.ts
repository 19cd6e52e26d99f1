/**
 * An export target's title and one-line summary in the reader's language
 * (`exportUi.target.<id>.title|summary`). The core keeps its English for the
 * command line; a target the catalogs do not know yet shows that English
 * rather than a key. Shared by the export dialog and `seams export --list`.
 */
import type { ExportTarget } from "../core/export/types";
import type { Translate } from "./translate";

export function targetText(t: Translate, target: Pick<ExportTarget, "id" | "title" | "summary">): { title: string; summary: string } {
  const word = (field: "title" | "summary") => {
    const key = `exportUi.target.${target.id}.${field}`;
    const text = t(key);
    return text === key ? target[field] : text;
  };
  return { title: word("title"), summary: word("summary") };
}
