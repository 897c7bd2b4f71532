// A long day on LinkedIn (issue 11, part 5): `npm run soak`, not part of `npm test`.
//  1. 200 SPA navigations (pushState, the body swapped like LinkedIn's router does) between the
//     feed, profiles, search, the invitation manager and messaging, opening and closing invite
//     dialogs on the way: never a duplicated On Purpose UI, no leaked observers or listeners,
//     and a flat heap.
//  2. 1,000 cycles of open, block, insert, close on the invite dialog: heap before and after.
// Counted from outside, through the DevTools protocol, so the shipped bundle carries no test hook:
// MutationObserver instances in the content script's isolated world (Runtime.queryObjects on that
// world's prototype), event listeners on window and document (DOMDebugger.getEventListeners), and
// the page's V8 heap after a forced GC (HeapProfiler.collectGarbage + Runtime.getHeapUsage).
// Figures go to stdout and tests/soak/results.json.
// Extending it (People, issue 10): add its surfaces to ROUTES, and their hosts to OUR_HOSTS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURE_DIR } from '../../scripts/lib/browser.mjs';
import { startSession, type Session } from '../e2e/harness';
import { FIXTURES, control, noteField, panel, sentInvites } from '../e2e/fixtures';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };

/** Light-DOM fixtures standing for LinkedIn's main views (the body is swapped in place). */
const ROUTES = [
  'feed--plain--2026-09.html',
  'invite--choose-ember-light--2026-09.html', // a profile, its invite dialog open
  'invite--choose-2022--2022-11.html', // search results, dialog open
  'invitations--classic-ember--2023-04.html', // the invitation manager
  'composer--fullpage-ember--2026-09.html', // messaging
  'invite--note-free-ember-light--2026-07.html', // a profile, note step
  'connect--pymk-ember--2023-05.html', // my network
];
const OUR_HOSTS = ['on-purpose-invite-panel', 'on-purpose-ask', 'on-purpose-composer-templates', 'on-purpose-connect-note'];
const NAVIGATIONS = Number(process.env.OP_SOAK_NAVIGATIONS ?? 200);
const CYCLES = Number(process.env.OP_SOAK_CYCLES ?? 1000);

let s: Session;
let page: Page;
let cdp: CDPSession;
const isolated = new Set<number>();
const results: Record<string, unknown> = { date: new Date().toISOString(), navigations: NAVIGATIONS, cycles: CYCLES };

beforeAll(async () => {
  s = await startSession();
  // A template with no blanks, the default invite, so Insert needs no typing in the cycles.
  const ext = await s.extensionPage();
  await ext.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    const t = { id: 'soak', kind: 'invite', name: 'Soak', body: 'Hi {firstName}, we met at the soak-test meetup and I would like to stay in touch.', tags: [], createdAt: 5, updatedAt: 5 };
    await chrome.storage.local.set({ 't:soak': t, settings: { ...(settings as object), defaultInviteId: 'soak', updatedAt: Date.now() } });
  });
  page = await s.open(ROUTES[0]!);
  cdp = await s.context.newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; auxData?: { type?: string }; name: string } }) => {
    if (e.context.auxData?.type === 'isolated' && /On Purpose/.test(e.context.name)) isolated.add(e.context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => isolated.delete(e.executionContextId));
  await cdp.send('Runtime.enable');
  await cdp.send('HeapProfiler.enable');
}, 60_000);
afterAll(async () => {
  writeFileSync('tests/soak/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`[soak] ${JSON.stringify(results, null, 2)}`);
  await s?.close();
});

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/** Live MutationObservers created in On Purpose's isolated world(s), after a GC. */
async function observers(): Promise<number> {
  let total = 0;
  for (const contextId of isolated) {
    try {
      const proto = (await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId })) as { result: { objectId: string } };
      const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId, objectGroup: 'soak' })) as { objects: { objectId: string } };
      const len = (await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function(){return this.length}', returnByValue: true })) as { result: { value: number } };
      total += len.result.value;
    } catch {
      /* a context that just went away */
    }
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
  return total;
}

/** Listeners on window and document, from every world (LinkedIn's own stay constant here). */
async function listeners(): Promise<number> {
  let n = 0;
  for (const expression of ['window', 'document']) {
    const { result } = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const { listeners: l } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as { listeners: unknown[] };
    n += l.length;
  }
  return n;
}

async function duplicates(): Promise<string[]> {
  return page.evaluate((hosts) => {
    const out: string[] = [];
    // One invite panel per dialog, one ask control per card, one templates control per composer.
    const dialogs = document.querySelectorAll('.artdeco-modal, [role="dialog"]').length;
    const panels = document.querySelectorAll('on-purpose-invite-panel').length;
    if (panels > Math.max(1, dialogs)) out.push(`${panels} invite panels for ${dialogs} dialogs`);
    for (const h of hosts) {
      const seen = new Map<Element, number>();
      for (const el of document.querySelectorAll(h)) {
        const owner = el.closest('li, form, .artdeco-modal, [role="dialog"], [role="listitem"]') ?? document.body;
        seen.set(owner, (seen.get(owner) ?? 0) + 1);
      }
      for (const n of seen.values()) if (n > 1) out.push(`${n}× ${h} in one place`);
    }
    return out;
  }, OUR_HOSTS);
}

/** LinkedIn's router: the new view's body replaces the old one, and the URL changes by pushState. */
async function navigate(file: string) {
  const f = FIXTURES.find((x) => x.file === file)!;
  const html = readFileSync(`${FIXTURE_DIR}/${file}`, 'utf8');
  await page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const log = document.getElementById('playground-log');
      document.body.replaceWith(document.importNode(doc.body, true));
      if (log && !log.isConnected) document.documentElement.append(log);
      document.title = doc.title;
      history.pushState({}, '', url);
    },
    { html, url: f.url },
  );
  await page.waitForTimeout(60);
}

/** Runs in the page's main world: `n` cycles; returns null, or what went wrong. */
async function inPageCycles(n: number): Promise<string | null> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const until = async (what: string, f: () => unknown): Promise<void> => {
    for (let i = 0; i < 200; i++) {
      if (f()) return;
      await frame();
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const host = () => document.querySelector('on-purpose-invite-panel')?.shadowRoot ?? null;
  try {
    for (let i = 0; i < n; i++) {
      if (!document.querySelector('.artdeco-modal')) (window as unknown as { playground: { openDialog(): void } }).playground.openDialog();
      await until('the dialog', () => document.querySelector('[aria-label="Send without a note"]'));
      (document.querySelector('[aria-label="Send without a note"]') as HTMLElement).click();
      await until('our panel', () => host()?.querySelector('[role="option"]'));
      const option = [...host()!.querySelectorAll('[role="option"]')].find((o) => /Soak/.test(o.textContent ?? '')) as HTMLElement;
      option.click();
      const buttons = () => [...(host()?.querySelectorAll('button') ?? [])];
      await until('Insert', () => buttons().find((b) => /^Insert/.test(b.textContent ?? '') && !b.disabled));
      (buttons().find((b) => /^Insert/.test(b.textContent ?? '')) as HTMLButtonElement).click();
      await until('the inserted note', () => (document.querySelector('textarea#custom-message') as HTMLTextAreaElement | null)?.value.includes('soak-test'));
      // LinkedIn's dismiss (×) button.
      (document.querySelector('.artdeco-modal [data-test-modal-close-btn], .artdeco-modal .artdeco-modal__dismiss') as HTMLElement).click();
      await until('the dialog to close', () => !document.querySelector('.artdeco-modal'));
    }
    return null;
  } catch (e) {
    return String(e);
  }
}

describe('a long day on LinkedIn', () => {
  it(`${NAVIGATIONS} SPA navigations with dialogs opened and closed: no duplicated UI, no leaks, a flat heap`, async () => {
    // Warm up: every route once, staying as a person would (the UI bundle loads once a surface
    // has stayed 250 ms), so lazily loaded code is in before the baseline.
    for (const r of [...ROUTES, ROUTES[0]!]) {
      await navigate(r);
      await page.waitForTimeout(400);
    }
    await page.waitForTimeout(800);
    const before = { heap: await heap(), observers: await observers(), listeners: await listeners() };
    const dupes: string[] = [];
    const samples: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) {
      const file = ROUTES[i % ROUTES.length]!;
      await navigate(file);
      if (file.startsWith('invite--') && i % 2 === 0) {
        // The view arrives with its dialog open; close it on the way (LinkedIn's Escape).
        await page.waitForTimeout(120);
        await page.keyboard.press('Escape');
      }
      if (i % 10 === 9) {
        await page.waitForTimeout(350);
        dupes.push(...(await duplicates()).map((d) => `after ${i + 1} (${file}): ${d}`));
      }
      if (i % 50 === 49) samples.push(await heap());
    }
    await navigate(ROUTES[0]!);
    await page.waitForTimeout(800);
    const after = { heap: await heap(), observers: await observers(), listeners: await listeners() };
    results.spa = { before, after, heapSamples: samples, duplicates: dupes.length, isolatedWorlds: isolated.size };
    expect(isolated.size).toBeGreaterThan(0);
    expect(dupes).toEqual([]);
    // Observers and listeners come back to where they were (same view as the baseline).
    expect(after.observers).toBeLessThanOrEqual(before.observers);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners);
    // Flat heap: within 1 MB of the baseline (GC noise), not growing with the navigations.
    expect(after.heap - before.heap).toBeLessThan(1024 * 1024);
  }, 600_000);

  it(`${CYCLES} cycles of open, block, insert, close on the invite dialog: heap before and after`, async () => {
    // A full load, so the playground knows this page's dialog and can open it again.
    await page.goto(FIXTURES.find((f) => f.file === 'invite--choose-ember-light--2026-09.html')!.url);
    await panel(page).waitFor({ state: 'attached', timeout: 8000 });
    const one = async () => {
      await page.evaluate(() => {
        if (!document.querySelector('.artdeco-modal')) (window as unknown as { playground: { openDialog(): void } }).playground.openDialog();
      });
      await control(page, 'Send without a note').click();
      await panel(page).getByRole('option', { name: /Soak/ }).first().click();
      await panel(page).getByRole('button', { name: /^Insert/ }).click();
      await noteField(page).waitFor({ state: 'attached' });
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.artdeco-modal'), null, { timeout: 3000 });
    };
    for (let i = 0; i < 3; i++) await one(); // warm-up, with Playwright's real input
    const before = { heap: await heap(), observers: await observers(), listeners: await listeners() };
    const samples: number[] = [];
    const t0 = Date.now();
    // The same cycle driven from inside the page (a Playwright round trip per step would take
    // half an hour): open, click Send without a note (blocked), pick the template, Insert, Escape.
    for (let done = 0; done < CYCLES; ) {
      const batch = Math.min(250, CYCLES - done);
      const err = await page.evaluate(inPageCycles, batch);
      expect(err).toBeNull();
      done += batch;
      samples.push(await heap());
    }
    const after = { heap: await heap(), observers: await observers(), listeners: await listeners() };
    expect(await sentInvites(page)).toEqual([]); // blocked 1,000 times, never sent
    results.dialogCycles = { before, after, heapSamples: samples, seconds: Math.round((Date.now() - t0) / 1000) };
    expect(after.observers).toBeLessThanOrEqual(before.observers);
    expect(after.listeners).toBeLessThanOrEqual(before.listeners);
    expect(after.heap - before.heap).toBeLessThan(1024 * 1024);
  }, 1_800_000);
});
