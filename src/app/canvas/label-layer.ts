import { createContext } from "react";

/**
 * The element edge labels are portalled into. React Flow's EdgeLabelRenderer
 * looks it up with a store selector per edge, run on every store update: with
 * 2,000 flows that was the largest cost of a pan. One lookup, shared here.
 */
export const LabelLayerContext = createContext<HTMLElement | null>(null);
