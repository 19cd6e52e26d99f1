/** localStorage keys. Changing them loses users' work: add, never rename. */
export const KEY_CURRENT = "seams.current";
export const KEY_RECENT = "seams.recent";
export const docKey = (docId: string) => `seams.doc.${docId}`;
export const historyKey = (docId: string) => `seams.history.${docId}`;
export const KEY_KEPT_PREFIX = "seams.kept.";
