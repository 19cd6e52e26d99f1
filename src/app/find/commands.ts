/** The commands Find offers, besides elements, flows and findings. */
import { useEditor } from "../store/editor-store";
import { autoLayout } from "../layout/auto-layout";
import { openTemplate, pickDesignFile, saveDesignFile } from "../files/file-actions";
import { TEMPLATE_CATALOG } from "../../core/templates/catalog";
import { toggleTheme } from "../theme/theme";
import { openHelp } from "../help/open-help";
import type { Candidate } from "./rank-matches";

export interface Command extends Candidate {
  key: string;
  run: () => void;
}

/** Presses a toolbar or palette button, so a command does exactly what the button does (placement, dialogs). */
function press(testId: string): void {
  document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
}

const ADD: [string, string][] = [
  ["service", "Add a service"],
  ["database", "Add a database"],
  ["broker", "Add a message broker"],
  ["gateway", "Add an API gateway"],
  ["context", "Add a bounded context"],
];

export function listCommands(): Command[] {
  const state = useEditor.getState;
  return [
    ...ADD.map(([kind, label]) => ({ key: `add:${kind}`, label, extra: "new palette element", run: () => press(`palette.${kind}`) })),
    { key: "layout", label: "Auto-layout", extra: "tidy arrange Shift+L", run: () => void autoLayout({ asUndoStep: true }) },
    { key: "fit", label: "Fit the design in view", extra: "zoom frame all", run: () => window.dispatchEvent(new CustomEvent("seams:fit-view")) },
    { key: "undo", label: "Undo", extra: "Ctrl+Z", run: () => state().undo() },
    { key: "redo", label: "Redo", extra: "Ctrl+Shift+Z", run: () => state().redo() },
    { key: "save", label: "Save the design file", extra: "download Ctrl+S", run: saveDesignFile },
    { key: "open", label: "Open a design file", extra: "load Ctrl+O", run: pickDesignFile },
    { key: "export", label: "Export configs", extra: "nginx haproxy kong krakend consul kubernetes", run: () => press("toolbar.export") },
    { key: "share", label: "Share as a link", extra: "url", run: () => press("toolbar.share") },
    { key: "theme", label: "Switch light / dark theme", extra: "dark mode colors", run: toggleTheme },
    { key: "help", label: "Help: elements, scores and findings", extra: "guide ?", run: () => openHelp() },
    ...TEMPLATE_CATALOG.map((t) => ({ key: `template:${t.id}`, label: `New from template: ${t.title}`, extra: t.summary, run: () => void openTemplate(t.id) })),
  ];
}
