/** localStorage keys. Changing them loses users' work: add, never rename. */
export const KEY_CURRENT = "seams.current";
export const KEY_RECENT = "seams.recent";
export const docKey = (docId: string) => `seams.doc.${docId}`;
export const historyKey = (docId: string) => `seams.history.${docId}`;
export const KEY_KEPT_PREFIX = "seams.kept.";
/** The index of a document's saved versions (small: rev, time, name, size). */
export const versionsKey = (docId: string) => `seams.versions.${docId}`;
/** One saved version, stored as the document envelope it was saved as. */
export const versionKey = (docId: string, rev: number) => `seams.version.${docId}.${rev}`;
/** A document's undo history, as saved with its latest revision (undo-store.ts). */
export const undoKey = (docId: string) => `seams.undo.${docId}`;
