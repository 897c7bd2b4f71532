// People in the popup and the worker, against the BUILT extension: People seeded through the
// service worker's storage (records in the store's `p:<id>` format), the due count on the toolbar
// icon read back from the worker, and export → delete everything → import giving back the same
// People. One Chromium for the file; tests run in order and share storage, like one user's session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { guardNetwork, launch } from '../../scripts/lib/browser.mjs';
import { decodePerson } from '../../src/storage/people-records';
import { seedPerson } from './people-seed';
import type { Person } from '../../src/core/people/model';

type Stored = Record<string, unknown>;
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Stored>; set(items: Stored): Promise<void>; remove(keys: string[]): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string> };
};

let context: BrowserContext;
let foreign: string[] = [];
let page: Page;
let worker: Worker;
let url: string;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const NOW = Date.now();

/** A record in the store's stored form, invited a day ago (./people-seed.ts). */
const person = (vanity: string, fullName: string, extra: Partial<Person> = {}) => seedPerson(vanity, fullName, extra, NOW);

const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
const stored = () => worker.evaluate(() => chrome.storage.local.get(null));
const peopleIn = (s: Stored) => Object.fromEntries(Object.entries(s).filter(([k]) => k.startsWith('p:')));
const names = () => page.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents();

beforeAll(async () => {
  const launched = await launch({ viewport: { width: 400, height: 600 } });
  context = launched.context;
  context.setDefaultTimeout(5000);
  // No request leaves the browser (issue 11, SECURITY.md): any that reaches the network layer, from the
  // popup, the worker or a download, websockets included, is aborted, recorded, and fails the file.
  foreign = await guardNetwork(context);
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  url = `chrome-extension://${launched.extensionId}/src/popup/index.html`;
  await worker.evaluate(
    (items) => chrome.storage.local.set(items),
    {
      'p:v:jane-doe': person('jane-doe', 'Jane Doe', { state: 'accepted', followUps: [{ id: 'f1', kind: 'meet', due: day(3), title: 'Coffee at RustConf', doneAt: null, createdAt: NOW }] }),
      'p:v:omar-haddad': person('omar-haddad', 'Omar Haddad'),
      'p:v:li-wei': person('li-wei', 'Li Wei', { howWeMet: { text: 'Met at the Kubernetes meetup', where: 'Berlin', when: 'May 2026' } }),
    },
  );
  page = await context.newPage();
  await page.goto(`${url}?view=people`);
  await page.waitForSelector('html[data-ready]');
});
afterAll(async () => {
  await context?.close();
  expect(foreign, 'requests the extension made').toEqual([]);
});

describe('People in the popup and on the toolbar icon', () => {
  it('lists the seeded people, searchable by name, reason and notes', async () => {
    await expect.poll(names).toHaveLength(3);
    await page.getByRole('searchbox', { name: /Search people/ }).fill('kubernetes');
    await expect.poll(names).toEqual(['Li Wei']);
    await page.getByRole('searchbox', { name: /Search people/ }).fill('');
    await page.getByLabel('Show').selectOption('pending');
    await expect.poll(names).toEqual(expect.arrayContaining(['Omar Haddad', 'Li Wei']));
    expect(await names()).not.toContain('Jane Doe');
    await page.getByLabel('Show').selectOption('all');
  });

  it('a follow-up that comes due shows in the badge and under Due, and clears when done', async () => {
    // Not due yet (in three days): no count.
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    // The day comes: the stored due date is today (as if three days had passed).
    await worker.evaluate(async (today) => {
      const k = 'p:v:jane-doe';
      const p = (await chrome.storage.local.get(null))[k] as { followUps: Array<{ due: string }> };
      p.followUps[0]!.due = today;
      await chrome.storage.local.set({ [k]: p });
    }, day(0));
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await page.getByLabel('Show').selectOption('due');
    await expect.poll(names).toEqual(['Jane Doe']);
    await page.getByRole('option', { name: /Jane Doe/ }).click();
    await expect.poll(() => page.locator('#view-title').textContent()).toBe('Jane Doe');
    await page.getByRole('button', { name: 'Done: Coffee at RustConf' }).click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
    const jane = decodePerson((await stored())['p:v:jane-doe']) as { followUps: Array<{ doneAt: number | null }>; lastContactAt: number | null; events: Array<{ type: string }> };
    expect(jane.followUps[0]!.doneAt).toBeGreaterThan(0);
    expect(jane.lastContactAt).toBeGreaterThan(0);
    expect(jane.events.map((e) => e.type)).toContain('follow-up-done');
  });

  it('keeps a private "how we met" note, seeded from the reason', async () => {
    const how = page.getByRole('textbox', { name: 'How', exact: true });
    await expect.poll(() => how.inputValue()).toBe('your talk on platform teams');
    await page.getByRole('textbox', { name: 'Where' }).fill('RustConf 2026');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => (decodePerson((await stored())['p:v:jane-doe']) as Person).howWeMet)
      .toEqual({ text: 'your talk on platform teams', where: 'RustConf 2026', when: '' });
    await page.getByRole('button', { name: '← All people' }).click();
  });

  it('adds a "meet" follow-up from the keyboard and saves it as a calendar file with the reason', async () => {
    // Keyboard only: the list is one tab stop; arrows move, Enter opens.
    await page.getByLabel('Show').selectOption('all');
    await page.locator('#people-list-box').focus();
    const order = await names();
    const target = order.indexOf('Omar Haddad');
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#view-title').textContent()).toBe('Omar Haddad');
    await page.getByLabel('Add a follow-up').selectOption('meet');
    await page.getByLabel('Due', { exact: true }).fill(day(10));
    await page.getByLabel('What (optional)').fill('Coffee in Berlin');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const save = page.getByRole('button', { name: 'Save to calendar: Coffee in Berlin' });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${day(10).replace(/-/g, '')}`);
    expect(ics).toMatch(/DESCRIPTION:.*your talk on platform teams/);
    await page.getByRole('button', { name: '← All people' }).click();
  });

  it('delete everything, then Undo: everyone is back', async () => {
    const before = peopleIn(await stored());
    await page.getByRole('button', { name: 'Backup and reminders' }).click();
    await page.getByRole('button', { name: 'Delete everything in People…' }).click();
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(async () => Object.keys(peopleIn(await stored())).length).toBe(0);
    await page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => peopleIn(await stored())).toEqual(before);
    await expect.poll(names).toHaveLength(3);
  });

  it('export, delete everything, import: the same People come back', async () => {
    const before = peopleIn(await stored());
    expect(Object.keys(before)).toHaveLength(3);
    await page.getByRole('button', { name: 'Backup and reminders' }).click();
    await expect.poll(() => page.getByText('Uninstalling On Purpose deletes them').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup (.json)' }).click()]);
    const file = join(tmpdir(), `people-${process.pid}.json`);
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).people).toHaveLength(3);
    // The spreadsheet export: a header and one row per person, their reason in it.
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for a spreadsheet (.csv)' }).click()]);
    expect(sheet.suggestedFilename()).toMatch(/^on-purpose-people-.*\.csv$/);
    const csvLines = readFileSync((await sheet.path())!, 'utf8').trimEnd().split('\r\n');
    expect(csvLines).toHaveLength(4);
    expect(csvLines.slice(1).join('\n')).toMatch(/Jane Doe[\s\S]*your talk on platform teams/);

    await page.getByRole('button', { name: 'Delete everything in People…' }).click();
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(async () => Object.keys(peopleIn(await stored())).length).toBe(0);
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Deleted from People: 3');

    await page.getByRole('button', { name: 'Backup and reminders' }).click();
    await page.getByLabel('A People backup (.json)').setInputFiles(file);
    await expect.poll(() => page.locator('.pmanage').textContent()).toContain('New: 3;');
    await page.getByRole('group', { name: 'Backup preview' }).getByRole('button', { name: 'Import' }).click();
    await expect.poll(async () => peopleIn(await stored())).toEqual(before);
  });

  it('the full-tab view (index.html?tab=1) has the People tab too', async () => {
    const tab = await context.newPage();
    try {
      await tab.goto(`${url}?tab=1`);
      await tab.waitForSelector('html[data-ready]');
      await tab.getByRole('tab', { name: 'People' }).click();
      await expect
        .poll(() => tab.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents())
        .toEqual(expect.arrayContaining(['Jane Doe', 'Omar Haddad', 'Li Wei']));
    } finally {
      await tab.close();
    }
  });

  it('rejects a malformed backup with a message and changes nothing', async () => {
    const before = peopleIn(await stored());
    const bad = join(tmpdir(), `people-bad-${process.pid}.json`);
    writeFileSync(bad, '{"people": [{"id": 3}]}');
    await page.getByLabel('A People backup (.json)').setInputFiles(bad);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Nothing was changed');
    expect(peopleIn(await stored())).toEqual(before);
  });

  it('Connections.csv backfills the connection date of a person in the log', async () => {
    const csv = join(tmpdir(), `Connections-${process.pid}.csv`);
    writeFileSync(
      csv,
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nOmar,Haddad,https://www.linkedin.com/in/omar-haddad,,Acme,CTO,07 Mar 2026\nAda,Byron,https://www.linkedin.com/in/ada-byron,,Analytical,Engineer,01 Feb 2026\n',
    );
    await page.getByLabel('LinkedIn’s Connections.csv').setInputFiles(csv);
    const preview = page.getByRole('group', { name: 'Connections.csv preview' });
    await expect.poll(() => preview.textContent()).toContain('Already in People: 1;');
    await preview.getByRole('button', { name: 'Import' }).click();
    await expect
      .poll(async () => {
        const o = decodePerson((await stored())['p:v:omar-haddad']) as Person;
        return o.connectedAt && new Date(o.connectedAt).toDateString();
      })
      .toBe(new Date(2026, 2, 7).toDateString());
    // Not asked to: the other connection is not added.
    expect((await stored())['p:v:ada-byron']).toBeUndefined();
  });

  it('opens on the list’s first screen, which the worker stores beside the index, then is whole', async () => {
    // The worker writes the head with each index (storage/people-head.ts): with today's date on it.
    await expect.poll(async () => typeof (await stored()).peopleHead).toBe('string');
    const again = await context.newPage();
    try {
      await again.goto(`${url}?view=people`);
      await again.waitForSelector('html[data-people-first]', { state: 'attached' });
      expect(await again.evaluate(() => document.documentElement.dataset.peopleFirst)).toBe('head');
      const shown = () => again.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents();
      await expect.poll(shown).toHaveLength(3);
      // Another filter and a search work at once: the index (then the records) came right after the paint.
      await again.getByLabel('Show').selectOption('accepted');
      await expect.poll(shown).toContain('Jane Doe'); // and Omar, connected by the Connections.csv above
      expect(await shown()).not.toContain('Li Wei');
      await again.getByLabel('Show').selectOption('all');
      await again.getByRole('searchbox', { name: /Search people/ }).fill('kubernetes');
      await expect.poll(shown).toEqual(['Li Wei']);
    } finally {
      await again.close();
    }
  });
});
