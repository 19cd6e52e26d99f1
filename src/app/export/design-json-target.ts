/**
 * "Design JSON": the design itself, as an export target beside the gateway and
 * registry ones. Its bytes are exactly what the toolbar's Save writes, so a
 * person can take the file from either place and get the same thing.
 */
import type { ExportTarget } from "../../core/export/types";
import { safeFileName } from "../files/download";

export const DESIGN_JSON_ID = "design-json";

export const designJsonTarget: ExportTarget = {
  id: DESIGN_JSON_ID,
  title: "Design JSON",
  scope: "design",
  summary: "The design itself (seams-design, version 1), the same file Save writes; opens in Seams and seams check.",
  generate: (design) => ({
    fileName: `${safeFileName(design.name)}.seams.json`,
    mediaType: "application/json",
    content: JSON.stringify(design, null, 2) + "\n",
    caveats: [],
  }),
};
