/**
 * The minimal storage surface the storage layer is written against, so unit tests can pass the
 * in-memory fake (tests/unit/fakes/storage.ts) and production code gets `browser.storage.*`.
 * Kept tiny because the content script imports it (read.ts, handoff.ts).
 */
import { browser } from './browser';

export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
export type ChangeListener = (changes: StorageChanges) => void;

export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  /**
   * Every key of the area, no values (`StorageArea.getKeys`: Chrome 130+, Firefox 143+). Optional:
   * older browsers lack it, and `readWhere` then falls back to reading everything.
   */
  getKeys?(): Promise<string[]>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged: {
    addListener(cb: ChangeListener): void;
    removeListener(cb: ChangeListener): void;
  };
}

export type AreaName = 'local' | 'sync' | 'session';

/**
 * Wraps `browser.storage[name]`, or returns null when the area does not exist in this context
 * (storage.session is missing in older Firefox and in some content-script contexts).
 * Change events come from the global `storage.onChanged` filtered by area name, because the
 * per-area `StorageArea.onChanged` is newer (Chrome 73, Firefox 76+) and not in every context.
 */
export function browserArea(name: AreaName): StorageAreaLike | null {
  let area: (typeof browser.storage)[AreaName] | undefined;
  try {
    area = (browser.storage as Partial<typeof browser.storage> | undefined)?.[name];
  } catch {
    area = undefined;
  }
  if (!area) return null;
  const a = area;
  // Feature-tested once: the types declare getKeys, older browsers do not have it.
  const getKeys = typeof (a as { getKeys?: unknown }).getKeys === 'function' ? () => a.getKeys() : undefined;
  const wrapped = new Map<ChangeListener, (changes: StorageChanges, areaName: string) => void>();
  return {
    get: (keys) => a.get(keys ?? null),
    ...(getKeys ? { getKeys } : {}),
    set: (items) => a.set(items),
    remove: (keys) => a.remove(keys),
    onChanged: {
      addListener(cb) {
        if (wrapped.has(cb)) return;
        const w = (changes: StorageChanges, areaName: string) => {
          if (areaName === name) cb(changes);
        };
        wrapped.set(cb, w);
        browser.storage.onChanged.addListener(w);
      },
      removeListener(cb) {
        const w = wrapped.get(cb);
        if (!w) return;
        wrapped.delete(cb);
        browser.storage.onChanged.removeListener(w);
      },
    },
  };
}

/** `browser.storage.local`; it always exists where the extension has the storage permission. */
export function localArea(): StorageAreaLike {
  const a = browserArea('local');
  if (!a) throw new Error('storage.local is not available in this context');
  return a;
}

