/**
 * Small view preferences a person expects the app to remember (panel sizes,
 * theme), in localStorage under `seams-ui.*` (not `seams.*`: those keys move to IndexedDB at start). They are never part of a
 * design; unreadable or blocked storage falls back to the default.
 */
export function readPref<T>(name: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = localStorage.getItem(`seams-ui.${name}`);
    if (raw === null) return fallback;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function writePref(name: string, value: unknown): void {
  try {
    localStorage.setItem(`seams-ui.${name}`, JSON.stringify(value));
  } catch {
    /* storage full or blocked: the preference lasts for this session only */
  }
}
