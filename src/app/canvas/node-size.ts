import type { ElementKind } from "../../core/model/schema";

/** Fixed node sizes: React Flow can place and cull nodes before measuring them, and layout is predictable. */
export const NODE_SIZE: Record<Exclude<ElementKind, "context">, { width: number; height: number }> = {
  service: { width: 208, height: 64 },
  database: { width: 184, height: 60 },
  broker: { width: 184, height: 60 },
  gateway: { width: 192, height: 64 },
};
export const DEFAULT_CONTEXT_SIZE = { width: 420, height: 280 };
export const CONTEXT_HEADER = 36;
