import { useMemo } from "react";
import { clipPreview } from "./clip-preview";

/**
 * The output as text, with line numbers that copying leaves out. Only the
 * first 200 KB reach the DOM; a note says so, since Copy and Download carry
 * everything.
 */
export function CodePreview({ content, dimmed }: { content: string; dimmed: boolean }) {
  const preview = useMemo(() => clipPreview(content), [content]);
  const gutter = useMemo(() => Array.from({ length: preview.lines }, (_, i) => i + 1).join("\n"), [preview.lines]);
  return (
    <div className={`relative min-h-0 flex-1 overflow-auto bg-slate-50/60 transition-opacity ${dimmed ? "opacity-50" : ""}`} data-testid="export.preview-scroll">
      <div className="flex min-w-max font-mono text-[12px] leading-[18px]">
        <pre aria-hidden className="sticky left-0 select-none border-r border-slate-200 bg-slate-50 px-3 py-3 text-right text-slate-400">
          {gutter}
        </pre>
        <pre className="px-4 py-3 text-slate-800" data-testid="export.preview" tabIndex={0} aria-label="Preview of the exported file">
          {preview.text}
        </pre>
      </div>
      {preview.truncated && (
        <div className="sticky bottom-0 left-0 border-t border-amber-200 bg-amber-50 px-4 py-2 text-[12px] text-amber-900" data-testid="export.truncated">
          Preview truncated after {preview.lines.toLocaleString("en")} lines ({formatSize(preview.text.length)} of {formatSize(content.length)}); the download is complete.
        </div>
      )}
    </div>
  );
}

/** Characters as KB / MB, near enough for a person. */
export function formatSize(chars: number): string {
  if (chars < 1024) return `${chars} B`;
  if (chars < 1024 * 1024) return `${(chars / 1024).toFixed(chars < 10 * 1024 ? 1 : 0)} KB`;
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
