import { describe, expect, it } from 'vitest';
import { CHROME_SYNC, FakeStorageArea, settle } from '../fakes/storage';

describe('the storage fake behaves like chrome.storage', () => {
  it('copies values in and out', async () => {
    const a = new FakeStorageArea();
    const v = { list: [1] };
    await a.set({ k: v });
    v.list.push(2);
    const got = await a.get('k');
    (got.k as { list: number[] }).list.push(3);
    expect((await a.get(null)).k).toEqual({ list: [1] });
  });

  it('fires onChanged asynchronously, only for real changes', async () => {
    const a = new FakeStorageArea();
    const events: unknown[] = [];
    a.onChanged.addListener((c) => events.push(c));
    const pending = a.set({ k: 1 });
    expect(events).toEqual([]); // never synchronously, inside the call
    await pending;
    await settle();
    await a.set({ k: 1 });
    await a.remove('absent');
    await settle();
    await a.remove('k');
    await settle();
    expect(events).toEqual([{ k: { newValue: 1 } }, { k: { oldValue: 1 } }]);
  });

  it('sync: enforces the per-item, total and item-count quotas, atomically', async () => {
    const s = new FakeStorageArea({ kind: 'sync' });
    await expect(s.set({ ok: 1, k: 'x'.repeat(CHROME_SYNC.QUOTA_BYTES_PER_ITEM) })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded.');
    expect(s.keys()).toEqual([]);
    const chunk = 'x'.repeat(8000);
    const items = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, chunk]));
    await expect(s.set(items)).rejects.toThrow('QUOTA_BYTES quota exceeded.');
    const many = Object.fromEntries(Array.from({ length: CHROME_SYNC.MAX_ITEMS + 1 }, (_, i) => [`k${i}`, 1]));
    await expect(s.set(many)).rejects.toThrow('MAX_ITEMS quota exceeded.');
    expect(s.keys()).toEqual([]);
  });

  it('sync: limits write operations per minute and per hour on the given clock', async () => {
    let now = 0;
    const s = new FakeStorageArea({ kind: 'sync', now: () => now });
    for (let i = 0; i < CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE; i++) await s.set({ k: i });
    await expect(s.set({ k: -1 })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    await expect(s.remove('k')).rejects.toThrow(/PER_MINUTE/);
    now += 60_001;
    await s.set({ k: 'later' });
    for (let m = 0; s.writeOps.length < CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_HOUR; m++) {
      now += 60_001;
      for (let i = 0; i < 100 && s.writeOps.length < CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_HOUR; i++) await s.set({ k: i });
    }
    now += 60_001;
    await expect(s.set({ k: 'x' })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
  });

  it('local has no such limits', async () => {
    const l = new FakeStorageArea({ kind: 'local' });
    for (let i = 0; i < 200; i++) await l.set({ [`k${i}`]: 'x'.repeat(9000) });
    expect(l.keys()).toHaveLength(200);
  });
});
