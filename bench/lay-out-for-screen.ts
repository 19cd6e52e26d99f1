import type { Design } from "../src/core/model/schema";

/**
 * The generator's grid is 100 services wide (built for analysis, not for
 * looking at); lay the same graph out as a person would: contexts in a
 * near-square grid, each holding its services over their databases.
 */
export function layOutForScreen(design: Design): Design {
  const layout: Record<string, { x: number; y: number; width?: number; height?: number }> = {};
  const contexts = design.contexts ?? [];
  const cols = Math.max(1, Math.ceil(Math.sqrt(contexts.length * 0.4)));
  const W = 1240;
  const H = 480;
  const members = new Map<string, string[]>();
  for (const s of design.services ?? []) if (s.context) members.set(s.context, [...(members.get(s.context) ?? []), s.id]);
  const dbOf = new Map<string, string>();
  for (const f of design.flows ?? []) if (f.to.startsWith("db-") && !dbOf.has(f.from)) dbOf.set(f.from, f.to);
  contexts.forEach((c, i) => {
    const x0 = (i % cols) * (W + 120);
    const y0 = Math.floor(i / cols) * (H + 120);
    layout[c.id] = { x: x0, y: y0, width: W, height: H };
    (members.get(c.id) ?? []).forEach((id, k) => {
      const x = x0 + 20 + (k % 5) * 240;
      const y = y0 + 50 + Math.floor(k / 5) * 210;
      layout[id] = { x, y };
      const db = dbOf.get(id);
      if (db && !layout[db]) layout[db] = { x: x + 12, y: y + 100 };
    });
  });
  let y = 0;
  for (const el of [...(design.gateways ?? []), ...(design.brokers ?? [])]) {
    layout[el.id] = { x: -400, y };
    y += 140;
  }
  let extra = 0;
  for (const el of [...(design.services ?? []), ...(design.databases ?? [])]) if (!layout[el.id]) layout[el.id] = { x: -700, y: (extra++) * 100 };
  return { ...design, layout };
}

