import type { ExportTarget } from "../types";

export const GATEWAY_TARGETS: readonly ExportTarget[] = [];
