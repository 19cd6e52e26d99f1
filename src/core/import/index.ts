/** Importers: Kubernetes, Compose, Backstage, OpenAPI and AsyncAPI to a design, through `loadDesign`. */
export { importFiles, MAX_IMPORT_FILES, type ImportOutcome } from "./import-files";
export { skipElements, mergeDesigns } from "./merge-import";
export { readYaml, MAX_IMPORT_CHARS, MAX_ALIASES } from "./read-yaml";
export { detectKind } from "./detect-kind";
export { idFromName } from "./derive-id";
export { IMPORT_KINDS, IMPORT_KIND_LABEL, type ImportKind, type ImportFile, type ImportOptions, type ImportReport, type FoundItem } from "./types";
