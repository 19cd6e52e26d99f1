/**
 * What the preview shows of an output: all of it up to a size, else its
 * first whole lines up to that size. The preview is a <pre> in the DOM; a
 * 15 MB Kubernetes file there would freeze the tab, while the download and
 * Copy always take the full content.
 */
export const PREVIEW_MAX_CHARS = 200_000;

export interface PreviewText {
  text: string;
  /** Lines in `text` (a final newline does not start another line). */
  lines: number;
  truncated: boolean;
}

/** The first whole lines of `content` that fit in `max` characters (one cut line if the first line alone is longer). */
export function clipPreview(content: string, max = PREVIEW_MAX_CHARS): PreviewText {
  const truncated = content.length > max;
  let text = content;
  if (truncated) {
    const cut = content.lastIndexOf("\n", max - 1);
    text = cut >= 0 ? content.slice(0, cut + 1) : content.slice(0, max);
  }
  return { text, lines: countLines(text), truncated };
}

function countLines(text: string): number {
  if (text === "") return 0;
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < text.length - 1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

export interface PreviewChunk {
  /** Number of the chunk's first line (1-based). */
  firstLine: number;
  lines: number;
  text: string;
}

/**
 * The preview in runs of whole lines. Each run is laid out only when scrolled
 * near (content-visibility), so showing 200 KB costs about one screenful.
 */
export function chunkLines(text: string, linesPerChunk: number): PreviewChunk[] {
  const chunks: PreviewChunk[] = [];
  let start = 0;
  let firstLine = 1;
  while (start < text.length) {
    let end = start;
    let lines = 0;
    while (lines < linesPerChunk && end < text.length) {
      const nl = text.indexOf("\n", end);
      end = nl === -1 ? text.length : nl + 1;
      lines++;
    }
    chunks.push({ firstLine, lines, text: text.slice(start, end) });
    firstLine += lines;
    start = end;
  }
  return chunks;
}
