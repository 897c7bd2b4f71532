/**
 * In-memory stand-in for chrome.storage areas, faithful where the storage layer depends on it:
 * - values are deep-copied in and out (JSON round trip, like Chrome's serialisation);
 * - onChanged fires asynchronously, only for keys whose value really changed, with
 *   { oldValue, newValue }, to every listener (the writer's own context included), like Chrome;
 * - the `sync` kind enforces Chrome's quotas with Chrome's own error messages: an item is its key
 *   plus its JSON, in UTF-8 bytes; a refused write changes nothing; every set/remove/clear call
 *   counts as one write operation against the per-minute and per-hour limits, measured on the
 *   clock you pass (use vi.useFakeTimers() and Date.now, or any function you control).
 */
import type { ChangeListener, StorageAreaLike, StorageChanges } from '../../../src/storage/areas';

export const CHROME_SYNC = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s).length;
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface FakeAreaOptions {
  kind?: 'local' | 'sync' | 'session';
  now?: () => number;
  /** A total quota for any kind (storage.local's is 10 MB in Chrome): see `quotaBytes` below. */
  quotaBytes?: number;
}

export class FakeStorageArea implements StorageAreaLike {
  readonly kind: 'local' | 'sync' | 'session';
  private readonly now: () => number;
  private data = new Map<string, unknown>();
  private listeners = new Set<ChangeListener>();
  /** Times of write operations (set/remove/clear calls that reached the quota check). */
  readonly writeOps: number[] = [];
  /** Every call, for assertions on batching. */
  readonly calls: Array<{ op: 'get' | 'getKeys' | 'set' | 'remove' | 'clear'; keys: string[] }> = [];
  private failures: Error[] = [];
  /** When false, reads and writes throw (like storage.session from an untrusted context). */
  accessible = true;
  /**
   * The total a `set` may leave stored, in bytes (key plus JSON, as for sync), with Chrome's error
   * for storage.local ("Resource::kQuotaBytes quota exceeded."); a refused write changes nothing.
   * Change it at any time (e.g. to Infinity: room was made).
   */
  quotaBytes: number;

  constructor(opts: FakeAreaOptions = {}) {
    this.kind = opts.kind ?? 'local';
    this.now = opts.now ?? (() => Date.now());
    this.quotaBytes = opts.quotaBytes ?? Infinity;
  }

  readonly onChanged = {
    addListener: (cb: ChangeListener) => void this.listeners.add(cb),
    removeListener: (cb: ChangeListener) => void this.listeners.delete(cb),
    hasListeners: () => this.listeners.size > 0,
  };

  /** Makes the next write (set/remove) reject with this error. */
  failNextWrite(e: Error): void {
    this.failures.push(e);
  }

  /** Puts values in place without events, quotas or rate counting (test setup). */
  seed(items: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(items)) this.data.set(k, clone(v));
  }

  /** The contents as JSON with sorted keys: compare before/after for "byte-for-byte unchanged". */
  dump(): string {
    return JSON.stringify(Object.fromEntries([...this.data.entries()].sort(([a], [b]) => (a < b ? -1 : 1))));
  }

  snapshot(): Record<string, unknown> {
    return clone(Object.fromEntries(this.data));
  }

  keys(): string[] {
    return [...this.data.keys()].sort();
  }

  bytesInUse(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(JSON.stringify(v));
    return n;
  }

  private guard(): void {
    if (!this.accessible) throw new Error('Access to storage is not allowed from this context.');
  }

  private countWrite(): void {
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (this.kind !== 'sync') return;
    const t = this.now();
    const inHour = this.writeOps.filter((w) => w > t - 3_600_000);
    const inMinute = inHour.filter((w) => w > t - 60_000);
    if (inMinute.length >= CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    if (inHour.length >= CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_HOUR) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    }
    this.writeOps.push(t);
  }

  private emit(changes: StorageChanges): void {
    if (!Object.keys(changes).length) return;
    const targets = [...this.listeners];
    // Chrome dispatches change events asynchronously, after the write's promise settles.
    void Promise.resolve().then(() => {
      for (const cb of targets) {
        try {
          cb(clone(changes));
        } catch {
          // A throwing listener must not stop the others, as in the browser.
        }
      }
    });
  }

  /**
   * Like the browser's `getKeys` (Chrome 130+, Firefox 143+). Set to undefined to play an older
   * browser, where stores fall back to `get(null)`.
   */
  getKeys: (() => Promise<string[]>) | undefined = async () => {
    this.guard();
    this.calls.push({ op: 'getKeys', keys: [] });
    return [...this.data.keys()];
  };

  /** Values read by `get` calls since construction: how much a store cloned. */
  readCount = 0;

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    this.guard();
    this.calls.push({ op: 'get', keys: keys == null ? [] : ([] as string[]).concat(keys) });
    const out: Record<string, unknown> = {};
    const wanted = keys == null ? [...this.data.keys()] : ([] as string[]).concat(keys);
    for (const k of wanted) if (this.data.has(k)) out[k] = clone(this.data.get(k));
    this.readCount += Object.keys(out).length;
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.guard();
    this.calls.push({ op: 'set', keys: Object.keys(items) });
    this.countWrite();
    const incoming = new Map(Object.entries(items).map(([k, v]) => [k, clone(v)] as const));
    if (this.kind === 'sync') {
      for (const [k, v] of incoming) {
        if (bytes(k) + bytes(JSON.stringify(v)) > CHROME_SYNC.QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded.');
      }
      const after = new Map([...this.data, ...incoming]);
      let total = 0;
      for (const [k, v] of after) total += bytes(k) + bytes(JSON.stringify(v));
      if (total > CHROME_SYNC.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded.');
      if (after.size > CHROME_SYNC.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded.');
    }
    if (this.quotaBytes !== Infinity) {
      let total = 0;
      for (const [k, v] of new Map([...this.data, ...incoming])) total += bytes(k) + bytes(JSON.stringify(v));
      if (total > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded.');
    }
    const changes: StorageChanges = {};
    for (const [k, v] of incoming) {
      const old = this.data.get(k);
      if (this.data.has(k) && eq(old, v)) continue;
      changes[k] = this.data.has(k) ? { oldValue: old, newValue: clone(v) } : { newValue: clone(v) };
      this.data.set(k, v);
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.guard();
    const list = ([] as string[]).concat(keys);
    this.calls.push({ op: 'remove', keys: list });
    this.countWrite();
    const changes: StorageChanges = {};
    for (const k of list) {
      if (!this.data.has(k)) continue;
      changes[k] = { oldValue: this.data.get(k) };
      this.data.delete(k);
    }
    this.emit(changes);
  }

  async clear(): Promise<void> {
    this.guard();
    this.calls.push({ op: 'clear', keys: [] });
    this.countWrite();
    const changes: StorageChanges = {};
    for (const [k, v] of this.data) changes[k] = { oldValue: v };
    this.data.clear();
    this.emit(changes);
  }
}

/** One browser: its own local and session areas, and a sync area (pass a shared one for two browsers). */
export function fakeBrowserAreas(opts: { sync?: FakeStorageArea; now?: () => number } = {}) {
  const now = opts.now;
  return {
    local: new FakeStorageArea({ kind: 'local', now }),
    session: new FakeStorageArea({ kind: 'session', now }),
    sync: opts.sync ?? new FakeStorageArea({ kind: 'sync', now }),
  };
}

/** Lets queued change events and the promise chains they start run to completion. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/**
 * Whether a `get` is a store's whole read: `get(null)`, or (where `getKeys` lists the keys first)
 * the listed keys, which include the library's version number. Tests that interleave a save with
 * that read use it.
 */
export function wholeRead(keys: null | undefined | string | string[]): boolean {
  return keys == null || (Array.isArray(keys) && keys.includes('schemaVersion'));
}
