import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/schema';
import { browserArea } from '../../../src/storage/areas';
import { onLibraryChange, readLibrary, saveReason, type LibraryView } from '../../../src/storage/read';
import { FakeStorageArea, settle } from '../fakes/storage';
import { tpl } from './helpers';

// A browser-shaped mock: per-area fakes and the global storage.onChanged(changes, areaName).
const mock = vi.hoisted(() => {
  const listeners = new Set<(changes: unknown, area: string) => void>();
  return {
    listeners,
    browser: {
      storage: {
        local: undefined as unknown,
        onChanged: {
          addListener: (cb: (changes: unknown, area: string) => void) => listeners.add(cb),
          removeListener: (cb: (changes: unknown, area: string) => void) => listeners.delete(cb),
        },
      },
    },
  };
});
vi.mock('../../../src/storage/browser', () => ({ browser: mock.browser }));

describe('onLibraryChange', () => {
  it('delivers the library after template or settings changes, until aborted', async () => {
    const area = new FakeStorageArea();
    const seen: LibraryView[] = [];
    const ctl = new AbortController();
    onLibraryChange((lib) => seen.push(lib), ctl.signal, area);
    await area.set({ 't:a': tpl('a') });
    await settle();
    expect(seen.at(-1)?.templates.map((t) => t.id)).toEqual(['a']);
    await area.set({ settings: { ...DEFAULT_SETTINGS, guardMode: 'off' } });
    await settle();
    expect(seen.at(-1)?.settings.guardMode).toBe('off');
    const n = seen.length;
    await area.set({ syncStatus: { state: 'ok' }, handoff: {} });
    await settle();
    expect(seen).toHaveLength(n);
    ctl.abort();
    await area.set({ 't:b': tpl('b') });
    await settle();
    expect(seen).toHaveLength(n);
    expect(area.onChanged.hasListeners()).toBe(false);
  });
});

describe('saveReason', () => {
  it('stores a valid reason under its own key and refuses an invalid one', async () => {
    const area = new FakeStorageArea();
    const r = { id: 'r1', personName: 'Jane Doe', profileUrl: null, text: 'We met at the meetup', createdAt: 1 };
    await saveReason(r, area);
    expect(area.snapshot()).toEqual({ 'r:r1': r });
    await expect(saveReason({ ...r, id: '' }, area)).rejects.toThrow(/id is empty/);
  });
});

describe('browserArea', () => {
  it('wraps browser.storage.<area> and filters the global change event by area name', async () => {
    const fake = new FakeStorageArea();
    mock.browser.storage.local = fake;
    const area = browserArea('local')!;
    await area.set({ k: 1 });
    expect(await area.get('k')).toEqual({ k: 1 });
    const got: unknown[] = [];
    const cb = (c: unknown) => got.push(c);
    area.onChanged.addListener(cb);
    for (const l of mock.listeners) {
      l({ k: { newValue: 2 } }, 'sync');
      l({ k: { newValue: 3 } }, 'local');
    }
    expect(got).toEqual([{ k: { newValue: 3 } }]);
    area.onChanged.removeListener(cb);
    expect(mock.listeners.size).toBe(0);
    expect(browserArea('session')).toBeNull();
    expect((await readLibrary(area)).templates).toEqual([]);
  });
});
