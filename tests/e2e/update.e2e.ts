// Issue 9 part 3 with the BUILT extension in Chromium: an extension update while a LinkedIn tab is
// open. `chrome.runtime.reload()` in the service worker is an update as far as the tab can tell:
// the old content script's context is invalidated, a new worker starts and gets onInstalled
// ('update'), and injects the new always-on script (src/background/reinject.ts). On that SAME
// page, *Send without a note* must be blocked, with one picker, and nothing of ours may throw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { control, noteField, panel, sentInvites } from './fixtures';
import { startSession, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await startSession({ developerMode: true });
});
afterAll(() => s?.close());

interface Watch {
  /** Uncaught exceptions in any world of the page (main world and extension isolated worlds). */
  exceptions: string[];
  /** console.error / console.warn of any world, and the browser's own log errors for the page. */
  consoleErrors: string[];
  /** Every isolated world our extension created in the page, in order (one per script copy). */
  ourWorlds: number[];
  cdp: CDPSession;
}

/** Page errors as a user's DevTools would show them, from every world: Playwright's pageerror and
 *  console events see the main world only, and a content script's errors are in its own world. */
async function watch(page: Page, extensionId: string): Promise<Watch> {
  const w: Watch = { exceptions: [], consoleErrors: [], ourWorlds: [], cdp: await s.context.newCDPSession(page) };
  page.on('pageerror', (e) => w.exceptions.push(`main: ${String(e)}`));
  w.cdp.on('Runtime.exceptionThrown', (e) => w.exceptions.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  w.cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning') w.consoleErrors.push(e.args.map((a) => a.value ?? a.description).join(' '));
  });
  w.cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level === 'error' && !/ERR_BLOCKED_BY_CLIENT|not in the playground/.test(e.entry.text)) w.consoleErrors.push(e.entry.text);
  });
  w.cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = e.context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && e.context.origin === `chrome-extension://${extensionId}`) w.ourWorlds.push(e.context.id);
  });
  await w.cdp.send('Runtime.enable');
  await w.cdp.send('Log.enable');
  return w;
}

async function reloadExtension(): Promise<Worker> {
  const [old] = s.context.serviceWorkers();
  expect(old).toBeTruthy();
  const next = s.context.waitForEvent('serviceworker', { timeout: 20_000 });
  // The worker dies while evaluating: the call never returns.
  void old!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  return next;
}

describe('the takeover signal', () => {
  it('the page cannot disarm the guard by sending it: only a copy whose extension is gone stands down', async () => {
    const page = await s.open('invite--choose-ember-light--2026-09.html');
    const w = await watch(page, s.extensionId);
    await panel(page).waitFor({ state: 'attached' });
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('on-purpose:takeover')));
    await control(page, 'Send without a note').click();
    await page.waitForTimeout(150);
    expect(await sentInvites(page)).toEqual([]);
    expect(await panel(page).count()).toBe(1);
    expect(w.exceptions).toEqual([]);
    await page.close();
  });
});

describe('an extension update with a LinkedIn tab open', () => {
  it('the new copy guards the same page at once: blocked, one picker, no error', async () => {
    const page = await s.open('invite--choose-ember-light--2026-09.html');
    const w = await watch(page, s.extensionId);
    await panel(page).waitFor({ state: 'attached' });
    expect(w.ourWorlds.length).toBeGreaterThanOrEqual(1);
    const before = w.ourWorlds.length;
    // Mark the old copy's panel from the main world: it must go, not stay beside the new one.
    await panel(page).evaluate((e) => e.setAttribute('data-e2e-old', ''));

    const worker = await reloadExtension();
    expect(new URL(worker.url()).host).toBe(s.extensionId);
    // The worker's onInstalled injected the new copy into this tab: a new isolated world of ours.
    await expect.poll(() => w.ourWorlds.length, { timeout: 15_000, interval: 50 }).toBeGreaterThan(before);
    // The old copy stood down and took its UI with it.
    await expect.poll(() => page.locator('[data-e2e-old]').count(), { timeout: 2000 }).toBe(0);

    await control(page, 'Send without a note').click();
    await page.waitForTimeout(150);
    expect(await sentInvites(page)).toEqual([]);
    // The new copy loaded its UI from the new worker and explains the block, exactly once.
    await expect.poll(() => panel(page).locator('[role=alert]').first().textContent(), { timeout: 10_000 }).toMatch(/blank invitation/);
    await page.waitForTimeout(400);
    expect(await panel(page).count()).toBe(1);
    expect(await page.locator('[data-on-purpose-ui]').count()).toBe(1);
    // The picker works: templates are listed and one can be chosen.
    expect(await panel(page).getByRole('option').count()).toBeGreaterThan(0);

    // Keyboard activation is blocked too, and still only one panel.
    await control(page, 'Send without a note').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect(await sentInvites(page)).toEqual([]);
    expect(await panel(page).count()).toBe(1);

    // And the new UI does its work: a template chosen at step 1 opens LinkedIn's note step and
    // fills it; nothing is sent.
    await panel(page).getByRole('option', { name: /Met at an event/ }).first().click();
    await panel(page).getByLabel('Where did you meet?').fill('the Platform Summit');
    await panel(page).getByLabel('What did you talk about?').fill('developer portals');
    await panel(page).getByRole('button', { name: /^Insert/ }).click();
    await expect.poll(() => noteField(page).inputValue(), { timeout: 5000 }).toContain('the Platform Summit');
    expect(await sentInvites(page)).toEqual([]);
    expect(await page.locator('[data-on-purpose-ui]').count()).toBe(1);

    expect(w.exceptions).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await page.close();
  });
});
