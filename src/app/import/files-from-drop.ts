/**
 * The files of a drop, with dropped folders opened (a folder of manifests is a
 * normal thing to drop). The entries must be taken while the drop event runs;
 * reading them may finish later.
 */

/** The part of the File and Directory Entries API this needs (kept small so tests can fake it). */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: DropEntry[]) => void, fail: (e: unknown) => void): void };
}

const MANIFEST = /\.(?:ya?ml|json)$/i;
const MAX_DEPTH = 4;
const MAX_FILES = 200;

export function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries = Array.from(dt.items).map((item) => (item.kind === "file" ? (item.webkitGetAsEntry?.() as DropEntry | null) : null));
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(Array.from(dt.files));
  return readEntries(entries.filter((e): e is DropEntry => !!e));
}

/** Files as they are; folders opened to their .yaml, .yml and .json files (subfolders too, hidden ones left out). */
export async function readEntries(entries: readonly DropEntry[], depth = 0): Promise<File[]> {
  const out: File[] = [];
  for (const entry of entries) {
    if (out.length >= MAX_FILES) break;
    if (entry.isFile && entry.file && (depth === 0 || (MANIFEST.test(entry.name) && !entry.name.startsWith(".")))) {
      out.push(await new Promise<File>((ok, fail) => entry.file!(ok, fail)));
    } else if (entry.isDirectory && entry.createReader && depth < MAX_DEPTH && !entry.name.startsWith(".")) {
      out.push(...(await readEntries(await readAll(entry.createReader()), depth + 1)));
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** A directory reader hands out entries in batches until it returns an empty one. */
async function readAll(reader: ReturnType<NonNullable<DropEntry["createReader"]>>): Promise<DropEntry[]> {
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0 || all.length > MAX_FILES * 4) return all;
    all.push(...batch);
  }
}
