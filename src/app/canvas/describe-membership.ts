import type { Design } from "../../core/model/schema";
import { indexElements } from "../../core/model/elements";
import type { Translate } from "../../i18n/translate";

/**
 * What a drag did to context membership, in words for a notice: a member
 * leaving or joining a context is easy to miss on the canvas.
 * @example describeMembership(before, after, t) // ["order-service left Order Management"]
 */
export function describeMembership(before: Design, after: Design, t: Translate): string[] {
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
    const [left, now] = [from ? (names.get(from) ?? from) : "", to ? (names.get(to) ?? to) : ""];
    if (from && to) lines.push(t("notices.membership.moved", { name, from: left, to: now }));
    else if (to) lines.push(t("notices.membership.joined", { name, to: now }));
    else lines.push(t("notices.membership.left", { name, from: left }));
  }
  return lines;
}
