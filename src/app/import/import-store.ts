import { create } from "zustand";
import type { Design } from "../../core/model/schema";
import type { ImportReport } from "../../core/import/types";

/** An import waiting for the person's decision in the preview. */
export interface PendingImport {
  design: Design;
  report: ImportReport;
  warnings: string[];
}

export const useImportStore = create<{ pending: PendingImport | undefined; show(p: PendingImport | undefined): void }>()((set) => ({
  pending: undefined,
  show: (pending) => set({ pending }),
}));
