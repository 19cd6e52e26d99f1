/**
 * How tall the findings panel is and whether it is open, remembered across
 * reloads. The inspector above it always keeps room to be used.
 */
import { readPref, writePref } from "../ui/ui-prefs";

export interface FindingsSize {
  open: boolean;
  height: number;
}

export const FINDINGS_MIN = 96;
/** What the inspector keeps at least, whatever the panel's height. */
export const INSPECTOR_MIN = 220;
const DEFAULT: FindingsSize = { open: true, height: 260 };

const isSize = (v: unknown): v is FindingsSize =>
  typeof v === "object" && v !== null && typeof (v as FindingsSize).open === "boolean" && Number.isFinite((v as FindingsSize).height);

export function readFindingsSize(): FindingsSize {
  return readPref("findings", DEFAULT, isSize);
}

export function writeFindingsSize(size: FindingsSize): void {
  writePref("findings", size);
}

/** A height within bounds for a sidebar of a given height. */
export function clampFindingsHeight(height: number, sidebar: number): number {
  const max = Math.max(FINDINGS_MIN, sidebar - INSPECTOR_MIN);
  return Math.round(Math.min(Math.max(height, FINDINGS_MIN), max));
}
