import type { Design } from "../../core/model/schema";
import { indexElements } from "../../core/model/elements";

/**
 * What a drag did to context membership, in words for a notice: a member
 * leaving or joining a context is easy to miss on the canvas.
 * @example describeMembership(before, after) // ["order-service left Order Management"]
 */
export function describeMembership(before: Design, after: Design): string[] {
  if (before === after) return [];
  const was = indexElements(before);
  const names = new Map((after.contexts ?? []).map((c) => [c.id, c.name]));
  for (const c of before.contexts ?? []) if (!names.has(c.id)) names.set(c.id, c.name);
  const lines: string[] = [];
  for (const [id, el] of indexElements(after)) {
    if (el.kind === "context" || el.kind === "gateway") continue;
    const old = was.get(id);
    if (!old || old.kind === "context" || old.kind === "gateway") continue;
    const from = old.element.context;
    const to = el.element.context;
    if (from === to) continue;
    const name = el.element.name;
    if (from && to) lines.push(`${name} moved from ${names.get(from)} to ${names.get(to)}`);
    else if (to) lines.push(`${name} joined ${names.get(to)}`);
    else lines.push(`${name} left ${names.get(from!)}`);
  }
  return lines;
}
