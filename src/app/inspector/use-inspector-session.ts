import { useCallback, useMemo, useRef, useState } from "react";
import type { Design } from "../../core/model/schema";
import { useEditor } from "../store/editor-store";
import { applyEdit, findTarget, type Target } from "./apply-edit";
import type { InspectorApi } from "./inspector-context";

interface Own {
  design?: Design;
  renamedFrom?: string;
  renamedTo?: string;
}

/**
 * The inspector's memory of its own edits. A design it committed itself keeps
 * the drafts (so typing is not interrupted); any other change (undo, canvas,
 * another selection) bumps `epoch` and the drafts reset. Renaming the id keeps
 * the session (and its undo step) and moves the selection along.
 */
export function useInspectorSession(selectedId: string | undefined, design: Design): { key: string; target: Target | undefined; api: InspectorApi | undefined } {
  const own = useRef<Own>({});
  const [s, setS] = useState({ id: selectedId, key: selectedId ?? "", design, epoch: 0 });
  if (s.id !== selectedId || s.design !== design) {
    const renamedByUs = selectedId !== undefined && own.current.renamedFrom === s.id && own.current.renamedTo === selectedId;
    const sameTarget = s.id === selectedId || renamedByUs;
    const quiet = sameTarget && (s.design === design || own.current.design === design);
    setS({ id: selectedId, key: sameTarget ? s.key : (selectedId ?? ""), design, epoch: quiet ? s.epoch : s.epoch + 1 });
  }

  // Between committing a rename and moving the selection, the selected id is already gone.
  const targetId = selectedId !== undefined && own.current.renamedFrom === selectedId && own.current.design === design ? own.current.renamedTo : selectedId;
  const target = useRef(targetId);
  target.current = targetId;
  const key = s.key;
  const found = targetId === undefined ? undefined : findTarget(design, targetId);
  const kind = found?.kind;

  const edit = useCallback<InspectorApi["edit"]>(
    (patch, field) => {
      const id = target.current;
      if (id === undefined) return { path: field, message: "has nothing selected to edit" };
      const state = useEditor.getState();
      const result = applyEdit(state.history.present, id, patch);
      if (!result.ok) return result.error;
      // A rename is only "ours" until the selection has followed it, which happens within this handler.
      own.current = result.id !== id ? { design: result.design, renamedFrom: id, renamedTo: result.id } : { design: result.design };
      target.current = result.id;
      state.change(() => result.design, { coalesce: `${key}.${field}` });
      if (result.id !== id) state.select([result.id]);
      return undefined;
    },
    [key],
  );
  const seal = useCallback(() => useEditor.getState().sealHistory(), []);
  const api = useMemo(() => (kind && targetId !== undefined ? { kind, id: targetId, edit, seal, epoch: s.epoch } : undefined), [kind, targetId, edit, seal, s.epoch]);
  return { key, target: found, api };
}
