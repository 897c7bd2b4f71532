import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS } from '../../../src/storage/library';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/migrations';
import { CHROME_SYNC, FakeStorageArea, settle } from '../fakes/storage';
import { T0, browserWith, tpl, type TestBrowser } from './helpers';

vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

const DAY = 24 * 60 * 60 * 1000;
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
const writeCalls = (a: FakeStorageArea) => a.calls.filter((c) => c.op !== 'get');

beforeEach(() => vi.useFakeTimers({ now: T0 }));
afterEach(() => {
  for (const b of open.splice(0)) b.lib.dispose();
  vi.useRealTimers();
});

describe('mirroring', () => {
  it('mirrors each template under its own key, with settings and the version', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a'), tpl('b')]);
    expect(b.sync.keys()).not.toContain('t:a'); // batched: nothing before the window closes
    await tick(DEBOUNCE_MS);
    expect(b.sync.keys()).toEqual(['schemaVersion', 'settings', 't:a', 't:b']);
    const snap = b.sync.snapshot();
    expect(snap['t:a']).toEqual(b.local.snapshot()['t:a']);
    expect(snap.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const state = await b.lib.load();
    expect(state.sync).toMatchObject({ state: 'ok', unsynced: [], message: 'All 2 templates are synced.' });
  });

  it('batches a burst of edits into one write', async () => {
    const b = browser();
    await b.lib.load();
    const before = writeCalls(b.sync).length;
    for (let i = 0; i < 30; i++) await b.lib.saveTemplate(tpl(`t${i % 5}`, { name: `Edit ${i}` }));
    await tick(DEBOUNCE_MS);
    expect(writeCalls(b.sync).slice(before)).toHaveLength(1);
    expect((b.sync.snapshot()['t:t4'] as { name: string }).name).toBe('Edit 29');
  });

  it('writes nothing when nothing changed', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    await b.lib.flushSync();
    const n = writeCalls(b.sync).length;
    await b.lib.flushSync();
    await b.lib.load();
    await tick(5000);
    expect(writeCalls(b.sync)).toHaveLength(n);
  });

  it('a deletion removes the copy and leaves a tombstone in the mirror', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('a'), tpl('b')]);
    await b.lib.flushSync();
    await b.lib.deleteTemplate('a');
    await b.lib.flushSync();
    expect(b.sync.keys()).toEqual(['schemaVersion', 'settings', 't:b', 'x:a']);
  });

  it('sync off stops mirroring, keeps the mirror, and turning it on merges both ways', async () => {
    const shared = new FakeStorageArea({ kind: 'sync' });
    const a = browser(shared);
    const b = browser(shared);
    await a.lib.load();
    await a.lib.saveTemplate(tpl('a'));
    await a.lib.flushSync();
    await b.lib.load();
    await b.lib.saveSettings({ syncEnabled: false });
    expect((await b.lib.load()).sync.state).toBe('off');
    const mirror = shared.dump();
    await b.lib.saveTemplate(tpl('b-only'));
    await a.lib.saveTemplate(tpl('a-later'));
    await a.lib.flushSync();
    await tick(10_000);
    expect(shared.keys()).not.toContain('t:b-only');
    expect(shared.dump()).not.toBe(mirror); // a still syncs
    expect((await b.lib.load()).templates.map((t) => t.id)).toEqual(['a', 'b-only']);
    // a's settings reached the mirror, but b's switch stays b's own.
    await b.lib.saveSettings({ syncEnabled: true });
    await tick(DEBOUNCE_MS);
    await a.lib.flushSync();
    expect((await b.lib.load()).templates.map((t) => t.id).sort()).toEqual(['a', 'a-later', 'b-only']);
    expect((await a.lib.load()).templates.map((t) => t.id).sort()).toEqual(['a', 'a-later', 'b-only']);
    expect((await a.lib.load()).settings.syncEnabled).toBe(true);
  });
});

describe('quotas: what does not fit stays local and is reported', () => {
  it('a template over 8 KB is kept locally and reported as too large', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplates([tpl('small'), tpl('huge', { name: 'Huge one', body: '€'.repeat(3000) })]);
    const status = await b.lib.flushSync();
    expect(status.state).toBe('partial');
    expect(status.unsynced).toEqual([{ id: 'huge', name: 'Huge one', reason: 'too-large' }]);
    expect(status.message).toContain('“Huge one”: too large to sync');
    expect(status.message).toContain('safe here');
    expect(b.sync.keys()).toContain('t:small');
    expect(b.sync.keys()).not.toContain('t:huge');
    expect((await b.lib.load()).templates.map((t) => t.id)).toEqual(['small', 'huge']);
    expect((await b.lib.load()).sync.unsynced).toHaveLength(1);
  });

  it('more than 100 KB in total: the first templates in the user order sync, the rest are reported', async () => {
    const b = browser();
    await b.lib.load();
    const many = Array.from({ length: 30 }, (_, i) => tpl(`big${String(i).padStart(2, '0')}`, { body: 'y'.repeat(3900) }));
    await b.lib.saveTemplates(many);
    const status = await b.lib.flushSync();
    expect(status.state).toBe('partial');
    expect(status.unsynced.length).toBeGreaterThan(0);
    expect(status.unsynced.every((u) => u.reason === 'quota')).toBe(true);
    const synced = b.sync.keys().filter((k) => k.startsWith('t:'));
    expect(synced.length + status.unsynced.length).toBe(30);
    expect(synced).toEqual(many.slice(0, synced.length).map((t) => `t:${t.id}`));
    expect(b.sync.bytesInUse()).toBeLessThanOrEqual(CHROME_SYNC.QUOTA_BYTES);
    expect((await b.lib.load()).templates).toHaveLength(30);
  });

  it('more than 512 items: the rest are reported as max-items', async () => {
    const b = browser();
    await b.lib.load();
    const many = Array.from({ length: 520 }, (_, i) => tpl(`m${i}`, { name: 'T', body: 'b' }));
    await b.lib.saveTemplates(many);
    const status = await b.lib.flushSync();
    expect(b.sync.keys()).toHaveLength(CHROME_SYNC.MAX_ITEMS);
    expect(status.unsynced.map((u) => u.reason)).toEqual(Array(10).fill('max-items'));
    expect(status.unsynced.map((u) => u.id)).toEqual(many.slice(510).map((t) => t.id));
  });

  it('frees space when a template grows too large, and syncs it again once it is shortened', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    await b.lib.flushSync();
    const big = await b.lib.saveTemplate(tpl('a', { body: '€'.repeat(3000) }));
    await b.lib.flushSync();
    expect(b.sync.keys()).not.toContain('t:a');
    await b.lib.saveTemplate({ ...big, body: 'short again' });
    expect((await b.lib.flushSync()).state).toBe('ok');
    expect((b.sync.snapshot()['t:a'] as { body: string }).body).toBe('short again');
  });

  it('leaves keys it does not own alone, and counts them', async () => {
    const b = browser();
    b.sync.seed({ foreign: 'z'.repeat(8000), 't:corrupt': { nope: true } });
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    await b.lib.flushSync();
    expect(b.sync.snapshot().foreign).toBe('z'.repeat(8000));
    expect(b.sync.snapshot()['t:corrupt']).toEqual({ nope: true });
  });
});

describe('write rates', () => {
  it('backs off when Chrome refuses for rate, reports it, and retries by itself', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a', { name: 'Alpha' }));
    // Another context used up this minute's writes.
    for (let i = 0; i < CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE; i++) b.sync.writeOps.push(Date.now());
    const status = await b.lib.flushSync();
    expect(status.state).toBe('partial');
    expect(status.unsynced).toEqual([{ id: 'a', name: 'Alpha', reason: 'rate-limit' }]);
    expect(status.message).toMatch(/slow down/);
    expect(b.sync.keys()).not.toContain('t:a');
    await tick(61_000);
    expect(b.sync.keys()).toContain('t:a');
    expect((await b.lib.load()).sync.state).toBe('ok');
  });

  it('paces itself below the per-minute limit instead of hitting it', async () => {
    const b = browser();
    await b.lib.load();
    const statuses = [];
    for (let i = 0; i < 70; i++) {
      await b.lib.saveTemplate(tpl('a', { name: `n${i}` }));
      statuses.push(await b.lib.flushSync());
    }
    const perMinute = b.sync.writeOps.filter((t) => t > Date.now() - 60_000).length;
    expect(perMinute).toBeLessThanOrEqual(CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE / 2);
    expect(statuses.at(-1)?.unsynced).toEqual([{ id: 'a', name: 'n69', reason: 'rate-limit' }]);
    expect(statuses.at(-1)?.message).toMatch(/paused/);
    await tick(61_000);
    expect((b.sync.snapshot()['t:a'] as { name: string }).name).toBe('n69');
  });

  it('a failed write is reported with the reason and retried', async () => {
    const b = browser();
    await b.lib.load();
    await b.lib.saveTemplate(tpl('a'));
    b.sync.failNextWrite(new Error('QUOTA_BYTES quota exceeded.'));
    const status = await b.lib.flushSync();
    expect(status.state).toBe('error');
    expect(status.unsynced).toEqual([{ id: 'a', name: 'Template a', reason: 'quota' }]);
    expect((await b.lib.load()).templates).toHaveLength(1);
    await tick(61_000);
    expect(b.sync.keys()).toContain('t:a');
  });
});

describe('two browsers sharing one mirror', () => {
  async function pair() {
    const shared = new FakeStorageArea({ kind: 'sync' });
    const a = browser(shared);
    const b = browser(shared);
    await a.lib.load();
    await b.lib.load();
    return { a, b, shared };
  }

  it('a template created on one browser appears on the other by itself', async () => {
    const { a, b } = await pair();
    await a.lib.saveTemplate(tpl('new', { name: 'From A' }));
    await tick(DEBOUNCE_MS + 1000);
    const ids = (await b.lib.load()).templates.map((t) => t.id);
    expect(ids).toEqual(['new']);
    expect(b.local.snapshot()['t:new']).toEqual(a.local.snapshot()['t:new']);
  });

  it('the last write per template wins, on both sides', async () => {
    const { a, b } = await pair();
    await a.lib.saveTemplate(tpl('x', { name: 'v1' }));
    await a.lib.flushSync();
    await b.lib.flushSync();
    vi.setSystemTime(T0 + 1000);
    await a.lib.saveTemplate(tpl('x', { name: 'A edit' }));
    vi.setSystemTime(T0 + 2000);
    await b.lib.saveTemplate(tpl('x', { name: 'B edit (later)' }));
    await a.lib.flushSync();
    await b.lib.flushSync();
    await a.lib.flushSync();
    const nameOn = async (x: TestBrowser) => (await x.lib.load()).templates.find((t) => t.id === 'x')?.name;
    expect(await nameOn(a)).toBe('B edit (later)');
    expect(await nameOn(b)).toBe('B edit (later)');
  });

  it('templates created on both sides are all kept', async () => {
    const { a, b } = await pair();
    await a.lib.saveTemplate(tpl('from-a'));
    await b.lib.saveTemplate(tpl('from-b'));
    await a.lib.flushSync();
    await b.lib.flushSync();
    await a.lib.flushSync();
    expect((await a.lib.load()).templates.map((t) => t.id).sort()).toEqual(['from-a', 'from-b']);
    expect((await b.lib.load()).templates.map((t) => t.id).sort()).toEqual(['from-a', 'from-b']);
  });

  it('a deleted template does not come back from the other browser', async () => {
    const { a, b, shared } = await pair();
    await a.lib.saveTemplate(tpl('doomed'));
    await a.lib.flushSync();
    await b.lib.flushSync();
    expect((await b.lib.load()).templates).toHaveLength(1);

    vi.setSystemTime(T0 + 5000);
    await a.lib.deleteTemplate('doomed');
    await a.lib.flushSync();
    // b still has its copy and pushes everything it has: the tombstone must win on both sides.
    await b.lib.flushSync();
    await a.lib.flushSync();
    expect((await a.lib.load()).templates).toEqual([]);
    expect((await b.lib.load()).templates).toEqual([]);
    expect(shared.keys()).not.toContain('t:doomed');
    expect(shared.keys()).toContain('x:doomed');

    // A browser that was offline pushes its stale copy into the mirror: still deleted.
    shared.seed({ 't:doomed': tpl('doomed') });
    await a.lib.flushSync();
    expect((await a.lib.load()).templates).toEqual([]);
    expect(shared.keys()).not.toContain('t:doomed');
  });

  it('an edit made after the deletion brings the template back everywhere', async () => {
    const { a, b, shared } = await pair();
    await a.lib.saveTemplate(tpl('t'));
    await a.lib.flushSync();
    await b.lib.flushSync();
    vi.setSystemTime(T0 + 1000);
    await a.lib.deleteTemplate('t');
    await a.lib.flushSync();
    b.lib.dispose(); // b edits offline, without hearing of the deletion
    const offline = browserWith({ sync: shared });
    open.push(offline);
    offline.local.seed(b.local.snapshot());
    vi.setSystemTime(T0 + 2000);
    await offline.local.set({ 't:t': tpl('t', { name: 'edited later', updatedAt: T0 + 2000 }) });
    await offline.lib.flushSync();
    await a.lib.flushSync();
    expect((await a.lib.load()).templates.map((t) => t.name)).toEqual(['edited later']);
    expect(a.local.keys()).not.toContain('x:t');
    expect(shared.keys()).not.toContain('x:t');
  });

  it('tombstones expire after 90 days (except those of the shipped defaults)', async () => {
    const { a } = await pair();
    await a.lib.saveTemplates([tpl('old'), tpl('default-invite-event')]);
    await a.lib.flushSync();
    await a.lib.deleteTemplate('old');
    await a.lib.deleteTemplate('default-invite-event');
    await a.lib.flushSync();
    expect(a.sync.keys()).toContain('x:old');
    vi.setSystemTime(T0 + 91 * DAY);
    await a.lib.flushSync();
    expect(a.local.keys()).not.toContain('x:old');
    expect(a.sync.keys()).not.toContain('x:old');
    expect(a.sync.keys()).toContain('x:default-invite-event');
  });

  it('settings follow the latest edit, but sync on/off stays per browser', async () => {
    const { a, b } = await pair();
    vi.setSystemTime(T0 + 1000);
    await a.lib.saveSettings({ guardMode: 'strict', myFirstName: 'Ada' });
    await a.lib.flushSync();
    await b.lib.flushSync();
    expect((await b.lib.load()).settings).toMatchObject({ guardMode: 'strict', myFirstName: 'Ada', syncEnabled: true });
  });

  it('stops syncing when another browser uses a newer storage version', async () => {
    const { a, shared } = await pair();
    shared.seed({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, 't:future': { shape: 'new' } });
    const before = shared.dump();
    await a.lib.saveTemplate(tpl('mine'));
    const status = await a.lib.flushSync();
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/newer version/);
    expect(shared.dump()).toBe(before);
    expect((await a.lib.load()).templates.map((t) => t.id)).toEqual(['mine']);
  });
});
