import { useEffect, useState } from "react";
import { useEditor, selectDesign } from "../store/editor-store";
import { useT } from "../i18n/i18n";

/** The design's name, editable in place; an empty name is not accepted. */
export function DesignName() {
  const { t } = useT();
  const name = useEditor((s) => selectDesign(s).name);
  const [draft, setDraft] = useState(name);
  useEffect(() => setDraft(name), [name]);
  const commit = (value: string) => {
    const v = value.trim();
    if (!v || v.length > 100) {
      setDraft(name);
      return;
    }
    if (v !== name) useEditor.getState().change((d) => ({ ...d, name: v }));
  };
  return (
    <input
      aria-label={t("shell.designName")}
      data-testid="toolbar.name"
      className="w-56 truncate rounded-md border border-transparent px-2 py-1 text-[14px] font-medium text-slate-700 hover:border-slate-200 focus:border-indigo-400 focus:outline-none"
      value={draft}
      maxLength={100}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Enter") (e.target as HTMLInputElement).blur();
        if (e.key === "Escape") {
          setDraft(name);
          (e.target as HTMLInputElement).blur();
        }
      }}
    />
  );
}
