/**
 * Files opened or dropped: a single Seams design (`.json`) opens as before;
 * anything else (YAML manifests, several files, an OpenAPI/AsyncAPI JSON)
 * goes to the importers and their preview. Nothing replaces the current
 * design until the person says so in the preview.
 */
import { useEditor } from "../store/editor-store";
import { openDesignFile } from "../files/file-actions";
import { useImportStore } from "./import-store";
import { t } from "../i18n/i18n";
import { megabytes } from "../files/megabytes";
import type { ImportFile, ImportOptions } from "../../core/import/types";
import type { ImportOutcome } from "../../core/import/import-files";

/** Files above this are refused before reading, so a huge drop costs nothing (the importer's own cap is lower). */
const MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024;

export async function openFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const { notify } = useEditor.getState();
  if (files.length === 1 && /\.json$/i.test(files[0]!.name) && !(await isApiDescription(files[0]!))) {
    await openDesignFile(files[0]!);
    return;
  }
  const tooLarge = files.filter((f) => f.size > MAX_IMPORT_FILE_BYTES);
  if (tooLarge.length > 0) {
    notify({ tone: "error", title: t("notices.import.tooLarge", { files: tooLarge.map((f) => f.name).join(", ") }), details: tooLarge.map((f) => t("notices.import.tooLargeBody", { file: f.name, size: megabytes(f.size), max: MAX_IMPORT_FILE_BYTES / 1024 / 1024 })), sticky: true });
    return;
  }
  let texts: ImportFile[];
  try {
    texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  } catch {
    notify({ tone: "error", title: t("notices.import.unreadable", { files: files.map((f) => f.name).join(", ") }), sticky: true });
    return;
  }
  await runImport(texts, {});
}

/** One file by its name, several by their number. */
const filesName = (files: readonly { name: string }[]) => (files.length === 1 ? files[0]!.name : t("notices.import.files", { count: files.length }));

/** Imports read files and shows the preview, or says why not. Also used when the preview changes an option. */
export async function runImport(files: ImportFile[], options: ImportOptions): Promise<void> {
  // Most imports answer at once; a big one says it is working.
  const { notify, dismiss } = useEditor.getState();
  let notice: number | undefined;
  const slow = setTimeout(() => (notice = notify({ tone: "info", title: t("notices.import.reading", { files: filesName(files) }), sticky: true })), 400);
  const result = await importInWorker(files, options);
  clearTimeout(slow);
  if (notice !== undefined) dismiss(notice);
  if (!result.ok) {
    useEditor.getState().notify({ tone: "error", title: t("notices.import.failed", { files: filesName(files) }), details: result.errors, sticky: true });
    return;
  }
  useImportStore.getState().show({ design: result.design, report: result.report, warnings: result.warnings, files, options });
}

/** An OpenAPI or AsyncAPI document written as JSON is imported, not opened. */
async function isApiDescription(file: File): Promise<boolean> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return false;
  try {
    const head = (await file.slice(0, 4096).text()).slice(0, 4096);
    return /^\s*\{\s*"(?:openapi|swagger|asyncapi)"\s*:/.test(head);
  } catch {
    return false;
  }
}

/**
 * The importers in a worker of their own, started per import and ended when
 * it answers: imports are rare, and the YAML parser stays out of the page.
 */
function importInWorker(files: ImportFile[], options: ImportOptions): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module", name: "seams-import" });
    const done = (outcome: ImportOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (e: MessageEvent<ImportOutcome>) => done(e.data);
    worker.onerror = (e) => done({ ok: false, errors: [`the import failed: ${e.message || "the import worker stopped"}`] });
    worker.postMessage({ files, options });
  });
}
