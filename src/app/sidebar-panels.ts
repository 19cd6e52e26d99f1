import type { ComponentType } from "react";

/** Panels below the inspector (the findings panel registers here). */
export const sidebarPanels: ComponentType[] = [];
