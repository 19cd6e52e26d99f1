/** The commands Find offers, besides elements, flows and findings. */
import { useEditor } from "../store/editor-store";
import { autoLayout } from "../layout/auto-layout";
import { openTemplate, pickDesignFile, saveDesignFile } from "../files/file-actions";
import { TEMPLATE_CATALOG } from "../../core/templates/catalog";
import { toggleTheme } from "../theme/theme";
import { openHelp } from "../help/open-help";
import type { Candidate } from "./rank-matches";
import type { Translate } from "../../i18n/translate";

export interface Command extends Candidate {
  key: string;
  /** The line under the label, in the reader's language (`extra` adds English search words to it). */
  hint: string;
  run: () => void;
}

/** Presses a toolbar or palette button, so a command does exactly what the button does (placement, dialogs). */
function press(testId: string): void {
  document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
}

const ADD = ["service", "database", "broker", "gateway", "context"] as const;

/**
 * English words each command is also found by, whatever the language: people
 * who know the English term (or read English docs) still find it. Matched, never shown.
 */
const ALIASES: Record<string, string> = {
  add: "add new palette element",
  layout: "auto-layout tidy arrange",
  fit: "fit view zoom frame all",
  undo: "undo",
  redo: "redo",
  save: "save download",
  open: "open load",
  export: "export configs",
  share: "share link url",
  theme: "theme light dark mode colors",
  help: "help guide",
  template: "new template",
};

/** Labels and hints in the reader's language; search also matches the English aliases. */
export function listCommands(t: Translate): Command[] {
  const state = useEditor.getState;
  const withHint = (key: string, alias: string, label: string, hint: string, run: () => void): Command => ({ key, label, hint, extra: `${hint} ${alias}`, run });
  const command = (key: string, run: () => void): Command => withHint(key, ALIASES[key]!, t(`findDialog.command.${key}.label`), t(`findDialog.command.${key}.extra`), run);
  return [
    ...ADD.map((kind) => withHint(`add:${kind}`, `${ALIASES.add} ${kind}`, t(`findDialog.command.add.${kind}`), t("findDialog.command.add.extra"), () => press(`palette.${kind}`))),
    command("layout", () => void autoLayout({ asUndoStep: true })),
    command("fit", () => window.dispatchEvent(new CustomEvent("seams:fit-view"))),
    command("undo", () => state().undo()),
    command("redo", () => state().redo()),
    command("save", saveDesignFile),
    command("open", pickDesignFile),
    command("export", () => press("toolbar.export")),
    command("share", () => press("toolbar.share")),
    command("theme", toggleTheme),
    command("help", () => openHelp()),
    ...TEMPLATE_CATALOG.map((tpl) => withHint(`template:${tpl.id}`, `${ALIASES.template} ${tpl.id}`, t("findDialog.command.template", { title: t(`template.${tpl.id}.title`) }), t(`template.${tpl.id}.summary`), () => void openTemplate(tpl.id))),
  ];
}
