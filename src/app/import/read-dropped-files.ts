/**
 * Files opened or dropped: a single Seams design (`.json`) opens as before;
 * anything else (YAML manifests, several files, an OpenAPI/AsyncAPI JSON)
 * goes to the importers and their preview. Nothing replaces the current
 * design until the person says so in the preview.
 */
import { useEditor } from "../store/editor-store";
import { openDesignFile } from "../files/file-actions";
import { useImportStore } from "./import-store";
import type { ImportFile, ImportOptions } from "../../core/import/types";

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
    notify({ tone: "error", title: `Could not import ${tooLarge.map((f) => f.name).join(", ")}`, details: tooLarge.map((f) => `${f.name}: the file is ${(f.size / 1e6).toFixed(1)} MB; at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`), sticky: true });
    return;
  }
  let texts: ImportFile[];
  try {
    texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
  } catch {
    notify({ tone: "error", title: `Could not read ${files.map((f) => f.name).join(", ")}`, sticky: true });
    return;
  }
  await runImport(texts, {});
}

/** Imports read files and shows the preview, or says why not. Also used when the preview changes an option. */
export async function runImport(files: ImportFile[], options: ImportOptions): Promise<void> {
  // The importers and the YAML parser load only when something is imported.
  const { importFiles } = await import("../../core/import/import-files");
  const result = importFiles(files, options);
  if (!result.ok) {
    useEditor.getState().notify({ tone: "error", title: `Could not import ${files.length === 1 ? files[0]!.name : `${files.length} files`}`, details: result.errors, sticky: true });
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
