import type { ExportTarget } from "../types";

export const REGISTRY_TARGETS: readonly ExportTarget[] = [];
