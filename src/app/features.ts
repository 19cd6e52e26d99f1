/**
 * Feature entry points that register toolbar buttons and sidebar panels.
 * Each keeps its heavy parts behind a dynamic import, so the first paint only
 * pays for the editor.
 */
export {};
