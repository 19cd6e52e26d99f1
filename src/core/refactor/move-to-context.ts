import type { Design } from "../model/schema";
import { clampCoordinate, nameIn } from "./design-ids";
import type { RefactorResult } from "./types";
import { described, step } from "./change-text";

/**
 * `move-to-context`: the service joins the context its calls mostly go to,
 * and takes along the databases only it uses in its old context (they would
 * be reached across the boundary otherwise). On the canvas they move under
 * the new context's box, which grows to hold them.
 * @example applyMoveToContext(design, "order-service", "payments").changes
 */
export function applyMoveToContext(design: Design, serviceId: string, context: string): RefactorResult {
  const service = (design.services ?? []).find((s) => s.id === serviceId);
  if (!service || !(design.contexts ?? []).some((c) => c.id === context)) throw new Error(`cannot move "${serviceId}" to "${context}"`);
  const from = service.context;
  const users = new Map<string, Set<string>>();
  for (const f of design.flows ?? []) {
    if (!(design.databases ?? []).some((d) => d.id === f.to)) continue;
    users.set(f.to, (users.get(f.to) ?? new Set()).add(f.from));
  }
  const along = (design.databases ?? []).filter((d) => d.context !== undefined && d.context === from && users.get(d.id)?.size === 1 && users.get(d.id)!.has(serviceId));
  const moved = new Set([serviceId, ...along.map((d) => d.id)]);

  let layout = design.layout;
  const box = layout?.[context];
  if (layout && box) {
    const height = box.height ?? 300;
    const next = { ...layout };
    let x = box.x + 24;
    for (const id of moved) {
      next[id] = { x: clampCoordinate(x), y: clampCoordinate(box.y + height + 10) };
      x += 240;
    }
    next[context] = { ...box, width: Math.min(1_000_000, Math.max(box.width ?? 300, x - box.x)), height: Math.min(1_000_000, height + 120) };
    layout = next;
  }
  const changes = [step("moved", { service: service.name, from: from ? nameIn(design, from) : "", to: nameIn(design, context) }), ...along.map((d) => step("moved-along", { database: d.name, service: service.name }))];
  return {
    design: {
      ...design,
      services: (design.services ?? []).map((s) => (s === service ? { ...s, context } : s)),
      databases: (design.databases ?? []).map((d) => (moved.has(d.id) ? { ...d, context } : d)),
      ...(layout ? { layout } : {}),
    },
    ...described(changes),
    touched: [...moved, context],
  };
}
