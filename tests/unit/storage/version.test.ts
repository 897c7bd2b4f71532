// Issue 9 part 6: a schemaVersion that is not a readable number is damage (set aside, go on);
// a readable newer one keeps the read-only mode, with Repair as the way out. Issue 11 part 4:
// the popup and the worker starting at once set a bad value aside once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/schema';
import { createLibrary, DAMAGED_VERSION_NOTICE } from '../../../src/storage/library';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { FakeStorageArea, wholeRead } from '../fakes/storage';
import { T0, browserWith, tpl } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

const settings = { ...DEFAULT_SETTINGS, syncEnabled: false, order: ['a', 'b'], updatedAt: 5 };

describe('a schemaVersion that cannot be read', () => {
  // NaN is stored as null by Chrome's JSON serialisation (and by the fake): null is covered too.
  for (const bad of ['1', 'two', Number.NaN, 1e308, -1, 1.5, null, [1], { v: 1 }, 2 ** 53]) {
    it(`${JSON.stringify(bad) ?? String(bad)}: set aside, every item validated, the library usable`, async () => {
      const b = browserWith();
      b.local.seed({ schemaVersion: bad, 't:a': tpl('a'), 't:b': tpl('b'), 't:bad': { id: 'bad' }, settings });
      const state = await b.lib.load();
      expect(state.readOnly).toBe(false);
      expect(state.templates.map((t) => t.id)).toEqual(['a', 'b']);
      expect(state.notices[0]).toBe(DAMAGED_VERSION_NOTICE);
      // The raw version (as stored) and the bad template are both kept, exportable.
      const stored = b.local.snapshot();
      expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      const aside = stored.setAside as Array<{ key: string; raw: unknown }>;
      expect(aside.map((e) => e.key).sort()).toEqual(['schemaVersion', 't:bad']);
      expect(aside.find((e) => e.key === 'schemaVersion')?.raw).toEqual(JSON.parse(JSON.stringify(bad)) ?? null);
      expect(state.setAside).toHaveLength(2);
      // Usable: an edit goes through.
      await b.lib.saveTemplate(tpl('c'));
      expect((await b.lib.load()).templates.map((t) => t.id)).toEqual(['a', 'b', 'c']);
      // The sentence stays while the backup exists (the worker may have done the repair unseen).
      const popup = createLibrary({ areas: { local: b.local, sync: null }, seed: () => [] });
      expect((await popup.load()).notices).toContain(DAMAGED_VERSION_NOTICE);
      await popup.clearSetAside();
      expect((await popup.load()).notices).not.toContain(DAMAGED_VERSION_NOTICE);
      popup.dispose();
      b.lib.dispose();
    });
  }

  it('with nothing else stored: the defaults are seeded and the value is kept', async () => {
    const local = new FakeStorageArea();
    local.seed({ schemaVersion: 'garbage' });
    const lib = createLibrary({ areas: { local, sync: null }, seed: () => [tpl('d1')] });
    const state = await lib.load();
    expect(state.templates).toHaveLength(1);
    expect(state.setAside).toEqual([expect.objectContaining({ key: 'schemaVersion', raw: 'garbage' })]);
    lib.dispose();
  });
});

describe('the popup and the worker start at once', () => {
  it('each bad value is set aside once, and existing duplicates are merged', async () => {
    const local = new FakeStorageArea();
    local.seed({ schemaVersion: 'x', 't:a': tpl('a'), 't:bad': { id: 'bad' }, settings });
    const a = createLibrary({ areas: { local, sync: null }, seed: () => [] });
    const b = createLibrary({ areas: { local, sync: null }, seed: () => [] });
    // Interleave the two reads before either writes (the race seen in the field).
    const get = local.get.bind(local);
    let gate!: () => void;
    const both = new Promise<void>((r) => (gate = r));
    let reads = 0;
    local.get = async (keys) => {
      const snap = await get(keys);
      if (wholeRead(keys) && ++reads <= 2) {
        if (reads === 2) gate();
        await both;
      }
      return snap;
    };
    await Promise.all([a.load(), b.load()]);
    local.get = get;
    const keys = (local.snapshot().setAside as Array<{ key: string }>).map((e) => e.key).sort();
    expect(keys).toEqual(['schemaVersion', 't:bad']);
    // A list that already holds duplicates (written by an older version) is cleaned on load.
    const dup = { key: 't:z', raw: { id: 'z' }, reason: 'r', at: 1 };
    local.seed({ setAside: [dup, { ...dup, at: 2 }, dup] });
    expect((await a.load()).setAside).toEqual([dup]);
    expect(local.snapshot().setAside).toEqual([dup]);
    a.dispose();
    b.dispose();
  });
});

describe('Repair, from the read-only mode of a newer format number', () => {
  it('sets everything aside verbatim, starts fresh, loses nothing', async () => {
    const b = browserWith({ lib: { seed: () => [tpl('fresh', { name: 'Fresh default' })] } });
    const future = {
      schemaVersion: CURRENT_SCHEMA_VERSION + 1,
      't:a': tpl('a'),
      't:odd': { future: true },
      'x:old': { id: 'old', deletedAt: 3 },
      'r:r1': { id: 'r1', personName: 'Jo', profileUrl: null, text: 'why', createdAt: 1 },
      settings: { future: 1 },
      'p:someone': { kept: 'by People' },
      unrelated: 1,
    };
    b.local.seed(future);
    const before = await b.lib.load();
    expect(before.readOnly).toBe(true);
    expect(before.repairable).toBe(true);
    expect(before.notices[0]).toMatch(/newer version.*Repair/);
    // Not offered (and a no-op) when the library is not read-only.
    const after = await b.lib.repair();
    expect(after.readOnly).toBe(false);
    expect(after.repairable).toBeUndefined();
    expect(after.templates.map((t) => t.name)).toEqual(['Fresh default']);
    const stored = b.local.snapshot();
    const aside = stored.setAside as Array<{ key: string; raw: unknown }>;
    for (const k of ['schemaVersion', 't:a', 't:odd', 'x:old', 'r:r1', 'settings'] as const) {
      expect(aside.find((e) => e.key === k)?.raw, k).toEqual(future[k]);
      if (k !== 'schemaVersion' && k !== 'settings') expect(stored[k]).toBeUndefined();
    }
    // Other stores' keys and unknown keys are not the library's to move.
    expect(stored['p:someone']).toEqual({ kept: 'by People' });
    expect(stored.unrelated).toBe(1);
    expect(stored.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    await b.lib.saveTemplate(tpl('n'));
    const again = await b.lib.repair();
    expect(again.templates.map((t) => t.id)).toContain('n');
    expect((b.local.snapshot().setAside as unknown[]).length).toBe(aside.length);
    b.lib.dispose();
  });
});

describe('follow-up templates (a kind added after libraries existed)', () => {
  it('an existing library gets the default follow-ups once; deleted ones stay deleted', async () => {
    const { defaultTemplates } = await import('../../../src/core/defaults');
    const local = new FakeStorageArea();
    local.seed({ schemaVersion: CURRENT_SCHEMA_VERSION, 't:a': tpl('a'), settings });
    const lib = createLibrary({ areas: { local, sync: null }, seed: defaultTemplates });
    const follow = (await lib.load()).templates.filter((t) => t.kind === 'follow-up');
    expect(follow.length).toBeGreaterThan(0);
    expect((await lib.load()).templates.map((t) => t.id)[0]).toBe('a');
    for (const t of follow) await lib.deleteTemplate(t.id);
    expect((await lib.load()).templates.filter((t) => t.kind === 'follow-up')).toEqual([]);
    // A follow-up template saves and syncs like the others (no default per kind to choose).
    await lib.saveTemplate(tpl('f', { kind: 'follow-up', body: 'Hi {firstName}, {reason}' }));
    expect((await lib.load()).templates.find((t) => t.id === 'f')?.kind).toBe('follow-up');
    await expect(lib.setDefault('follow-up', 'f')).rejects.toMatchObject({ code: 'invalid' });
    lib.dispose();
  });
});
