import { useEffect, useState } from "react";
import type { ExportOutput } from "../../core/export/types";
import { downloadText } from "../files/download";
import { useEditor } from "../store/editor-store";
import { Icon } from "../ui/icons";
import { ExportIcon } from "./ExportIcon";
import { useT } from "../i18n/i18n";

type CopyState = "idle" | "copied" | "failed";

/** Copy and Download of the full output (never the clipped preview). */
export function OutputActions({ output }: { output: ExportOutput | undefined }) {
  const [copy, setCopy] = useState<CopyState>("idle");
  const { t } = useT();
  useEffect(() => setCopy("idle"), [output]);
  useEffect(() => {
    if (copy === "idle") return;
    const t = setTimeout(() => setCopy("idle"), 2000);
    return () => clearTimeout(t);
  }, [copy]);

  const onCopy = async () => {
    if (!output) return;
    try {
      await navigator.clipboard.writeText(output.content);
      setCopy("copied");
    } catch (e) {
      setCopy("failed");
      useEditor.getState().notify({ tone: "error", title: t("export.copyError"), details: [e instanceof Error ? e.message : String(e), t("export.copyErrorHint")] });
    }
  };
  const button = "flex h-8 items-center gap-1.5 rounded-lg px-3 text-[13px] font-medium outline-none focus-visible:ring-2 focus-visible:ring-indigo-300 disabled:cursor-default disabled:opacity-40";
  return (
    <div className="flex items-center gap-2">
      <button className={`${button} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`} disabled={!output} onClick={() => void onCopy()} data-testid="export.copy" aria-live="polite">
        <ExportIcon name={copy === "copied" ? "check" : "copy"} />
        {copy === "copied" ? t("export.copied") : copy === "failed" ? t("export.copyFailed") : t("export.copy")}
      </button>
      <button className={`${button} bg-indigo-600 text-white shadow-sm hover:bg-indigo-700`} disabled={!output} onClick={() => output && downloadText(output.fileName, output.content, output.mediaType)} data-testid="export.download">
        <Icon name="download" size={14} />
        {t("export.download")}
      </button>
    </div>
  );
}
