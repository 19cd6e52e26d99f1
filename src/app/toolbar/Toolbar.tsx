import { useRef, useState } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import { TEMPLATE_CATALOG as TEMPLATES } from "../../core/templates/catalog";
import { openTemplate, pickDesignFile, saveDesignFile } from "../files/file-actions";
import { autoLayout } from "../layout/auto-layout";
import { Icon, type IconName } from "../ui/icons";
import { useDismiss } from "../ui/use-dismiss";
import { DesignName } from "./DesignName";
import { toolbarExtras } from "./toolbar-extras";
import { useT } from "../i18n/i18n";
import { LanguageSwitch } from "../i18n/LanguageSwitch";

function ToolButton({ icon, label, onClick, disabled, testId, shortcut, menu }: { icon: IconName; label: string; onClick: () => void; disabled?: boolean; testId: string; shortcut?: string; menu?: { open: boolean } }) {
  const { t } = useT();
  return (
    <button
      aria-haspopup={menu ? "menu" : undefined}
      aria-expanded={menu?.open}
      className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-[13px] text-slate-700 hover:bg-slate-100 disabled:cursor-default disabled:opacity-40 disabled:hover:bg-transparent"
      onClick={onClick}
      disabled={disabled}
      title={shortcut ? t("toolbar.withShortcut", { label, shortcut }) : label}
      data-testid={testId}
    >
      <Icon name={icon} />
      <span className="hidden xl:inline">{label}</span>
    </button>
  );
}

/** The top bar: what the design is called and the commands that act on all of it. */
export function Toolbar() {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const design = useEditor(selectDesign);
  const [menuOpen, setMenuOpen] = useState(false);
  const { t } = useT();
  const newMenu = useRef<HTMLDivElement>(null);
  useDismiss(menuOpen, newMenu, () => setMenuOpen(false));
  const mod = navigator.platform.includes("Mac") ? "⌘" : "Ctrl+";
  return (
    <header className="flex h-12 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-3">
      <div className="mr-2 flex items-center gap-2">
        <div className="flex h-7 w-7 items-center justify-center rounded-lg bg-indigo-600 text-sm font-bold text-white">S</div>
        <span className="text-[15px] font-semibold text-slate-800">Seams</span>
      </div>
      <DesignName />
      <div className="mx-2 h-6 w-px bg-slate-200" />
      <div className="relative" ref={newMenu}>
        <ToolButton icon="plus" label={t("toolbar.new")} onClick={() => setMenuOpen((o) => !o)} testId="toolbar.new" menu={{ open: menuOpen }} />
        {menuOpen && (
          <div className="absolute left-0 top-10 z-40 w-72 rounded-xl border border-slate-200 bg-white p-1 shadow-xl" role="menu" data-testid="toolbar.new.menu">
            {TEMPLATES.map((tpl) => (
              <button
                key={tpl.id}
                role="menuitem"
                className="block w-full rounded-lg px-3 py-2 text-left hover:bg-slate-100"
                onClick={() => {
                  setMenuOpen(false);
                  openTemplate(tpl.id);
                }}
                data-testid={`template.${tpl.id}`}
              >
                <div className="text-[13px] font-medium text-slate-800">{t(`template.${tpl.id}.title`)}</div>
                <div className="text-[11px] text-slate-500">{t(`template.${tpl.id}.summary`)}</div>
              </button>
            ))}
          </div>
        )}
      </div>
      <ToolButton icon="upload" label={t("toolbar.open")} onClick={pickDesignFile} testId="toolbar.open" shortcut={`${mod}O`} />
      <ToolButton icon="download" label={t("toolbar.save")} onClick={saveDesignFile} testId="toolbar.save" shortcut={`${mod}S`} />
      <div className="mx-1 h-6 w-px bg-slate-200" />
      <ToolButton icon="undo" label={t("toolbar.undo")} onClick={() => useEditor.getState().undo()} disabled={!canUndo} testId="toolbar.undo" shortcut={`${mod}Z`} />
      <ToolButton icon="redo" label={t("toolbar.redo")} onClick={() => useEditor.getState().redo()} disabled={!canRedo} testId="toolbar.redo" shortcut={`${mod}Shift+Z`} />
      <ToolButton icon="layout" label={t("toolbar.layout")} onClick={() => void autoLayout({ asUndoStep: true })} disabled={(design.services?.length ?? 0) + (design.contexts?.length ?? 0) === 0} testId="toolbar.layout" shortcut="Shift+L" />
      <div className="ml-auto flex items-center gap-1">
        {toolbarExtras.map((Extra, i) => (
          <Extra key={i} />
        ))}
        <LanguageSwitch />
      </div>
    </header>
  );
}
