/**
 * `Storage` in memory, for tests and benchmarks outside a browser. With a
 * quota it refuses writes past that many characters (keys and values), the
 * way browsers do (about 5 million characters an origin in Chromium).
 */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  private used = 0;
  constructor(private readonly quotaChars = Infinity) {}
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
    this.used = 0;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    const old = this.map.get(key);
    if (old !== undefined) this.used -= key.length + old.length;
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    const text = String(value);
    const old = this.map.get(key);
    const next = this.used - (old === undefined ? 0 : key.length + old.length) + key.length + text.length;
    if (next > this.quotaChars) throw new DOMException(`storage quota of ${this.quotaChars} characters exceeded`, "QuotaExceededError");
    this.map.set(key, text);
    this.used = next;
  }
  /** Characters stored, keys included. */
  get usedChars() {
    return this.used;
  }
}
