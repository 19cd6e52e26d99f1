/** Placeholder: local history (recent designs and saved versions) lands here. */
export function HistoryButton() {
  return null;
}
