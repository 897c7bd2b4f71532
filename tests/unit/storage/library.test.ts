import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplates } from '../../../src/core/defaults';
import { exportTemplates } from '../../../src/core/exchange';
import { LibraryError, SEED_TIME, createLibrary, resolveDefault, type LibraryState } from '../../../src/storage/library';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { isPeopleKey } from '../../../src/storage/keys';
import { readLibrary } from '../../../src/storage/read';
import { fakeBrowserAreas, settle } from '../fakes/storage';
import { T0, browserWith, tpl } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => vi.useRealTimers());

describe('first run', () => {
  it('seeds the default library with stable ids and the intended order', async () => {
    const areas = fakeBrowserAreas();
    const lib = createLibrary({ areas, now: () => Date.now() });
    const state = await lib.load();
    const defaults = defaultTemplates(0);
    expect(state.templates.map((t) => t.id)).toEqual(defaults.map((t) => t.id));
    expect(state.templates.every((t) => t.updatedAt >= SEED_TIME && t.updatedAt < SEED_TIME + 100)).toBe(true);
    expect(state.settings.defaultInviteId).toBeNull();
    expect(state.settings.defaultReplyId).toBeNull();
    expect(resolveDefault(state.templates, state.settings, 'invite')?.id).toBe(defaults.find((t) => t.kind === 'invite')!.id);
    expect(resolveDefault(state.templates, state.settings, 'reply')?.id).toBe(defaults.find((t) => t.kind === 'reply')!.id);
    expect(areas.local.snapshot().schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    lib.dispose();
  });

  it('does not seed again after the user deleted everything', async () => {
    const areas = fakeBrowserAreas();
    const lib = createLibrary({ areas, now: () => Date.now() });
    const first = await lib.load();
    for (const t of first.templates) await lib.deleteTemplate(t.id);
    const again = await lib.load();
    expect(again.templates).toEqual([]);
    lib.dispose();
  });

  it('two fresh installs seed identical copies (no duplicates through sync)', async () => {
    const shared = fakeBrowserAreas().sync;
    const a = createLibrary({ areas: { ...fakeBrowserAreas({ sync: shared }) }, now: () => Date.now() });
    const b = createLibrary({ areas: { ...fakeBrowserAreas({ sync: shared }) }, now: () => Date.now() });
    await a.load();
    const sb = await b.load();
    expect(sb.templates).toHaveLength(defaultTemplates(0).length);
    a.dispose();
    b.dispose();
  });
});

describe('editing', () => {
  it('saves, stamps times, keeps creation time, appends to the order', async () => {
    const { lib } = browserWith();
    await lib.load();
    const saved = await lib.saveTemplate(tpl('a', { createdAt: 5, updatedAt: 5 }));
    expect(saved.createdAt).toBe(5);
    expect(saved.updatedAt).toBe(T0);
    vi.setSystemTime(T0 - 1000); // a clock that went backwards still moves updatedAt forward
    const again = await lib.saveTemplate({ ...saved, name: 'Renamed' });
    expect(again.updatedAt).toBe(T0 + 1);
    expect(again.createdAt).toBe(5);
    await lib.saveTemplate(tpl('b'));
    const state = await lib.load();
    expect(state.templates.map((t) => [t.id, t.name])).toEqual([
      ['a', 'Renamed'],
      ['b', 'Template b'],
    ]);
    expect(state.settings.order).toEqual(['a', 'b']);
    lib.dispose();
  });

  it('rejects an invalid template with a plain message and writes nothing', async () => {
    const b = browserWith();
    await b.lib.load();
    const before = b.local.dump();
    await expect(b.lib.saveTemplates([tpl('ok'), tpl('bad', { name: '' })])).rejects.toThrow(/This template cannot be saved: name is empty/);
    expect(b.local.dump()).toBe(before);
    b.lib.dispose();
  });

  it('delete leaves a tombstone, returns the template; restore puts it back in place', async () => {
    const b = browserWith();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a'), tpl('b'), tpl('c')]);
    await b.lib.setDefault('invite', 'b');
    const gone = await b.lib.deleteTemplate('b');
    expect(gone?.id).toBe('b');
    let state = await b.lib.load();
    expect(state.templates.map((t) => t.id)).toEqual(['a', 'c']);
    expect(state.settings.defaultInviteId).toBeNull();
    expect(b.local.snapshot()['x:b']).toEqual({ id: 'b', deletedAt: expect.any(Number), base: T0 });
    expect(await b.lib.deleteTemplate('nope')).toBeNull();

    await b.lib.restoreTemplate(gone!, 1);
    state = await b.lib.load();
    expect(state.templates.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(b.local.snapshot()).not.toHaveProperty('x:b');
    const x = state.templates.find((t) => t.id === 'b')!;
    expect(x.updatedAt).toBeGreaterThan(gone!.updatedAt);
    b.lib.dispose();
  });

  it('reorder keeps unlisted templates after the listed ones', async () => {
    const { lib } = browserWith();
    await lib.load();
    await lib.saveTemplates([tpl('a'), tpl('b'), tpl('c'), tpl('d')]);
    await lib.reorder(['c', 'a', 'ghost', 'c']);
    expect((await lib.load()).templates.map((t) => t.id)).toEqual(['c', 'a', 'b', 'd']);
    lib.dispose();
  });

  it('setDefault checks the kind', async () => {
    const { lib } = browserWith();
    await lib.load();
    await lib.saveTemplates([tpl('i'), tpl('r', { kind: 'reply' })]);
    await lib.setDefault('reply', 'r');
    await expect(lib.setDefault('invite', 'r')).rejects.toBeInstanceOf(LibraryError);
    const s = await lib.load();
    expect(s.settings.defaultReplyId).toBe('r');
    lib.dispose();
  });

  it('saveSettings validates and never lets a patch replace the order', async () => {
    const { lib } = browserWith();
    await lib.load();
    await lib.saveTemplate(tpl('a'));
    const s = await lib.saveSettings({ guardMode: 'strict', myFirstName: 'Ada', order: [] } as never);
    expect(s).toMatchObject({ guardMode: 'strict', myFirstName: 'Ada', order: ['a'] });
    await expect(lib.saveSettings({ myFirstName: 'x'.repeat(61) })).rejects.toThrow(/myFirstName is too long/);
    expect((await lib.load()).settings.myFirstName).toBe('Ada');
    lib.dispose();
  });

  it('deleteSavedReason removes only that reason', async () => {
    const b = browserWith();
    b.local.seed({ 'r:1': { id: '1', personName: 'A', profileUrl: null, text: 'x', createdAt: 1 }, 'r:2': { id: '2', personName: 'B', profileUrl: null, text: 'y', createdAt: 2 } });
    expect((await b.lib.load()).savedReasons.map((r) => r.id)).toEqual(['1', '2']);
    await b.lib.deleteSavedReason('1');
    expect((await b.lib.load()).savedReasons.map((r) => r.id)).toEqual(['2']);
    b.lib.dispose();
  });
});

describe('data from a newer version', () => {
  it('is left untouched, every edit is refused, and the user is told', async () => {
    const b = browserWith();
    b.local.seed({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 't:a': tpl('a'), 't:odd': { future: true }, settings: { future: 1 } });
    const before = b.local.dump();
    const state = await b.lib.load();
    expect(state.readOnly).toBe(true);
    expect(state.templates.map((t) => t.id)).toEqual(['a']);
    expect(state.notices.join(' ')).toMatch(/newer version of On Purpose.*Nothing was changed/);
    await expect(b.lib.saveTemplate(tpl('b'))).rejects.toMatchObject({ code: 'read-only' });
    expect((await b.lib.flushSync()).state).toBe('error');
    expect(b.local.dump()).toBe(before);
    expect(b.sync.keys()).toEqual([]);
    b.lib.dispose();
  });
});

describe('subscribe', () => {
  it('delivers the new state after a change from another context, and stops when unsubscribed', async () => {
    const b = browserWith();
    await b.lib.load();
    const other = createLibrary({ areas: { local: b.local, sync: null }, now: () => Date.now(), seed: () => [] });
    const seen: LibraryState[] = [];
    const off = b.lib.subscribe((s) => seen.push(s));
    await other.saveTemplate(tpl('from-elsewhere'));
    await settle(50);
    expect(seen.at(-1)?.templates.map((t) => t.id)).toEqual(['from-elsewhere']);
    off();
    const n = seen.length;
    await other.saveTemplate(tpl('later'));
    await settle(50);
    expect(seen).toHaveLength(n);
    other.dispose();
    b.lib.dispose();
  });
});

describe('import', () => {
  it('a rejected file leaves stored data byte-for-byte unchanged', async () => {
    const b = browserWith();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a'), tpl('b')]);
    await b.lib.flushSync();
    const local = b.local.dump();
    const sync = b.sync.dump();
    const writes = b.local.calls.length;
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ format: 'on-purpose.templates', version: 99, templates: [] }),
      JSON.stringify({ format: 'on-purpose.templates', version: 1, templates: [{ id: 'x' }] }),
      '{"format":"on-purpose.templates","version":1,"templates":[],"__proto__":{"polluted":true}}',
      'x'.repeat(1_100_000),
    ];
    for (const text of bad) {
      const r = await b.lib.applyImport(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message.length).toBeGreaterThan(5);
      const p = await b.lib.previewImport(text);
      expect(p.ok).toBe(false);
    }
    await settle();
    expect(b.local.dump()).toBe(local);
    expect(b.sync.dump()).toBe(sync);
    expect(b.local.calls.slice(writes).filter((c) => c.op !== 'get')).toEqual([]);
    b.lib.dispose();
  });

  it('export → wipe → import restores the same templates', async () => {
    const b = browserWith();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a', { name: 'Alpha' }), tpl('b', { name: 'Beta', kind: 'reply', tags: ['x'] })]);
    const before = (await b.lib.load()).templates;
    const file = exportTemplates(before, T0);

    const fresh = browserWith();
    await fresh.lib.load();
    const preview = await fresh.lib.previewImport(file);
    expect(preview.ok && preview.preview.added.length).toBe(2);
    const r = await fresh.lib.applyImport(file);
    expect(r.ok && r.added.map((t) => t.id)).toEqual(['a', 'b']);
    const after = (await fresh.lib.load()).templates;
    const content = (ts: typeof before) => ts.map(({ updatedAt: _u, ...rest }) => rest);
    expect(content(after)).toEqual(content(before));
    b.lib.dispose();
    fresh.lib.dispose();
  });

  it('a conflict keeps both sides, the imported copy renamed', async () => {
    const b = browserWith();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a', { name: 'Mine', body: 'mine' }));
    const file = exportTemplates([tpl('a', { name: 'Mine', body: 'theirs', updatedAt: T0 + 10 })], T0);
    const r = await b.lib.applyImport(file);
    expect(r.ok && r.preview.conflicts).toHaveLength(1);
    const names = (await b.lib.load()).templates.map((t) => [t.name, t.body]);
    expect(names).toEqual([
      ['Mine', 'mine'],
      ['Mine (imported)', 'theirs'],
    ]);
    b.lib.dispose();
  });
});

describe('other stores in storage.local', () => {
  const people = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p:v:p-${i}`, { id: `v:p-${i}`, fullName: `P ${i}`, big: 'x'.repeat(500) }]));

  it('load, edits and the content reader never read People’s values (5,000 people stored)', async () => {
    const b = browserWith();
    b.local.seed({ ...people(5000), peopleMeta: { schemaVersion: 1 }, peopleIndex: '{}', peopleHead: '{}', 'pe:1-a': { type: 'send-pressed' } });
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    await readLibrary(b.local);
    const read = b.local.calls.filter((c) => c.op === 'get').flatMap((c) => c.keys);
    expect(read.filter(isPeopleKey)).toEqual([]);
    expect(b.local.readCount).toBeLessThan(50);
    // People's keys are left exactly as they were.
    expect(b.local.keys().filter((k) => k.startsWith('p:'))).toHaveLength(5000);
  });

  it('without getKeys (older browsers) it reads everything and still leaves People alone', async () => {
    const b = browserWith();
    b.local.getKeys = undefined;
    b.local.seed({ ...people(20), peopleMeta: { schemaVersion: 1 }, 't:bad': { id: 'bad' } });
    const state = await b.lib.load();
    expect(state.setAside.map((e) => e.key)).toEqual(['t:bad']);
    expect(b.local.keys().filter((k) => k.startsWith('p:'))).toHaveLength(20);
    expect(b.local.snapshot().peopleMeta).toEqual({ schemaVersion: 1 });
  });
});
