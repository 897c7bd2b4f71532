// Stored data the extension cannot trust, against the BUILT extension (issue 9 part 6, issue 11
// part 4): garbage written into storage.local through the extension's own service worker, then
// the popup opened as a user would; and chrome.storage.sync's real quotas in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { guardNetwork, launch } from '../../scripts/lib/browser.mjs';

type Stored = Record<string, unknown>;
declare const chrome: {
  storage: Record<'local' | 'sync', { get(keys: null): Promise<Stored>; set(items: Stored): Promise<void>; clear(): Promise<void> }>;
};

let context: BrowserContext;
let foreign: string[] = [];
let worker: Worker;
let page: Page;
let url: string;

beforeAll(async () => {
  const launched = await launch({ viewport: { width: 400, height: 600 } });
  context = launched.context;
  // No request leaves the browser (issue 11, SECURITY.md): any that reaches the network layer, from the
  // popup, the worker or a download, websockets included, is aborted, recorded, and fails the file.
  foreign = await guardNetwork(context);
  url = `chrome-extension://${launched.extensionId}/src/popup/index.html`;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  page = await context.newPage();
  page.setDefaultTimeout(5000);
  // Let the worker's first run (it seeds the defaults) finish before planting anything.
  for (let i = 0; i < 100 && (await local()).schemaVersion !== 1; i++) await new Promise((r) => setTimeout(r, 100));
});
afterAll(async () => {
  await context?.close();
  expect(foreign, 'requests the extension made').toEqual([]);
});

async function open() {
  await page.goto(url);
  await page.waitForSelector('html[data-ready]');
}
const text = (l: Locator) => l.first().textContent({ timeout: 500 }).then((t) => t ?? '', () => '');
const local = () => worker.evaluate(() => chrome.storage.local.get(null)) as Promise<Stored>;
/**
 * Replaces storage.local with `items`, from the service worker (where the extension's code runs).
 * Set first, then remove the rest: a clear() would let the worker's library see an empty store
 * in between and seed the defaults.
 */
const plant = async (items: Stored) => {
  // No popup open meanwhile: it would react to the half-planted state.
  await page.goto('about:blank');
  await worker.evaluate(async (i) => {
    const s = chrome.storage.local as unknown as { set(x: Stored): Promise<void>; get(k: null): Promise<Stored>; remove(k: string[]): Promise<void> };
    await s.set(i);
    await s.remove(Object.keys(await s.get(null)).filter((k) => !(k in i)));
  }, items);
};
const rowNames = () => page.locator('.row .row-name').allTextContents();
const tpl = (id: string, name: string, body = `Hi {firstName}, about ${name}.`) => ({ id, kind: 'invite', name, body, tags: [], createdAt: 1000, updatedAt: 1000 });
const settings = (over: Stored = {}) => ({
  guardMode: 'nudge',
  noteLimit: 'auto',
  myFirstName: '',
  extraGenericPhrases: [],
  syncEnabled: false,
  defaultInviteId: null,
  defaultReplyId: null,
  order: [],
  updatedAt: 1,
  ...over,
});

describe('a schemaVersion it cannot read', () => {
  for (const garbage of ['two', 1e308, -3, 1.5]) {
    it(`${JSON.stringify(garbage)}: one sentence, the value kept, the library usable`, async () => {
      await plant({ schemaVersion: garbage, 't:mine': tpl('mine', 'Met at the meetup'), settings: settings({ order: ['mine'] }) });
      await open();
      await expect.poll(() => text(page.getByRole('status').filter({ hasText: 'The version number of your saved data was damaged' }))).toContain('kept all it could read');
      // (Plus the default follow-up templates, added once to a library that has none.)
      expect(await rowNames()).toContain('Met at the meetup');
      await expect.poll(async () => (await local()).schemaVersion).toBe(1);
      const aside = (await local()).setAside as Array<{ key: string; raw: unknown }>;
      expect(aside.filter((e) => e.key === 'schemaVersion').map((e) => e.raw)).toEqual([garbage]);
      // Usable: a new template is saved.
      await page.getByRole('button', { name: 'New', exact: true }).click();
      await page.getByRole('textbox', { name: 'Name' }).fill('After the repair');
      await page.getByRole('textbox', { name: 'Text' }).fill('Hi {firstName}, glad we met.');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(rowNames).toContain('After the repair');
      expect((await rowNames()).indexOf('After the repair')).toBeGreaterThan((await rowNames()).indexOf('Met at the meetup'));
    });
  }
});

describe('a newer format number', () => {
  it('is read-only; Repair (confirmed) starts fresh and the old data stays exportable', async () => {
    const old = { schemaVersion: 7, 't:mine': tpl('mine', 'From the future?'), 't:odd': { shape: 'unknown' }, settings: settings({ order: ['mine'], future: true }) };
    await plant(old);
    await open();
    const notice = page.getByText('saved by a newer version of On Purpose');
    await expect.poll(() => text(notice)).toContain('Nothing was changed');
    // peopleIndex and peopleHead are derived (the worker rebuilds them from People records at any
    // time): not user data.
    const { peopleIndex: _derived, peopleHead: _head, ...untouched } = await local();
    expect(untouched).toEqual(old);
    // The old templates can still be exported as they are shown.
    expect(await rowNames()).toEqual(['From the future?']);

    await page.getByRole('button', { name: 'Repair…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm repair' });
    await expect.poll(() => text(confirm)).toContain('Nothing is deleted');
    await confirm.getByRole('button', { name: 'Repair now' }).click();
    await expect.poll(rowNames).toContain('Met at an event');
    expect(await rowNames()).not.toContain('From the future?');
    const after = await local();
    expect(after.schemaVersion).toBe(1);

    const banner = page.getByRole('region', { name: 'Data set aside' });
    const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Export the set-aside data' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { items: Array<{ key: string; raw: unknown }> };
    for (const [k, v] of Object.entries(old)) expect(exported.items.find((e) => e.key === k)?.raw, k).toEqual(v);
  });
});

describe('real chrome.storage.sync quotas (Chromium enforces them locally, even with sync disabled)', () => {
  it('Chromium refuses an item over 8 KB and a total over 100 KB, with messages our classifier reads', async () => {
    const errors = await worker.evaluate(async () => {
      const sync = chrome.storage.sync as unknown as { set(x: Stored): Promise<void>; remove(k: string[]): Promise<void> };
      const out: string[] = [];
      try {
        await sync.set({ 'probe-big': 'x'.repeat(9000) });
        out.push('accepted');
      } catch (e) {
        out.push(String((e as Error).message));
      }
      const fill: Stored = {};
      for (let i = 0; i < 13; i++) fill[`probe-${i}`] = 'y'.repeat(8000);
      try {
        await sync.set(fill);
        out.push('accepted');
      } catch (e) {
        out.push(String((e as Error).message));
      }
      await sync.remove(['probe-big', ...Object.keys(fill)]);
      return out;
    });
    const { classifySyncError } = await import('../../src/storage/sync');
    // Chromium 1xx words them "Resource::kQuotaBytesPerItem quota exceeded." / "Resource::kQuotaBytes
    // quota exceeded."; the docs' names (QUOTA_BYTES_PER_ITEM) are matched too.
    console.info('Chromium sync quota errors:', errors);
    expect(errors[0]).toMatch(/kQuotaBytesPerItem|QUOTA_BYTES_PER_ITEM/);
    expect(classifySyncError(new Error(errors[0]))).toBe('too-large');
    expect(errors[1]).toMatch(/kQuotaBytes\b|QUOTA_BYTES\b/);
    expect(classifySyncError(new Error(errors[1]))).toBe('quota');
  });

  it('our size estimate is never below what Chromium counts (timestamps, `<`, non-ASCII)', async () => {
    const { itemBytes } = await import('../../src/storage/sync');
    const samples: Stored = {
      't:a': tpl('a', 'Timestamps', 'plain'),
      't:b': { ...tpl('b', 'Now <b>', 'Hi {firstName} <3 café — “quoted” \u2028 line'), createdAt: 1767225600001, updatedAt: Date.now() },
      'x:c': { id: 'c', deletedAt: 1767225600123, base: 1767225600001 },
    };
    const counted = await worker.evaluate(async (items) => {
      const sync = chrome.storage.sync as unknown as { set(x: Stored): Promise<void>; remove(k: string[]): Promise<void>; getBytesInUse(k: string): Promise<number> };
      const out: Record<string, number> = {};
      for (const [k, v] of Object.entries(items)) {
        await sync.set({ [k]: v });
        out[k] = await sync.getBytesInUse(k);
      }
      await sync.remove(Object.keys(items));
      return out;
    }, samples);
    for (const [k, v] of Object.entries(samples)) expect(itemBytes(k, v), k).toBeGreaterThanOrEqual(counted[k]!);
  });

  it('a template over 8 KB and templates beyond 100 KB: the popup names them, nothing is lost', async () => {
    const now = Date.now();
    const items: Stored = { schemaVersion: 1, settings: settings({ syncEnabled: true, updatedAt: now, order: [] }) };
    // 12 KB in UTF-8: over the per-item quota on its own.
    items['t:huge'] = { ...tpl('huge', 'The huge one', '€'.repeat(3990)), createdAt: now, updatedAt: now };
    // 30 × ~3.9 KB: beyond 100 KB in total.
    for (let i = 0; i < 30; i++) {
      const id = `bulk${String(i).padStart(2, '0')}`;
      items[`t:${id}`] = { ...tpl(id, `Bulk ${i}`, 'z'.repeat(3900)), createdAt: now + i + 1, updatedAt: now + i + 1 };
    }
    // Plant, then empty the mirror: the other way round, the worker would push the previous
    // library into the empty mirror and the popup would rightly pull it back.
    await plant(items);
    await worker.evaluate(() => (chrome.storage.sync as unknown as { clear(): Promise<void> }).clear());
    await open();
    const banner = page.getByRole('region', { name: 'Sync' });
    await expect.poll(() => text(banner), { timeout: 15_000 }).toContain('“The huge one”: too large to sync');
    expect(await text(banner)).toMatch(/Bulk \d+.*no room left in the browser’s sync space/);
    // Nothing lost: every template is still in storage.local and in the list.
    const after = await local();
    for (const k of Object.keys(items).filter((k) => k.startsWith('t:'))) expect(after[k], k).toEqual(items[k]);
    const names = await rowNames();
    for (let i = 0; i < 30; i++) expect(names).toContain(`Bulk ${i}`);
    expect(names).toContain('The huge one');
    // And what was synced is within Chromium's quota (it would have refused otherwise).
    const synced = () => worker.evaluate(() => chrome.storage.sync.get(null)) as Promise<Stored>;
    await expect.poll(async () => Object.keys(await synced()).filter((k) => k.startsWith('t:')).length, { timeout: 10_000 }).toBeGreaterThan(15);
    expect((await synced())['t:huge']).toBeUndefined();
  });
});
