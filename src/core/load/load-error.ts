/** One reason a document was refused: where (a field path, "" for the whole document) and what, in plain words. */
export interface LoadError {
  path: string;
  message: string;
}

/** "flows[3].to: no element "x" in this design" — the one-line form the CLI and the app show. */
export function formatLoadError(e: LoadError): string {
  return e.path ? `${e.path}: ${e.message}` : e.message;
}
