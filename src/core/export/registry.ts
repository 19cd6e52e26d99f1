/**
 * Every export target, in the order the export dialog and `seams export --list`
 * show them. Gateway targets live in ./gateways, registry targets in
 * ./registries, diagram targets in ./diagrams; each folder's index lists its own.
 */
import { DIAGRAM_TARGETS } from "./diagrams/index";
import { GATEWAY_TARGETS } from "./gateways/index";
import { REGISTRY_TARGETS } from "./registries/index";
import type { ExportTarget } from "./types";

export const EXPORT_TARGETS: readonly ExportTarget[] = [...GATEWAY_TARGETS, ...REGISTRY_TARGETS, ...DIAGRAM_TARGETS];

export function exportTargetById(id: string): ExportTarget | undefined {
  return EXPORT_TARGETS.find((t) => t.id === id);
}
