/**
 * New, open, save and templates. Opening anything goes through the one loader;
 * a bad file leaves the current design exactly as it was and says why.
 */
import type { Design } from "../../core/model/schema";
import { useEditor } from "../store/editor-store";
import { downloadText, safeFileName } from "./download";
import { needsLayout, autoLayout } from "../layout/auto-layout";
import { elementCount, gridLayout, GRID_LAYOUT_ABOVE } from "../layout/grid-layout";
import { reportLoadFailure } from "../ui/LoadBoundary";
import { renderLoadWarnings } from "../../i18n/render-load-warnings";
import { t } from "../i18n/i18n";
import { megabytes } from "./megabytes";

/** Files above this are refused before reading (the loader's own cap is higher; this keeps the tab responsive). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type OpenSource = "file" | "template" | "link" | "new" | "history";

/** Hook for the persistence layer: called before a design replaces the current one (to keep the old one in history). */
let beforeReplace: ((incoming: Design, source: OpenSource) => void) | undefined;
export function onBeforeReplace(fn: typeof beforeReplace): void {
  beforeReplace = fn;
}

export function openDesign(design: Design, source: OpenSource): void {
  beforeReplace?.(design, source);
  if (needsLayout(design) && elementCount(design) > GRID_LAYOUT_ABOVE) {
    // ELK would take long on a design this size: a grid now; Auto-layout stays one click away.
    useEditor.getState().replaceDesign({ ...design, layout: { ...gridLayout(design), ...(design.layout ?? {}) } });
    window.dispatchEvent(new CustomEvent("seams:fit-view"));
    return;
  }
  useEditor.getState().replaceDesign(design);
  if (needsLayout(design)) void autoLayout({ asUndoStep: false });
  else window.dispatchEvent(new CustomEvent("seams:fit-view"));
}

export async function openDesignFile(file: File): Promise<boolean> {
  const { notify } = useEditor.getState();
  if (file.size > MAX_FILE_BYTES) {
    notify({ tone: "error", title: t("notices.file.tooLarge", { file: file.name }), details: [t("notices.file.tooLargeBody", { size: megabytes(file.size), max: MAX_FILE_BYTES / 1e6 })], sticky: true });
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    notify({ tone: "error", title: t("notices.file.unreadable", { file: file.name }), sticky: true });
    return false;
  }
  // In a worker, like links: a large file is checked while the page keeps answering. Loaded on first use.
  const { loadOffThread } = await import("../load/load-off-thread");
  const result = await loadOffThread("file", text);
  if (!result.ok) {
    // The catalogs' renderer for loader errors loads with the first refused document, not with the app.
    const { describeLoadError } = await import("../i18n/describe-load-error");
    notify({ tone: "error", title: t("notices.file.invalid", { file: file.name }), details: result.errors.map(describeLoadError), sticky: true });
    return false;
  }
  openDesign(result.design, "file");
  notify({ tone: "info", title: t("notices.file.opened", { file: file.name }), details: renderLoadWarnings(t, result) });
  return true;
}

export function saveDesignFile(): void {
  const design = useEditor.getState().history.present;
  downloadText(`${safeFileName(design.name)}.seams.json`, JSON.stringify(design, null, 2) + "\n");
}

/** Templates load on first use: their designs are not part of the first page load. */
export async function openTemplate(id: string): Promise<void> {
  let templateById;
  try {
    ({ templateById } = await import("../../core/templates/index"));
  } catch (e) {
    reportLoadFailure(t("notices.load.template"), e, () => void openTemplate(id));
    return;
  }
  const template = templateById(id);
  if (!template) return;
  openDesign(template.create(), id === "blank" ? "new" : "template");
}

/** Opens the file picker: a Seams design, or manifests to import (several at once). */
export function pickDesignFile(): void {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json,.yaml,.yml,application/yaml";
  input.multiple = true;
  input.onchange = () => {
    const files = [...(input.files ?? [])];
    if (files.length) void openLazily(files);
  };
  input.click();
}

/** Opens files a person picked or dropped; the code that reads them loads on first use, and a failed load offers a retry. */
export async function openLazily(files: readonly File[]): Promise<void> {
  let reader: typeof import("../import/read-dropped-files");
  try {
    reader = await import("../import/read-dropped-files");
  } catch (e) {
    reportLoadFailure(t("notices.load.fileReader"), e, () => void openLazily(files));
    return;
  }
  await reader.openFiles(files);
}
