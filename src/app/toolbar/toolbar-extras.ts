import type { ComponentType } from "react";

/**
 * Buttons that features add to the right of the toolbar (history, export,
 * share), in order; each feature's entry point registers its own.
 */
export const toolbarExtras: ComponentType[] = [];
