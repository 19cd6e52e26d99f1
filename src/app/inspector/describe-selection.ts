import type { Design } from "../../core/model/schema";
import type { Translate } from "../../i18n/translate";
import { findTarget } from "./apply-edit";

/** Palette order. */
const KINDS = ["context", "service", "database", "broker", "gateway", "flow"] as const;

/**
 * The selection counted by kind, in palette order, in the reader's language.
 * @example describeSelection(design, ["a-service", "b-service", "f1"], t) // "2 services, 1 flow"; zh-CN "2 个服务、1 条流"
 */
export function describeSelection(design: Design, ids: Iterable<string>, t: Translate): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const kind = findTarget(design, id)?.kind;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return KINDS.filter((k) => counts.has(k))
    .map((k) => t(`inspector.multi.part.${k}`, { count: counts.get(k)! }))
    .join(t("inspector.multi.separator"));
}
