import { useEditor } from "../store/editor-store";

/** Placeholder until the inspector lands: says what is selected. */
export function Inspector() {
  const selection = useEditor((s) => s.selection);
  return <div className="p-4 text-sm text-slate-500">{selection.size === 0 ? "Select an element or a flow to edit it." : `${selection.size} selected`}</div>;
}
