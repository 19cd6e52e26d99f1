import { useEffect } from "react";
import { useEditor } from "../store/editor-store";
import { copy, deleteSelection, duplicate, paste, selectAll } from "../actions/element-actions";
import { pickDesignFile, saveDesignFile } from "../files/file-actions";
import { autoLayout } from "../layout/auto-layout";

/** Typing in a field keeps the field's own keys (Backspace, Ctrl+Z of the text, Ctrl+A, ...). */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

/**
 * The editor's keyboard: Delete/Backspace, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and
 * Ctrl+Y, Ctrl/Cmd+C/V/D/A/S/O, Escape, Shift+L (auto-layout).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      // Save and open work everywhere, even while typing.
      if (mod && key === "s") {
        e.preventDefault();
        saveDesignFile();
        return;
      }
      if (mod && key === "o") {
        e.preventDefault();
        pickDesignFile();
        return;
      }
      if (document.querySelector("[data-modal-open]")) return;
      if (isTextField(e.target)) return;
      const state = useEditor.getState();
      if (mod && key === "z") {
        e.preventDefault();
        if (e.shiftKey) state.redo();
        else state.undo();
      } else if (mod && key === "y") {
        e.preventDefault();
        state.redo();
      } else if (mod && key === "c") {
        if (copy()) e.preventDefault();
      } else if (mod && key === "v") {
        e.preventDefault();
        paste();
      } else if (mod && key === "d") {
        e.preventDefault();
        duplicate();
      } else if (mod && key === "a") {
        e.preventDefault();
        selectAll();
      } else if (!mod && (e.key === "Delete" || e.key === "Backspace")) {
        e.preventDefault();
        deleteSelection();
      } else if (e.key === "Escape") {
        state.select([]);
        state.setHighlight([]);
      } else if (!mod && e.shiftKey && key === "l") {
        e.preventDefault();
        void autoLayout({ asUndoStep: true });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
