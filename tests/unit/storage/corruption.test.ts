import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/schema';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { readLibrary } from '../../../src/storage/read';
import { T0, browserWith, tpl } from './helpers';
import { FakeStorageArea, wholeRead } from '../fakes/storage';
import { createLibrary } from '../../../src/storage/library';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

/** Every raw value must still be somewhere: in its key, or in setAside. */
function allKeptSomewhere(raw: Record<string, unknown>, after: Record<string, unknown>) {
  const aside = JSON.stringify(after.setAside ?? []);
  for (const [k, v] of Object.entries(raw)) {
    const here = JSON.stringify(after[k]) === JSON.stringify(v);
    const kept = aside.includes(JSON.stringify(v));
    expect(here || kept, `value under ${k} was lost`).toBe(true);
  }
}

describe('corrupted data is set aside, never dropped', () => {
  const good = tpl('good', { name: 'Good one' });
  const raw: Record<string, unknown> = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    't:good': good,
    't:missing': { id: 'missing', kind: 'invite', name: 'No body' },
    't:wrongtype': { ...tpl('wrongtype'), tags: 'not-a-list' },
    't:jsonish': '{"id":"jsonish", "kind": "invite", "name": "half',
    't:nul': null,
    't:moved': tpl('elsewhere'),
    'x:gone': { id: 'gone', deletedAt: 'yesterday' },
    'r:r1': { id: 'r1', personName: 5 },
    settings: { ...DEFAULT_SETTINGS, guardMode: 'paranoid', myFirstName: 'Ada', order: ['good'], updatedAt: 5 },
    unrelated: { keep: 'me' },
  };

  it('keeps the good data, moves each bad value to setAside with a reason', async () => {
    const b = browserWith();
    b.local.seed(raw);
    const state = await b.lib.load();

    expect(state.templates.map((t) => t.id)).toEqual(['good']);
    // The hand-edited settings keep their good fields; the bad one falls back to the default.
    expect(state.settings).toMatchObject({ guardMode: DEFAULT_SETTINGS.guardMode, myFirstName: 'Ada', order: ['good'], updatedAt: 5 });

    const after = b.local.snapshot();
    allKeptSomewhere(raw, after);
    expect(after.unrelated).toEqual({ keep: 'me' });
    for (const k of ['t:missing', 't:wrongtype', 't:jsonish', 't:nul', 't:moved', 'x:gone', 'r:r1']) expect(after).not.toHaveProperty(k);

    const byKey = Object.fromEntries(state.setAside.map((e) => [e.key, e]));
    expect(Object.keys(byKey).sort()).toEqual(['r:r1', 'settings', 't:jsonish', 't:missing', 't:moved', 't:nul', 't:wrongtype', 'x:gone']);
    expect(byKey['t:missing']!.reason).toBe('The template “No body” could not be read: body is missing; tags is missing; createdAt is missing; and 1 more.');
    expect(byKey['t:wrongtype']!.reason).toContain('tags should be an array');
    expect(byKey['t:moved']!.reason).toContain('wrong key');
    expect(byKey.settings!.reason).toContain('guardMode should be one of strict, nudge, off');
    expect(byKey.settings!.raw).toEqual(raw.settings);
    expect(byKey['t:jsonish']!.raw).toBe(raw['t:jsonish']);
    for (const e of state.setAside) expect(e.at).toBe(T0);

    expect(state.notices.join(' ')).toMatch(/8 items could not be read just now and were set aside/);
    expect(state.notices.join(' ')).toMatch(/Nothing was deleted: you can export/);
  });

  it('a second load finds nothing new and keeps the backup', async () => {
    const b = browserWith();
    b.local.seed(raw);
    await b.lib.load();
    const once = b.local.dump();
    const again = await b.lib.load();
    expect(b.local.dump()).toBe(once);
    expect(again.setAside).toHaveLength(8);
  });

  it('a damaged setAside list is itself kept, never replaced', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: 1, setAside: 'garbage', 't:bad': 7 });
    const state = await b.lib.load();
    expect(state.setAside.map((e) => [e.key, e.raw])).toEqual([
      ['setAside', 'garbage'],
      ['t:bad', 7],
    ]);
    const b2 = browserWith();
    b2.local.seed({ schemaVersion: 1, setAside: [{ key: 'k', raw: 1, reason: 'r', at: 3 }, 'stray'] });
    const s2 = await b2.lib.load();
    expect(s2.setAside).toEqual([
      { key: 'k', raw: 1, reason: 'r', at: 3 },
      { key: 'setAside', raw: 'stray', reason: expect.any(String), at: T0 },
    ]);
  });

  it('settings that are not an object fall back to defaults, the value backed up', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: 1, settings: ['nope'], 't:a': tpl('a') });
    const state = await b.lib.load();
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, order: [], updatedAt: DEFAULT_SETTINGS.updatedAt });
    expect(state.setAside).toEqual([{ key: 'settings', raw: ['nope'], reason: expect.stringContaining('not an object'), at: T0 }]);
    expect(state.templates).toHaveLength(1);
  });

  it('clearSetAside removes the backup only when asked', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: 1, 't:bad': 7, 't:a': tpl('a') });
    await b.lib.load();
    await b.lib.clearSetAside();
    const state = await b.lib.load();
    expect(state.setAside).toEqual([]);
    expect(state.templates).toHaveLength(1);
    expect(state.notices.join(' ')).not.toMatch(/set aside/);
  });
});

describe('storage too full to set aside (the every-key-at-once garbage run, issue 11)', () => {
  // Moving a damaged value aside writes a second copy first: with megabytes of garbage, storage.local
  // (10 MB in Chrome) refuses, and the load used to fail ("Your templates could not be loaded").
  const full = () => {
    const local = new FakeStorageArea({ kind: 'local', quotaBytes: 4_000 });
    local.seed({ schemaVersion: 1, 't:a': tpl('a'), 't:big': 'x'.repeat(2_000), settings: 42 });
    return { local, lib: createLibrary({ areas: { local, sync: new FakeStorageArea({ kind: 'sync' }) }, now: () => Date.now(), seed: () => [] }) };
  };

  it('loads read-only: the readable templates, the unreadable data listed for export, nothing written', async () => {
    const { local, lib } = full();
    const before = local.dump();
    const state = await lib.load();
    expect(state.templates.map((t) => t.id)).toEqual(['a']);
    expect(state.readOnly).toBe(true);
    expect(state.notices.join(' ')).toMatch(/refused to move it aside \(Resource::kQuotaBytes quota exceeded\.\): it was left where it is, and nothing was changed\. Nothing can be changed/);
    // What the banner exports: the unreadable values, verbatim.
    expect(Object.fromEntries(state.setAside.map((e) => [e.key, e.raw]))).toEqual({ 't:big': 'x'.repeat(2_000), settings: 42 });
    expect(local.dump()).toBe(before);
    // An edit now could overwrite a value that has no backup yet: refused, nothing written.
    await expect(lib.saveSettings({ myFirstName: 'Ada' })).rejects.toMatchObject({ code: 'read-only' });
    await expect(lib.saveTemplate(tpl('b'))).rejects.toMatchObject({ code: 'read-only' });
    expect(local.dump()).toBe(before);
  });

  it('once there is room, the next load sets everything aside as usual', async () => {
    const { local, lib } = full();
    await lib.load();
    local.quotaBytes = Infinity;
    const state = await lib.load();
    expect(state.readOnly).toBe(false);
    expect(local.snapshot()['t:big']).toBeUndefined();
    expect(Object.fromEntries((local.snapshot().setAside as Array<{ key: string; raw: unknown }>).map((e) => [e.key, e.raw]))).toEqual({ 't:big': 'x'.repeat(2_000), settings: 42 });
  });
});

describe('readLibrary (content script)', () => {
  it('skips bad entries without writing anything', async () => {
    const b = browserWith();
    b.local.seed({
      schemaVersion: 1,
      't:a': tpl('a', { createdAt: 2 }),
      't:b': tpl('b', { createdAt: 1 }),
      't:bad': { id: 'bad' },
      settings: { ...DEFAULT_SETTINGS, order: ['a'], guardMode: 'strict' },
    });
    const before = b.local.dump();
    const view = await readLibrary(b.local);
    expect(view.templates.map((t) => t.id)).toEqual(['a', 'b']);
    expect(view.settings.guardMode).toBe('strict');
    expect(b.local.dump()).toBe(before);
    expect(b.local.calls.filter((c) => c.op !== 'get' && c.op !== 'getKeys')).toEqual([]);
  });

  it('reads defaults from empty storage', async () => {
    const b = browserWith();
    expect(await readLibrary(b.local)).toEqual({ templates: [], settings: DEFAULT_SETTINGS });
  });
});

describe('repairs never overwrite a concurrent save', () => {
  it('a bad value replaced by a valid template in between is not removed', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: 1, 't:x': { id: 'x', broken: true } });
    const get = b.local.get.bind(b.local);
    let first = true;
    b.local.get = async (keys) => {
      const out = await get(keys);
      if (first && wholeRead(keys)) {
        first = false;
        // Another context saves a good copy right after this read.
        b.local.seed({ 't:x': tpl('x', { name: 'Saved meanwhile' }) });
      }
      return out;
    };
    await b.lib.load();
    b.local.get = get;
    const state = await b.lib.load();
    expect(state.templates.map((t) => t.name)).toEqual(['Saved meanwhile']);
    // The broken value was still seen and backed up: a duplicate at worst, never a loss.
    expect(state.setAside.map((e) => e.raw)).toEqual([{ id: 'x', broken: true }]);
  });

  it('a move whose backup write was skipped removes nothing until it is redone', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: 1, 't:y': 'broken' });
    const get = b.local.get.bind(b.local);
    let first = true;
    b.local.get = async (keys) => {
      const out = await get(keys);
      if (first && wholeRead(keys)) {
        first = false;
        b.local.seed({ setAside: [{ key: 'other', raw: 1, reason: 'r', at: 1 }] });
      }
      return out;
    };
    const state = await b.lib.load();
    expect(state.setAside.map((e) => e.key)).toEqual(['other', 't:y']);
    expect(b.local.keys()).not.toContain('t:y');
  });
});
