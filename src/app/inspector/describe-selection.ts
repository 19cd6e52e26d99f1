import type { Design } from "../../core/model/schema";
import { findTarget } from "./apply-edit";

const WORDS: Record<string, [string, string]> = {
  context: ["context", "contexts"],
  service: ["service", "services"],
  database: ["database", "databases"],
  broker: ["broker", "brokers"],
  gateway: ["gateway", "gateways"],
  flow: ["flow", "flows"],
};

/**
 * The selection counted by kind, in palette order.
 * @example describeSelection(design, ["a-service", "b-service", "f1"]) // "2 services, 1 flow"
 */
export function describeSelection(design: Design, ids: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const kind = findTarget(design, id)?.kind;
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return Object.keys(WORDS)
    .filter((k) => counts.has(k))
    .map((k) => {
      const n = counts.get(k)!;
      return `${n} ${WORDS[k]![n === 1 ? 0 : 1]}`;
    })
    .join(", ");
}
