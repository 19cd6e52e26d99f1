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
