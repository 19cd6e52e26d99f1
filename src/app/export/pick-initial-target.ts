/**
 * Which target the dialog opens on: the one the person chose last time (for
 * this page's life), else a gateway target when the design has a gateway,
 * else the first registry target.
 */
import type { Design } from "../../core/model/schema";
import type { ExportGroup } from "./list-export-groups";

let lastChosen: string | undefined;

/** Remembers the person's choice for the next time the dialog opens. */
export function rememberTarget(id: string): void {
  lastChosen = id;
}

/** The target id to select when the dialog opens on this design. */
export function pickInitialTarget(design: Design, groups: readonly ExportGroup[], remembered = lastChosen): string {
  const all = groups.flatMap((g) => g.targets);
  if (remembered && all.some((t) => t.id === remembered)) return remembered;
  const hasGateway = (design.gateways?.length ?? 0) > 0;
  const preferred = all.find((t) => t.scope === (hasGateway ? "gateway" : "registry")) ?? all[0];
  return preferred?.id ?? "";
}
