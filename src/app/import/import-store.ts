import { create } from "zustand";
import type { Design } from "../../core/model/schema";
import type { ImportFile, ImportOptions, ImportReport } from "../../core/import/types";

/** An import waiting for the person's decision in the preview. */
export interface PendingImport {
  design: Design;
  report: ImportReport;
  warnings: string[];
  /** What was read, to import again with other options (OpenAPI paths as gateway routes). */
  files: ImportFile[];
  options: ImportOptions;
}

export const useImportStore = create<{ pending: PendingImport | undefined; show(p: PendingImport | undefined): void }>()((set) => ({
  pending: undefined,
  show: (pending) => set({ pending }),
}));
