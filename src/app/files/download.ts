/** Offers text as a file download (no server involved). */
export function downloadText(fileName: string, text: string, mediaType = "application/json"): void {
  const blob = new Blob([text], { type: `${mediaType};charset=utf-8` });
  downloadBlob(fileName, blob);
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from free text: letters, digits, dot, dash, underscore only. */
export function safeFileName(name: string, fallback = "design"): string {
  const clean = name.trim().replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return clean || fallback;
}
