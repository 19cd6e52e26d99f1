/**
 * The browser-side document store: the current design of each document, a
 * revision counter per document (so a stale tab never overwrites newer work),
 * the last 20 saved versions of each (version-list.ts), and the list of
 * recent documents.
 * Everything read back goes through `loadDesign`; what fails is kept aside,
 * never deleted. Storage errors are thrown to the caller to show.
 */
import type { Design } from "../../core/model/schema";
import { loadDesign } from "../../core/load/load-design";
import { designOfEnvelope, envelopeText } from "./pack-design";
import { formatLoadError } from "../../core/load/load-error";
import { KEY_CURRENT, KEY_KEPT_PREFIX, KEY_RECENT, docKey, undoKey } from "./storage-keys";
import { VersionList } from "./version-list";
import { isQuotaError } from "./is-quota-error";

export { HISTORY_VERSIONS } from "./version-list";
export const RECENT_LIMIT = 30;

export interface StoredDoc {
  docId: string;
  rev: number;
  savedAt: number;
  tabId: string;
  design: Design;
}

export interface HistoryEntry {
  rev: number;
  savedAt: number;
  name: string;
  services: number;
}

export interface RecentEntry {
  docId: string;
  name: string;
  savedAt: number;
  services: number;
}

export interface RemovedDoc {
  docId: string;
  raw: string | null;
  recent: RecentEntry | undefined;
  at: number;
}

export type ReadResult =
  | { kind: "none" }
  | { kind: "ok"; doc: StoredDoc }
  | { kind: "unreadable"; keptAs: string; raw: string; reasons: string[] };


export function newDocId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export class DocStore {
  private readonly versions: VersionList;
  constructor(readonly storage: Storage) {
    this.versions = new VersionList(storage);
  }

  currentDocId(): string | undefined {
    return this.storage.getItem(KEY_CURRENT) ?? undefined;
  }

  setCurrent(docId: string): void {
    this.storage.setItem(KEY_CURRENT, docId);
  }

  /** The stored revision of a document without parsing the design (cheap; for conflict checks). */
  storedRev(docId: string): number {
    const raw = this.storage.getItem(docKey(docId));
    if (!raw) return 0;
    const m = /^\{"docId":"[^"]*","rev":(\d+)/.exec(raw);
    return m ? Number(m[1]) : 0;
  }

  /**
   * Reads a document through the loader. A corrupt or newer-version document
   * is copied aside (kept, so the person can download it) and reported.
   */
  read(docId: string): ReadResult {
    const raw = this.storage.getItem(docKey(docId));
    if (raw === null) return { kind: "none" };
    let envelope: unknown;
    try {
      envelope = JSON.parse(raw);
    } catch {
      return this.keep(docId, raw, ["the stored document is not JSON"]);
    }
    const env = envelope as Partial<StoredDoc> | null;
    let value: unknown;
    try {
      value = designOfEnvelope(env);
    } catch {
      return this.keep(docId, raw, ["the stored document is damaged: its compressed design cannot be read"]);
    }
    const result = loadDesign(value);
    if (!result.ok) return this.keep(docId, raw, result.errors.map(formatLoadError));
    return { kind: "ok", doc: { docId, rev: Number(env?.rev) || 0, savedAt: Number(env?.savedAt) || 0, tabId: String(env?.tabId ?? ""), design: result.design } };
  }

  private keep(docId: string, raw: string, reasons: string[]): ReadResult {
    const keptAs = `${KEY_KEPT_PREFIX}${docId}.${Date.now()}`;
    try {
      this.storage.setItem(keptAs, raw);
      this.storage.removeItem(docKey(docId));
    } catch {
      // Cannot copy it aside (quota): leave it where it is, untouched.
      return { kind: "unreadable", keptAs: docKey(docId), raw, reasons };
    }
    return { kind: "unreadable", keptAs, raw, reasons };
  }

  /** Writes a new revision. Key order matters: `storedRev` reads docId and rev from the front. */
  write(doc: StoredDoc): void {
    const text = envelopeText(doc, doc.design);
    // The design matters more than its old versions: on quota trouble they make room, oldest first.
    for (;;) {
      try {
        this.storage.setItem(docKey(doc.docId), text);
        break;
      } catch (e) {
        if (!isQuotaError(e) || !this.versions.dropOldest(doc.docId)) throw e;
      }
    }
    this.versions.push(doc, text);
    this.touchRecent(doc);
  }

  /** The saved versions of a document, oldest first (names and times; `loadVersion` reads one). */
  history(docId: string): HistoryEntry[] {
    return this.versions.list(docId).map(({ rev, savedAt, name, services }) => ({ rev, savedAt, name, services }));
  }

  /** One saved version's design, through the loader; undefined when it is gone or unreadable. */
  loadVersion(docId: string, rev: number): Design | undefined {
    return this.versions.load(docId, rev);
  }

  /**
   * Removes a document, its versions and its Recent entry (the person's
   * choice, to make room). Returns what `restoreRemoved` needs to undo it.
   */
  remove(docId: string): RemovedDoc {
    const raw = this.storage.getItem(docKey(docId));
    const list = this.recent();
    const at = list.findIndex((r) => r.docId === docId);
    this.storage.removeItem(docKey(docId));
    this.storage.removeItem(undoKey(docId));
    this.versions.removeAll(docId);
    if (at >= 0) this.storage.setItem(KEY_RECENT, JSON.stringify(list.filter((_, i) => i !== at)));
    return { docId, raw, recent: list[at], at };
  }

  /** Puts a removed document back where it was in Recent (without its versions). */
  restoreRemoved(removed: RemovedDoc): void {
    if (removed.raw !== null) this.storage.setItem(docKey(removed.docId), removed.raw);
    if (!removed.recent) return;
    const list = this.recent().filter((r) => r.docId !== removed.docId);
    list.splice(Math.min(removed.at, list.length), 0, removed.recent);
    this.storage.setItem(KEY_RECENT, JSON.stringify(list.slice(0, RECENT_LIMIT)));
  }

  recent(): RecentEntry[] {
    try {
      const list = JSON.parse(this.storage.getItem(KEY_RECENT) ?? "[]") as unknown;
      return Array.isArray(list) ? (list as RecentEntry[]).filter((r) => typeof r?.docId === "string") : [];
    } catch {
      return [];
    }
  }

  private touchRecent(doc: StoredDoc): void {
    const others = this.recent().filter((r) => r.docId !== doc.docId);
    const entry: RecentEntry = { docId: doc.docId, name: doc.design.name, savedAt: doc.savedAt, services: doc.design.services?.length ?? 0 };
    const list = [entry, ...others].slice(0, RECENT_LIMIT);
    this.storage.setItem(KEY_RECENT, JSON.stringify(list));
  }

  /** Documents kept aside because they could not be read, newest first. */
  kept(): { key: string; raw: string }[] {
    const out: { key: string; raw: string }[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(KEY_KEPT_PREFIX)) out.push({ key, raw: this.storage.getItem(key) ?? "" });
    }
    return out.sort((a, b) => b.key.localeCompare(a.key));
  }
}
