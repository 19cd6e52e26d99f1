/**
 * Imports run here: parsing a few megabytes of YAML takes seconds, and the
 * page must stay responsive meanwhile. The result is plain data (the design,
 * already through loadDesign, and the report), so it crosses as a clone.
 */
import { importFiles, type ImportOutcome } from "../../core/import/import-files";
import type { ImportFile, ImportOptions } from "../../core/import/types";

self.onmessage = (e: MessageEvent<{ files: ImportFile[]; options: ImportOptions }>) => {
  let outcome: ImportOutcome;
  try {
    outcome = importFiles(e.data.files, e.data.options);
  } catch (err) {
    outcome = { ok: false, errors: [`the import failed: ${err instanceof Error ? err.message : String(err)}`] };
  }
  self.postMessage(outcome);
};
