/** Opens the in-app guide, at a section (`split-score`, `finding-<code>`, `elements`, `keyboard`) or at the top. */
export function openHelp(section?: string): void {
  window.dispatchEvent(new CustomEvent("seams:help", { detail: section }));
}
