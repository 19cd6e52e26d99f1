import { useEffect } from "react";
import { useEditor } from "../store/editor-store";
import { copy, deleteSelection, duplicate, paste, selectAll } from "../actions/element-actions";
import { pickDesignFile, saveDesignFile } from "../files/file-actions";
import { autoLayout } from "../layout/auto-layout";
import { connectFromSelection, editSelection, nudgeSelection } from "../actions/keyboard-actions";
import { openFind } from "../find/FindButton";
import { openHelp } from "../help/open-help";

/** Typing in a field keeps the field's own keys (Backspace, Ctrl+Z of the text, Ctrl+A, ...). */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT";
}

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Enter is the button's own on a button: only the page itself or the canvas hand it to the selection. */
function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target === document.body || target.closest(".react-flow") !== null;
}

/** Letters and arrows act on the selection unless a control that uses them has the focus (a palette button does not). */
function forDrawing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return target.closest('[role="separator"], [role="slider"], [role="listbox"], [role="menu"], [role="dialog"], [role="tablist"], [role="combobox"]') === null;
}

/**
 * The editor's keyboard: Delete/Backspace, Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and
 * Ctrl+Y, Ctrl/Cmd+C/V/D/A/S/O/K (find), Escape, Shift+L (auto-layout), ? (help),
 * and drawing by keys: arrows move the selection, C connects from it, Enter edits it.
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
      // Find works from anywhere, a field included.
      if (mod && key === "k") {
        e.preventDefault();
        openFind();
        return;
      }
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
      } else if (!mod && !e.altKey && e.key === "?") {
        e.preventDefault();
        openHelp();
      } else if (!mod && !e.altKey && !e.shiftKey && key === "c" && forDrawing(e.target)) {
        if (connectFromSelection()) e.preventDefault();
      } else if (!mod && (e.key === "F2" || (e.key === "Enter" && onCanvas(e.target)))) {
        if (editSelection()) e.preventDefault();
      }
    };
    // Arrow keys move the selection. Caught before React Flow, which would move its own copy of the
    // nodes without telling the design; left alone in fields, menus, lists and sliders.
    const onArrow = (e: KeyboardEvent) => {
      const step = ARROWS[e.key];
      if (!step || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target) || !forDrawing(e.target)) return;
      if (document.querySelector("[data-modal-open]")) return;
      const by = e.shiftKey ? 50 : 10;
      if (nudgeSelection(step[0] * by, step[1] * by)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("keydown", onArrow, true);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keydown", onArrow, true);
    };
  }, []);
}
