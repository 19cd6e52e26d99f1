/**
 * The saved versions of each document. Each version has its own key and
 * the list is a small index, so a save writes one version and a few hundred
 * characters of index instead of re-reading and re-writing every version
 * (a 1,000-service design took 150 ms a save that way), and the History
 * panel lists versions without reading them. The first list format (one
 * key holding every version, `seams.history.<id>`) is read and moved over.
 */
import type { Design } from "../../core/model/schema";
import { loadDesign } from "../../core/load/load-design";
import { designOfEnvelope, envelopeText } from "./pack-design";
import { historyKey, versionKey, versionsKey } from "./storage-keys";

export const HISTORY_VERSIONS = 20;
/** Versions of one document may take this many characters in all: the quota is about 5 million an origin, shared by every design. */
export const VERSION_BUDGET_CHARS = 2_000_000;
/** Saves closer together than this, from one tab, keep only the later one. */
const COALESCE_MS = 60_000;

export interface VersionRef {
  rev: number;
  savedAt: number;
  tabId: string;
  name: string;
  services: number;
  /** Stored characters, for the budget. */
  chars: number;
}

export interface VersionSource {
  docId: string;
  rev: number;
  savedAt: number;
  tabId: string;
  design: Design;
}

export class VersionList {
  constructor(private readonly storage: Storage) {}

  /** The versions of a document, oldest first. */
  list(docId: string): VersionRef[] {
    const raw = this.storage.getItem(versionsKey(docId));
    if (raw === null) return this.migrate(docId);
    try {
      const list = JSON.parse(raw) as unknown;
      return Array.isArray(list) ? list.filter(isRef) : [];
    } catch {
      return [];
    }
  }

  /** One version's design, through the loader; undefined when it is gone or unreadable. */
  load(docId: string, rev: number): Design | undefined {
    const raw = this.storage.getItem(versionKey(docId, rev));
    if (raw === null) return undefined;
    try {
      const r = loadDesign(designOfEnvelope(JSON.parse(raw)));
      return r.ok ? r.design : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Adds a save (`text` is the envelope as stored). Only the same tab's
   * newest version is replaced by a save within a minute: a tab that
   * overwrites another tab's work leaves that work in the list.
   */
  push(doc: VersionSource, text: string): void {
    let list = this.list(doc.docId);
    const newest = list[list.length - 1];
    if (newest && newest.tabId === doc.tabId && doc.savedAt - newest.savedAt < COALESCE_MS && list.length > 1) {
      this.storage.removeItem(versionKey(doc.docId, newest.rev));
      list = list.slice(0, -1);
    }
    const ref: VersionRef = { rev: doc.rev, savedAt: doc.savedAt, tabId: doc.tabId, name: doc.design.name, services: doc.design.services?.length ?? 0, chars: text.length };
    list.push(ref);
    let total = list.reduce((sum, v) => sum + v.chars, 0);
    while (list.length > HISTORY_VERSIONS || (total > VERSION_BUDGET_CHARS && list.length > 0)) {
      const gone = list.shift()!;
      total -= gone.chars;
      this.storage.removeItem(versionKey(doc.docId, gone.rev));
    }
    if (list.includes(ref)) {
      // Versions are a convenience: on quota trouble, older ones make room, and at worst this one is not kept.
      for (;;) {
        try {
          this.storage.setItem(versionKey(doc.docId, ref.rev), text);
          break;
        } catch {
          const gone = list.shift()!;
          this.storage.removeItem(versionKey(doc.docId, gone.rev));
          if (gone === ref) break;
        }
      }
    }
    this.saveIndex(doc.docId, list);
  }

  /** Removes every version of a document, and its index. */
  removeAll(docId: string): void {
    for (const v of this.list(docId)) this.storage.removeItem(versionKey(docId, v.rev));
    this.storage.removeItem(versionsKey(docId));
    this.storage.removeItem(historyKey(docId));
  }

  /** Frees the oldest version of a document; false when it has none. */
  dropOldest(docId: string): boolean {
    const list = this.list(docId);
    const gone = list.shift();
    if (!gone) return false;
    this.storage.removeItem(versionKey(docId, gone.rev));
    this.saveIndex(docId, list);
    return true;
  }

  private saveIndex(docId: string, list: VersionRef[]): void {
    try {
      this.storage.setItem(versionsKey(docId), JSON.stringify(list));
    } catch {
      // Without an index the versions cannot be listed: free them rather than leave them unreachable.
      for (const v of list) this.storage.removeItem(versionKey(docId, v.rev));
      this.storage.removeItem(versionsKey(docId));
    }
  }

  /** Moves a list in the first format (every version under one key) to one key per version. */
  private migrate(docId: string): VersionRef[] {
    const raw = this.storage.getItem(historyKey(docId));
    if (raw === null) return [];
    this.storage.removeItem(historyKey(docId));
    let old: unknown;
    try {
      old = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!Array.isArray(old)) return [];
    const list: VersionRef[] = [];
    for (const item of old.slice(-HISTORY_VERSIONS)) {
      const r = loadDesign((item as { design?: unknown } | null)?.design);
      if (!r.ok) continue;
      const v = item as { rev?: unknown; savedAt?: unknown; tabId?: unknown };
      const rev = Number(v.rev) || 0;
      const text = envelopeText({ docId, rev, savedAt: Number(v.savedAt) || 0, tabId: String(v.tabId ?? "") }, r.design);
      try {
        this.storage.setItem(versionKey(docId, rev), text);
      } catch {
        continue;
      }
      list.push({ rev, savedAt: Number(v.savedAt) || 0, tabId: String(v.tabId ?? ""), name: r.design.name, services: r.design.services?.length ?? 0, chars: text.length });
    }
    this.saveIndex(docId, list);
    return list;
  }
}

function isRef(v: unknown): v is VersionRef {
  const r = v as VersionRef | null;
  return typeof r === "object" && r !== null && typeof r.rev === "number" && typeof r.savedAt === "number" && typeof r.name === "string" && typeof r.chars === "number";
}
