import type { ElementKind } from "../../core/model/schema";

/** Fixed node sizes: React Flow can place and cull nodes before measuring them, and layout is predictable. */
export const NODE_SIZE: Record<Exclude<ElementKind, "context">, { width: number; height: number }> = {
  service: { width: 184, height: 72 },
  database: { width: 168, height: 64 },
  broker: { width: 168, height: 64 },
  gateway: { width: 176, height: 64 },
};
export const DEFAULT_CONTEXT_SIZE = { width: 420, height: 280 };
export const CONTEXT_HEADER = 36;
