/**
 * Puts text on the clipboard. The asynchronous clipboard needs a secure
 * page and the person's permission; where it is refused, the older
 * copy-the-selection command still works on a selected field.
 */
export async function copyText(text: string, selectedField?: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!selectedField) return false;
    selectedField.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}
