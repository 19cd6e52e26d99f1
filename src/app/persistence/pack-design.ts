/**
 * Designs are stored as plain JSON, readable in the browser's storage
 * inspector. IndexedDB holds as much as the disk allows, so even a
 * 10,000-service design (5.9 million characters) fits as it is.
 *
 * Deflate is the exception, loaded on first use (deflate-codec.ts):
 * - where IndexedDB cannot be opened, storage is localStorage (about 5
 *   million characters in all), so large designs are written deflated there;
 * - envelopes an older Seams wrote deflated (`designZ`) must still be read.
 * Start-up loads the codec in either case (`loadCodecIfNeeded`), before
 * anything is read, since reads and writes are synchronous.
 */
import type { Design } from "../../core/model/schema";

/** Designs whose JSON passes this many characters are stored deflated where storage is small. */
export const PACK_ABOVE_CHARS = 400_000;

/** Deflate (raw DEFLATE, base64) and back; synchronous, like the store. */
export interface DesignCodec {
  deflate(json: string): string;
  inflate(base64: string): string;
}

let codec: DesignCodec | undefined;
/** Whether large designs are written deflated (only where storage is small); reading needs just the codec. */
let compress = false;

/** Installs (or, for tests, removes) the codec, and says whether to write large designs deflated. */
export function setCodec(c: DesignCodec | undefined, compressWrites = c !== undefined): void {
  codec = c;
  compress = compressWrites;
}

/** Loads the codec (a separate chunk). */
async function loadCodec(compressWrites: boolean): Promise<void> {
  setCodec(codec ?? (await import("./deflate-codec")).deflateCodec, compressWrites);
}

/** Whether any stored entry carries a deflated design (written by an older Seams, or on localStorage). */
export function storesDeflated(storage: Storage): boolean {
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith("seams.") && storage.getItem(key)?.includes('"designZ":')) return true;
  }
  return false;
}

/**
 * Loads the codec when this storage needs it: it holds deflated designs, or
 * it is small (`small`: the localStorage fallback). Old deflated designs are
 * read, and written back plain where storage is large. A codec that cannot
 * load is no reason not to start: a deflated design then reads as
 * unreadable, and is kept aside, not lost.
 */
export async function loadCodecIfNeeded(storage: Storage, small: boolean): Promise<void> {
  compress = small;
  if (!small && !storesDeflated(storage)) return;
  try {
    await loadCodec(small);
  } catch {
    /* offline with a stale page: see above */
  }
}

/** The stored envelope of a document: `design` as JSON, or `designZ` (deflate, base64) when large and storage is small. Key order matters to `storedRev`. */
export function envelopeText(head: { docId: string; rev: number; savedAt: number; tabId: string }, design: Design): string {
  const json = JSON.stringify(design);
  const prefix = `{"docId":${JSON.stringify(head.docId)},"rev":${head.rev},"savedAt":${head.savedAt},"tabId":${JSON.stringify(head.tabId)},`;
  if (json.length <= PACK_ABOVE_CHARS || !codec || !compress) return `${prefix}"design":${json}}`;
  return `${prefix}"designZ":${JSON.stringify(codec.deflate(json))}}`;
}

/**
 * The design value an envelope carries, still unchecked (the loader checks
 * it). Throws on a damaged `designZ`, or one met without the codec loaded;
 * callers treat that as unreadable.
 */
export function designOfEnvelope(env: unknown): unknown {
  if (!env || typeof env !== "object") return undefined;
  const e = env as { design?: unknown; designZ?: unknown };
  if (typeof e.designZ === "string") {
    if (!codec) throw new Error("the deflate codec is not loaded");
    return JSON.parse(codec.inflate(e.designZ));
  }
  return e.design;
}
