// Everything around the invite dialog: decoys stay untouched, one-click Connect is routed to a flow
// with a note, and a template created in the popup is offered in an open dialog with no reload.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './harness';
import { bySurface, control, panel, sentInvites, setSettings } from './fixtures';

let s: Session;
let page: Page | null = null;
beforeAll(async () => {
  s = await startSession();
});
afterAll(() => s?.close());
afterEach(async () => {
  await page?.close();
  page = null;
});

describe('decoys are left exactly as LinkedIn made them', () => {
  for (const f of [...bySurface('decoy'), ...bySurface('feed')]) {
    it(f.file, async () => {
      page = await s.open(f.file);
      await page.waitForTimeout(500);
      // Nothing injected, in the document or in the overlay shadow root.
      const injected = await page.evaluate(() => {
        const roots: ParentNode[] = [document];
        const host = document.getElementById('interop-outlet');
        if (host?.shadowRoot) roots.push(host.shadowRoot);
        return roots.flatMap((r) => Array.from(r.querySelectorAll('*'))).filter((e) => e.tagName.startsWith('ON-PURPOSE')).length;
      });
      expect(injected).toBe(0);
      // Every button still reaches the page's own handlers: a listener on document (after our
      // window-level capture listener) sees each click.
      const result = await page.evaluate(() => {
        const roots: ParentNode[] = [document];
        const host = document.getElementById('interop-outlet');
        if (host?.shadowRoot) roots.push(host.shadowRoot);
        const buttons = roots.flatMap((r) => Array.from(r.querySelectorAll<HTMLButtonElement>('button:not([disabled])')));
        let seen = 0;
        const onClick = () => {
          seen += 1;
        };
        document.addEventListener('click', onClick, true);
        for (const b of buttons) b.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
        document.removeEventListener('click', onClick, true);
        return { buttons: buttons.length, seen };
      });
      expect(result.buttons).toBeGreaterThan(0);
      expect(result.seen).toBe(result.buttons);
    });
  }
});

describe('one-click Connect (no dialog) is routed to an invite with a note', () => {
  it('blocks the click, explains beside it, and links to LinkedIn’s custom-invite flow', async () => {
    page = await s.open('connect--pymk-grow-sdui--2025-09.html');
    await page.waitForTimeout(300);
    await control(page, 'Invite Riley Chen to connect').click();
    expect(await sentInvites(page)).toEqual([]);
    const nudge = page.locator('on-purpose-connect-nudge');
    await nudge.waitFor({ state: 'attached' });
    expect(await nudge.locator('[role=alert]').textContent()).toMatch(/no note/);
    const link = nudge.getByRole('link', { name: /with a note/ });
    expect(await link.getAttribute('href')).toMatch(/\/preload\/custom-invite\/\?vanityName=|\/in\//);
    // Nudge mode: a deliberate second action lets that one Connect through.
    await nudge.getByRole('button', { name: /anyway/ }).click();
    expect(await sentInvites(page)).toEqual([]);
    await control(page, 'Invite Riley Chen to connect').click();
    expect(await sentInvites(page)).toHaveLength(1);
    // Another person's Connect is still guarded.
    await control(page, 'Invite Dana Whitfield to connect').click();
    expect(await sentInvites(page)).toHaveLength(1);
  });

  it('strict: no way around it', async () => {
    await setSettings(s, { guardMode: 'strict' });
    try {
      page = await s.open('connect--pymk-grow-sdui--2025-09.html');
      await page.waitForTimeout(300);
      await control(page, 'Invite Riley Chen to connect').click();
      const nudge = page.locator('on-purpose-connect-nudge');
      await nudge.waitFor({ state: 'attached' });
      expect(await nudge.getByRole('button', { name: /anyway/ }).count()).toBe(0);
      expect(await sentInvites(page)).toEqual([]);
    } finally {
      await setSettings(s, { guardMode: 'nudge' });
    }
  });
});

describe('the library is live in the page', () => {
  it('a template created in the popup is offered at once in an open invite dialog, no reload', async () => {
    page = await s.open('invite--note-premium-interop--2026-08.html');
    await panel(page).waitFor({ state: 'attached' });
    expect(await panel(page).getByRole('option', { name: /Met at RustConf/ }).count()).toBe(0);

    const popup = await s.extensionPage();
    await popup.reload();
    await popup.waitForSelector('html[data-ready]');
    await popup.getByRole('button', { name: 'New', exact: true }).click();
    await popup.getByRole('textbox', { name: 'Name' }).fill('Met at RustConf');
    await popup.getByRole('textbox', { name: 'Text' }).fill('Hi {firstName}, great to talk about {{topic: What did you talk about?}} at RustConf.');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();

    const option = panel(page).getByRole('option', { name: /Met at RustConf/ });
    await option.waitFor({ state: 'attached', timeout: 5000 });
    await option.click();
    await panel(page).getByLabel('What did you talk about?').fill('async runtimes');
    await panel(page).getByRole('button', { name: /^Insert/ }).click();
    const field = page.locator('textarea#custom-message');
    await expect.poll(() => field.inputValue()).toBe('Hi Hannah, great to talk about async runtimes at RustConf.');
  });
});
