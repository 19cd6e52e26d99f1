import { useMemo, type CSSProperties } from "react";
import { chunkLines, clipPreview, type PreviewChunk } from "./clip-preview";
import { useT } from "../i18n/i18n";

const LINE_PX = 18;
const LINES_PER_CHUNK = 200;

/** A run of lines the browser lays out only near the viewport; its height is known without layout. */
const chunkStyle = (c: PreviewChunk): CSSProperties => ({ contentVisibility: "auto", containIntrinsicSize: `auto ${c.lines * LINE_PX}px`, height: c.lines * LINE_PX });

/**
 * The output as text, with line numbers that copying leaves out. Only the
 * first 200 KB reach the DOM, in runs laid out as they scroll into view; a
 * note says the preview is cut, since Copy and Download carry everything.
 */
export function CodePreview({ content, dimmed }: { content: string; dimmed: boolean }) {
  const preview = useMemo(() => clipPreview(content), [content]);
  const chunks = useMemo(() => chunkLines(preview.text, LINES_PER_CHUNK), [preview.text]);
  const digits = String(preview.lines).length;
  const { t, locale } = useT();
  return (
    <div className={`relative min-h-0 flex-1 overflow-auto bg-slate-50/60 transition-opacity ${dimmed ? "opacity-50" : ""}`} data-testid="export.preview-scroll">
      <div className="flex min-w-max py-3 font-mono text-[12px] leading-[18px]">
        <div aria-hidden className="sticky left-0 z-10 select-none border-r border-slate-200 bg-slate-50 px-3 text-right text-slate-500" style={{ width: `calc(${digits}ch + 1.5rem)` }}>
          {chunks.map((c) => (
            <pre key={c.firstLine} style={chunkStyle(c)}>
              {Array.from({ length: c.lines }, (_, i) => c.firstLine + i).join("\n")}
            </pre>
          ))}
        </div>
        <div className="px-4 text-slate-800" data-testid="export.preview" tabIndex={0} aria-label={t("exportUi.previewLabel")}>
          {chunks.map((c) => (
            // The run's last newline is left to the block break: a selection copied across runs gets one line break, not two.
            <pre key={c.firstLine} style={chunkStyle(c)}>
              {c.text.endsWith("\n") ? c.text.slice(0, -1) : c.text}
            </pre>
          ))}
        </div>
      </div>
      {preview.truncated && (
        <div className="sticky bottom-0 left-0 border-t border-amber-200 bg-amber-50 px-4 py-2 text-[12px] text-amber-900" data-testid="export.truncated">
          {t("exportUi.truncated", { lines: preview.lines.toLocaleString(locale), shown: formatSize(preview.text.length), total: formatSize(content.length) })}
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
