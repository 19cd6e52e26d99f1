/**
 * The export dialog's left column: the core's targets grouped by scope, in
 * the registry's order (the order `seams export --list` prints), with the
 * design's own JSON last.
 */
import { EXPORT_TARGETS } from "../../core/export/registry";
import type { ExportTarget } from "../../core/export/types";
import { designJsonTarget } from "./design-json-target";

export interface ExportGroup {
  scope: ExportTarget["scope"];
  title: string;
  targets: readonly ExportTarget[];
}

const GROUP_TITLE: Record<ExportTarget["scope"], string> = { gateway: "Gateways", registry: "Registries", diagram: "Diagrams", design: "Design" };
const SCOPES: readonly ExportTarget["scope"][] = ["gateway", "registry", "diagram", "design"];

/** Every target the dialog offers, grouped Gateways / Registries / Diagrams / Design; empty groups are left out. */
export function listExportGroups(targets: readonly ExportTarget[] = [...EXPORT_TARGETS, designJsonTarget]): ExportGroup[] {
  return SCOPES.map((scope) => ({ scope, title: GROUP_TITLE[scope], targets: targets.filter((t) => t.scope === scope) })).filter((g) => g.targets.length > 0);
}

/** Looks a dialog target up by id (the core's, or Design JSON). */
export function dialogTargetById(id: string): ExportTarget | undefined {
  return id === designJsonTarget.id ? designJsonTarget : EXPORT_TARGETS.find((t) => t.id === id);
}
