/** A quota error, however the browser names it (localStorage throws, IndexedDB aborts with a DOMException named QuotaExceededError). */
export function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === "QuotaExceededError" || e.code === 22);
}
