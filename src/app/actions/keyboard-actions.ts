/**
 * Drawing without a mouse: move the selection by keys, connect from it by
 * picking the target by name, and jump into its fields to edit.
 */
import { useEditor } from "../store/editor-store";
import { commitMoves, type Move } from "../canvas/drag-commit";
import { elementBoxes } from "../canvas/element-box";
import { indexElements } from "../../core/model/elements";
import { openFind } from "../find/FindButton";
import { t } from "../i18n/i18n";

/** Moves the selected elements by a distance; a run of presses is one undo step. */
export function nudgeSelection(dx: number, dy: number): boolean {
  const { selection, history, change } = useEditor.getState();
  const boxes = elementBoxes(history.present);
  const moves: Move[] = [];
  for (const id of selection) {
    const b = boxes.get(id);
    if (b) moves.push({ id, x: b.x + dx, y: b.y + dy });
  }
  if (moves.length === 0) return false;
  change((d) => commitMoves(d, moves), { coalesce: `nudge:${[...selection].sort().join(",")}` });
  return true;
}

/** With one element selected, opens the picker for the target of a new flow from it. */
export function connectFromSelection(): boolean {
  const { selection, history, notify } = useEditor.getState();
  if (selection.size !== 1) return false;
  const id = [...selection][0]!;
  const el = indexElements(history.present).get(id);
  if (!el) return false;
  if (el.kind === "context") {
    notify({ tone: "warning", title: t("notices.connect.contextTitle"), details: [t("notices.connect.contextBody")] });
    return true;
  }
  openFind({ kind: "connect", from: id });
  return true;
}

/** Puts the focus in the inspector's first field for the selection. */
export function editSelection(): boolean {
  if (useEditor.getState().selection.size !== 1) return false;
  const field = document.querySelector<HTMLElement>('aside [data-testid^="inspector."] :is(input, select, textarea):not([disabled])');
  field?.focus();
  return field !== null;
}
