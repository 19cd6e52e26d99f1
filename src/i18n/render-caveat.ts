/**
 * An export caveat in the reader's language, from its code and params (the
 * core's English `message` for a caveat without a code), and the words an
 * export writes around its caveats, for `ExportOptions.words`: the app's
 * export worker and `seams export --lang` write the file's caveat comments
 * with these.
 */
import type { Caveat, CaveatWords } from "../core/export/types";
import type { Translate } from "./translate";

export function caveatText(t: Translate, caveat: Pick<Caveat, "code" | "params" | "message">): string {
  return caveat.code ? t(`caveat.${caveat.code}`, caveat.params) : caveat.message;
}

/** Why a target cannot export a design (an ExportError), in the reader's language. */
export function exportErrorText(t: Translate, error: { code?: string; params?: Record<string, string | number>; message: string }): string {
  return error.code ? t(`caveat.exportError.${error.code}`, error.params) : error.message;
}

export function caveatWords(t: Translate): CaveatWords {
  return { caveat: (c) => caveatText(t, c), heading: t("caveat.words.heading"), none: t("caveat.words.none"), note: t("caveat.words.note"), label: t("caveat.words.label") };
}
