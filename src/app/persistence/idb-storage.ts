/**
 * Browser storage in IndexedDB, behind the same small `Storage` interface
 * the document store was written against (so its rules — revisions, 20
 * versions, the recent list, keeping unreadable documents aside — stay
 * exactly as they were).
 *
 * Why: localStorage holds about 5 million characters an origin, shared by
 * every design and version; IndexedDB holds as much as the disk allows.
 *
 * How: every entry is read once at start into memory; reads are answered
 * from there, and every write goes to memory at once and to IndexedDB right
 * after (idb-keyval; writes commit in the order they were made). Other tabs
 * hear of each write on a BroadcastChannel, as localStorage's `storage`
 * event told them before. A write IndexedDB refuses (a full disk) is handed
 * to `onWriteError`: the app shows it, with "Save as file"; it is never
 * swallowed.
 */
import { createStore, delMany, entries, setMany, type UseStore } from "idb-keyval";

export const IDB_NAME = "seams";
export const IDB_STORE = "kv";
const CHANNEL = "seams.storage";
/** What localStorage entries of Seams start with; all of them move to IndexedDB. */
const LEGACY_PREFIX = "seams.";

type Change = { key: string; value: string | null };

export class IdbStorage implements Storage {
  private readonly map = new Map<string, string>();
  private readonly listeners = new Set<(key: string, value: string | null) => void>();
  private channel: BroadcastChannel | undefined;
  private pending = 0;
  /** Writes not yet committed, newest value per key: what `rescue` copies. */
  private readonly uncommitted = new Map<string, { value: string | null; seq: number; rescued?: boolean }>();
  private seq = 0;
  private idle: (() => void)[] = [];
  /** Called when IndexedDB refuses a write (quota, or storage gone). */
  onWriteError: ((error: unknown, key: string) => void) | undefined;
  /** Called when IndexedDB has committed a write. */
  onCommit: ((key: string) => void) | undefined;

  private constructor(
    private readonly idb: UseStore,
    private readonly legacy: Storage | undefined,
  ) {}

  /**
   * Opens the store, reads it into memory and moves what localStorage holds
   * (the store before this one) into it. Rejects when IndexedDB cannot be
   * opened at all (the caller falls back to localStorage).
   */
  static async open(legacy: Storage | undefined = globalThis.localStorage, name = IDB_NAME): Promise<IdbStorage> {
    const s = new IdbStorage(createStore(name, IDB_STORE), legacy);
    // Listen first: a write another tab makes while this one reads must not be lost under the older value read.
    const heard = new Set<string>();
    if (typeof BroadcastChannel !== "undefined") {
      s.channel = new BroadcastChannel(`${CHANNEL}.${name}`);
      s.channel.onmessage = (e: MessageEvent<Change>) => {
        const { key, value } = e.data;
        heard.add(key);
        s.apply(key, value);
        for (const fn of s.listeners) fn(key, value);
      };
    }
    for (const [key, value] of await entries<string, unknown>(s.idb)) {
      if (typeof key === "string" && typeof value === "string" && !heard.has(key)) s.map.set(key, value);
    }
    await s.moveFrom(legacy);
    return s;
  }

  /**
   * Moves every Seams entry of localStorage here, keeping each design and
   * version. localStorage only holds what an older Seams wrote after the
   * last move, so its entries win; except a document this store holds at a
   * higher revision (saved by this Seams since). Entries leave localStorage
   * only once IndexedDB has committed them.
   */
  private async moveFrom(legacy: Storage | undefined): Promise<void> {
    if (!legacy) return;
    const moved: [string, string][] = [];
    const keys: string[] = [];
    try {
      for (let i = 0; i < legacy.length; i++) {
        const key = legacy.key(i);
        if (key?.startsWith(LEGACY_PREFIX)) keys.push(key);
      }
    } catch {
      return; // localStorage not readable (blocked): nothing to move
    }
    for (const key of keys) {
      const value = legacy.getItem(key);
      if (value === null) continue;
      const mine = this.map.get(key);
      if (mine !== undefined && key.startsWith("seams.doc.") && revOf(mine) > revOf(value)) continue;
      moved.push([key, value]);
    }
    if (moved.length) {
      await setMany(moved, this.idb);
      for (const [key, value] of moved) this.map.set(key, value);
    }
    for (const key of keys) legacy.removeItem(key);
  }

  /** Calls `fn` when another tab writes or removes an entry. */
  onExternalChange(fn: (key: string, value: string | null) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Resolves once every write made so far is committed (or refused). */
  settled(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }

  get length(): number {
    return this.map.size;
  }

  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const text = String(value);
    this.map.set(key, text);
    this.persist(key, text);
  }

  removeItem(key: string): void {
    if (!this.map.has(key)) return;
    this.map.delete(key);
    this.persist(key, null);
  }

  clear(): void {
    for (const key of [...this.map.keys()]) this.removeItem(key);
  }

  private apply(key: string, value: string | null): void {
    if (value === null) this.map.delete(key);
    else this.map.set(key, value);
  }

  /**
   * Copies writes IndexedDB has not committed yet into localStorage, which
   * writes at once. For the page being left (a reload straight after
   * typing): the browser may end the page before IndexedDB commits, and the
   * next start moves localStorage's entries in. Best effort: a copy that
   * does not fit is left to IndexedDB.
   */
  rescue(): void {
    if (!this.legacy) return;
    for (const [key, write] of this.uncommitted) {
      if (write.value === null) continue;
      try {
        this.legacy.setItem(key, write.value);
        write.rescued = true;
      } catch {
        /* too large for localStorage: IndexedDB may still commit it */
      }
    }
  }

  private persist(key: string, value: string | null): void {
    this.pending++;
    const seq = ++this.seq;
    this.uncommitted.set(key, { value, seq });
    const write = value === null ? delMany([key], this.idb) : setMany([[key, value]], this.idb);
    // Told at once, as localStorage's event did: another tab's conflict check must see this revision now, not after the commit.
    this.channel?.postMessage({ key, value } satisfies Change);
    write
      .then(() => {
        this.onCommit?.(key);
        const write = this.uncommitted.get(key);
        if (write?.seq !== seq) return;
        this.uncommitted.delete(key);
        // Committed after all (the page stayed, or was kept for going back): the rescue copy must not come back later as if newer.
        if (write.rescued && this.legacy?.getItem(key) === write.value) this.legacy.removeItem(key);
      })
      .catch((e: unknown) => this.onWriteError?.(e, key))
      .finally(() => {
        if (--this.pending === 0) for (const resolve of this.idle.splice(0)) resolve();
      });
  }
}

/** The revision at the front of a stored document envelope (see pack-design.ts). */
function revOf(envelope: string): number {
  const m = /^\{"docId":"[^"]*","rev":(\d+)/.exec(envelope);
  return m ? Number(m[1]) : 0;
}
