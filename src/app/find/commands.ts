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
  run: () => void;
}

/** Presses a toolbar or palette button, so a command does exactly what the button does (placement, dialogs). */
function press(testId: string): void {
  document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
}

const ADD = ["service", "database", "broker", "gateway", "context"] as const;

/**
 * Labels and search words in the reader's language. The search words keep the
 * English ones too (`findDialog.command.*.extra` lists both in zh-CN), so a
 * person who knows the English term still finds the command.
 */
export function listCommands(t: Translate): Command[] {
  const state = useEditor.getState;
  const command = (key: string, run: () => void): Command => ({ key, label: t(`findDialog.command.${key}.label`), extra: t(`findDialog.command.${key}.extra`), run });
  return [
    ...ADD.map((kind) => ({ key: `add:${kind}`, label: t(`findDialog.command.add.${kind}`), extra: t("findDialog.command.add.extra"), run: () => press(`palette.${kind}`) })),
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
    ...TEMPLATE_CATALOG.map((tpl) => ({
      key: `template:${tpl.id}`,
      label: t("findDialog.command.template", { title: t(`template.${tpl.id}.title`) }),
      extra: t(`template.${tpl.id}.summary`),
      run: () => void openTemplate(tpl.id),
    })),
  ];
}
