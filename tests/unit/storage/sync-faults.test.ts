// Issue 11 part 4: every sync fault gives a message and loses nothing (the quota-enforcing fake).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/schema';
import { DEBOUNCE_MS, createLibrary } from '../../../src/storage/library';
import { P_ORDER, parseRemote, splitSettings, itemBytes } from '../../../src/storage/sync';
import { CHROME_SYNC, FakeStorageArea, settle } from '../fakes/storage';
import { T0, browserWith, tpl, type TestBrowser } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const open: TestBrowser[] = [];
function browser(sync?: FakeStorageArea): TestBrowser {
  const b = browserWith({ sync });
  open.push(b);
  return b;
}
async function tick(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await settle(200);
}
const ids = async (b: TestBrowser) => (await b.lib.load()).templates.map((t) => t.id);

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => {
  for (const b of open.splice(0)) b.lib.dispose();
  vi.useRealTimers();
});

describe('quota exceeded', () => {
  it('per item, refused by the browser itself (estimate beaten): named, kept, retried', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a', { name: 'Alpha' }));
    b.sync.failNextWrite(new Error('QUOTA_BYTES_PER_ITEM quota exceeded.'));
    const s = await b.lib.flushSync();
    expect(s.state).toBe('error');
    expect(s.unsynced).toEqual([{ id: 'a', name: 'Alpha', reason: 'too-large' }]);
    expect(s.message).toMatch(/Not synced: “Alpha”.*safe on this browser/);
    expect(await ids(b)).toEqual(['a']);
    await tick(60_000);
    expect(b.sync.keys()).toContain('t:a');
  });

  it('in total, refused by the browser itself: named, kept', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a', { name: 'Alpha' }), tpl('b', { name: 'Beta' })]);
    b.sync.failNextWrite(new Error('QUOTA_BYTES quota exceeded.'));
    const s = await b.lib.flushSync();
    expect(s.unsynced.map((u) => [u.name, u.reason])).toEqual([
      ['Alpha', 'quota'],
      ['Beta', 'quota'],
    ]);
    expect(await ids(b)).toEqual(['a', 'b']);
  });

  it('in total, with another extension-owned key filling the space: the rest is reported', async () => {
    const b = browser();
    b.sync.seed({ other: 'z'.repeat(CHROME_SYNC.QUOTA_BYTES - 3000) });
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a', { name: 'Alpha', body: 'x'.repeat(1500) }), tpl('b', { name: 'Beta', body: 'x'.repeat(1500) })]);
    const s = await b.lib.flushSync();
    expect(s.state).toBe('partial');
    expect(s.unsynced).toEqual([{ id: 'b', name: 'Beta', reason: 'quota' }]);
    expect(s.message).toContain('“Beta”: no room left');
    expect(b.sync.bytesInUse()).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES);
    expect(await ids(b)).toEqual(['a', 'b']);
  });
});

describe('the write-rate limit', () => {
  it('refused for rate per hour: waits at least 10 minutes, says so, keeps everything', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a', { name: 'Alpha' }));
    b.sync.failNextWrite(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'));
    const s = await b.lib.flushSync();
    expect(s.state).toBe('partial');
    expect(s.message).toMatch(/slow down.*retry automatically/);
    expect(s.unsynced).toEqual([{ id: 'a', name: 'Alpha', reason: 'rate-limit' }]);
    await tick(5 * 60_000);
    expect(b.sync.keys()).not.toContain('t:a');
    await tick(6 * 60_000);
    expect(b.sync.keys()).toContain('t:a');
  });
});

describe('a sync area that throws or is missing', () => {
  it('missing (Firefox without an account, or no storage.sync): sync is off, the library works', async () => {
    const local = new FakeStorageArea();
    const lib = createLibrary({ areas: { local, sync: null }, seed: () => [] });
    const state = await lib.load();
    expect(state.sync.state).toBe('off');
    expect(state.sync.message).toMatch(/kept on this browser only/);
    await lib.saveTemplate(tpl('a'));
    expect((await lib.flushSync()).state).toBe('off');
    expect((await lib.load()).templates.map((t) => t.id)).toEqual(['a']);
    lib.dispose();
  });

  it('throwing on every call: an error status with the reason, nothing local touched', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    b.sync.accessible = false;
    const before = b.local.dump().replace(/"syncStatus":\{[^}]*\}/, '');
    const s = await b.lib.flushSync();
    expect(s.state).toBe('error');
    expect(s.message).toMatch(/Sync is not available right now \(Access to storage is not allowed.*\)\. Your templates are safe/);
    expect(b.local.dump().replace(/"syncStatus":\{[^}]*\}/, '').replace(/,(?=})/, '')).toBe(before.replace(/,(?=})/, ''));
    expect((await b.lib.load()).sync.state).toBe('error');
    // It comes back: the retry pushes what was kept.
    b.sync.accessible = true;
    // Two failed runs (the flush and the load): the backoff doubled to two minutes.
    await tick(60_000);
    expect((await b.lib.flushSync()).message).toMatch(/paused for about 1 minute\(s\): after a sync error/);
    await tick(120_000);
    expect(b.sync.keys()).toContain('t:a');
    expect((await b.lib.load()).sync.state).toBe('ok');
  });

  it('the browser API itself rejecting a get (a sync area that is there but broken)', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    const get = b.sync.get.bind(b.sync);
    b.sync.get = () => Promise.reject(new Error('sync disabled by policy'));
    expect((await b.lib.flushSync()).message).toContain('sync disabled by policy');
    b.sync.get = get;
    expect(await ids(b)).toEqual(['a']);
  });
});

describe('two browsers editing and deleting the same template within one debounce window', () => {
  async function pair() {
    const shared = new FakeStorageArea({ kind: 'sync' });
    const a = browser(shared);
    const b = browser(shared);
    await a.lib.load();
    await b.lib.load();
    await a.lib.saveTemplate(tpl('t', { name: 'Shared' }));
    await a.lib.flushSync();
    await b.lib.flushSync();
    expect(await ids(b)).toEqual(['t']);
    return { a, b, shared };
  }

  it('A edits, B deletes a moment later (B never saw the edit): the edit is kept on both, and said', async () => {
    const { a, b } = await pair();
    vi.setSystemTime(T0 + 1000);
    await a.lib.saveTemplate(tpl('t', { name: 'Edited on A' }));
    vi.setSystemTime(T0 + 1200);
    await b.lib.deleteTemplate('t');
    await tick(DEBOUNCE_MS * 4);
    for (const x of [a, b]) await x.lib.flushSync();
    await a.lib.flushSync();
    for (const x of [a, b]) {
      const s = await x.lib.load();
      expect(s.templates.map((t) => t.name)).toEqual(['Edited on A']);
    }
    const withNote = [(await a.lib.load()).sync, (await b.lib.load()).sync].find((s) => s.message.includes('was kept'));
    expect(withNote?.message).toMatch(/“Edited on A” was deleted on another browser while being edited on one, so the edit was kept\./);
    expect(withNote?.state).toBe('partial');
  });

  it('B deletes, A edits a moment later: the edit wins too (it is newer)', async () => {
    const { a, b } = await pair();
    vi.setSystemTime(T0 + 1000);
    await b.lib.deleteTemplate('t');
    vi.setSystemTime(T0 + 1200);
    await a.lib.saveTemplate(tpl('t', { name: 'Edited on A' }));
    await b.lib.flushSync();
    await a.lib.flushSync();
    await b.lib.flushSync();
    expect((await a.lib.load()).templates.map((t) => t.name)).toEqual(['Edited on A']);
    expect((await b.lib.load()).templates.map((t) => t.name)).toEqual(['Edited on A']);
  });

  it('both delete: one tombstone, gone on both', async () => {
    const { a, b, shared } = await pair();
    await a.lib.deleteTemplate('t');
    await b.lib.deleteTemplate('t');
    await tick(DEBOUNCE_MS * 4);
    await a.lib.flushSync();
    expect(await ids(a)).toEqual([]);
    expect(await ids(b)).toEqual([]);
    expect(shared.keys().filter((k) => k.endsWith(':t'))).toEqual(['x:t']);
  });

  it('both edit: the later edit wins on both, the earlier one is not resurrected as a copy', async () => {
    const { a, b } = await pair();
    vi.setSystemTime(T0 + 1000);
    await a.lib.saveTemplate(tpl('t', { name: 'A' }));
    vi.setSystemTime(T0 + 1001);
    await b.lib.saveTemplate(tpl('t', { name: 'B' }));
    await tick(DEBOUNCE_MS * 4);
    await a.lib.flushSync();
    await b.lib.flushSync();
    expect((await a.lib.load()).templates.map((t) => t.name)).toEqual(['B']);
    expect((await b.lib.load()).templates.map((t) => t.name)).toEqual(['B']);
  });
});

describe('the template order outgrows one sync item', () => {
  const longId = (i: number) => `template-with-a-long-generated-id-${String(i).padStart(4, '0')}`;

  it('splitSettings keeps each item under 8 KB and parseRemote joins the parts', () => {
    const order = Array.from({ length: 1000 }, (_, i) => longId(i));
    const s = { ...DEFAULT_SETTINGS, order, updatedAt: 7 };
    expect(itemBytes('settings', s)).toBeGreaterThan(CHROME_SYNC.QUOTA_BYTES_PER_ITEM);
    const split = splitSettings(s);
    expect(itemBytes('settings', split.settings)).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES_PER_ITEM);
    for (const [k, v] of Object.entries(split.parts)) expect(itemBytes(k, v)).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES_PER_ITEM);
    expect(parseRemote({ settings: split.settings, ...split.parts }).settings?.order).toEqual(order);
    // Parts from other settings (another updatedAt) or a missing part: the head alone is used.
    const { [`${P_ORDER}1`]: _gone, ...missing } = split.parts;
    expect(parseRemote({ settings: split.settings, ...missing }).settings?.order).toEqual(split.settings.order);
    expect(parseRemote({ settings: { ...split.settings, updatedAt: 8 }, ...split.parts }).settings?.order).toEqual(split.settings.order);
  });

  it('250 templates: the settings sync (in parts) and another browser gets the full order', async () => {
    const shared = new FakeStorageArea({ kind: 'sync' });
    const a = browser(shared);
    await a.lib.load();
    const many = Array.from({ length: 250 }, (_, i) => tpl(longId(i), { name: `T${i}`, body: 'short' }));
    await a.lib.saveTemplates(many);
    const wanted = [...many].reverse().map((t) => t.id);
    await a.lib.reorder(wanted);
    const s = await a.lib.flushSync();
    expect(s.message).not.toMatch(/settings are too large/);
    expect(shared.keys().filter((k) => k.startsWith(P_ORDER)).length).toBeGreaterThan(1);
    const b = browser(shared);
    await b.lib.load();
    await b.lib.flushSync();
    expect((await b.lib.load()).settings.order).toEqual(wanted);
  });

  it('parts left from a larger order are removed once the order fits in one item again', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    b.sync.seed({ [`${P_ORDER}0`]: { updatedAt: 1, part: 0, of: 2, ids: ['x'] }, [`${P_ORDER}1`]: { updatedAt: 1, part: 1, of: 2, ids: ['y'] } });
    await b.lib.flushSync();
    expect(b.sync.keys().filter((k) => k.startsWith(P_ORDER))).toEqual([]);
    expect(b.sync.keys()).toContain('t:a');
  });
});
