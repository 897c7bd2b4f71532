// The invite guard with the BUILT extension in Chromium, on every invite variant of the playground:
// light DOM and #interop-outlet shadow root, free and Premium limits, eight languages.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { PERSONAL, STOCK, control, inviteFixtures, msg, msgPattern, noteField, panel, sentInvites, setSettings, share } from './fixtures';
import type { Page } from 'playwright-core';

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

async function openInvite(file: string): Promise<Page> {
  page = await s.open(file);
  await panel(page).waitFor({ state: 'attached', timeout: 5000 });
  return page;
}

const alertText = (p: Page) => panel(p).locator('[role=alert]').first().textContent();
const panelText = (p: Page) => panel(p).locator('.op-root').first().textContent();

describe('step 1: “Send without a note” is blocked and explained in the dialog', () => {
  // npm test's share (all with OP_E2E_FULL=1): the 2022 dialog, the outlet's shadow root in German, the
  // email step, the 2021 "Send now", and a 2026 dialog with none of LinkedIn's markup.
  for (const f of share(inviteFixtures('choose', 'email'), /choose-2022|choose-de-interop-search|email-required|legacy-send-now|choose-bare-portal/)) {
    const label = f.expect.sendControls?.sendWithoutNote;
    if (!label || f.file.includes('note-required')) continue;
    it(`${f.file} (${f.locale}, ${f.expect.invite!.root})`, async () => {
      const p = await openInvite(f.file);
      await control(p, label).click();
      await p.waitForTimeout(150);
      expect(await sentInvites(p)).toEqual([]);
      // In the page's language (issue 12 part 2): a page in one of our eight languages gets our own table in it.
      expect(await alertText(p)).toBe(msg(f.locale, 'guard_send_blank'));
      // Focus moved to the template picker so the user can start from a reason at once.
      expect(await p.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return Boolean(el?.closest('.op-root') || (el?.getRootNode() as ShadowRoot)?.host?.tagName.startsWith('ON-PURPOSE'));
      })).toBe(true);
      // Keyboard activation of LinkedIn's button is blocked too.
      await control(p, label).focus();
      await p.keyboard.press('Enter');
      await p.keyboard.press('Space');
      await p.waitForTimeout(100);
      expect(await sentInvites(p)).toEqual([]);
    });
  }
});

describe('note step: generic, unfinished and over-limit notes are blocked; personal notes go through exactly', () => {
  // npm test's share: the outlet (de, 300; es, 200), light DOM (en, 200) and the 2015 full page. The
  // 3rd-degree note step with "Send without a note" is proven in variants.e2e.ts.
  for (const f of share(inviteFixtures('note'), /note-de-interop|note-es-free-interop|note-free-ember-light|legacy-full-page/)) {
    const label = f.expect.sendControls!.sendWithNote!;
    const limit = f.expect.invite!.pageLimit ?? 200;
    it(`${f.file} (${f.locale}, ${f.expect.invite!.root}, limit ${limit})`, async () => {
      const p = await openInvite(f.file);
      const field = noteField(p);
      const send = control(p, label);
      const tryNote = async (text: string) => {
        await field.fill(text);
        await send.click();
        await p.waitForTimeout(120);
      };
      await tryNote(STOCK[f.locale] ?? STOCK.en!);
      expect(await sentInvites(p)).toEqual([]);
      expect(await alertText(p)).toBeTruthy();

      await tryNote('   ');
      expect(await sentInvites(p)).toEqual([]);

      await tryNote('Hi {firstName}, we met at ___ and I would like to stay in touch.');
      expect(await sentInvites(p)).toEqual([]);
      expect(await alertText(p)).toMatch(msgPattern(f.locale, 'note_unfinished'));

      const personal = PERSONAL[f.locale] ?? PERSONAL.en!;
      await tryNote((personal + ' ').repeat(Math.ceil((limit + 1) / personal.length)).slice(0, limit + 1));
      expect(await sentInvites(p)).toEqual([]);
      expect(await alertText(p)).toMatch(new RegExp(String(limit)));

      // Ctrl+Enter with a generic note does not reach LinkedIn either.
      await field.fill(STOCK[f.locale] ?? STOCK.en!);
      await field.press('Control+Enter');
      expect(await sentInvites(p)).toEqual([]);

      await tryNote(personal);
      const sent = await sentInvites(p);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.text).toBe(personal);
    });
  }
});

async function chooseTemplate(p: Page, name: RegExp, answers: Record<string, string>, locale = 'en') {
  await panel(p).getByRole('option', { name }).first().click();
  for (const [label, value] of Object.entries(answers)) await panel(p).getByLabel(label).fill(value);
  await panel(p).getByRole('button', { name: msg(locale, 'as_insert'), exact: true }).click();
}

describe('templates: inserted text is registered by LinkedIn (counter and Send)', () => {
  const all = inviteFixtures('note').filter((f) => /premium-interop|free-ember|es-free-interop|note-de-interop|direct-3rd/.test(f.file));
  // npm test's share: Premium in the outlet (300), free in light DOM (200), the 3rd-degree direct note step.
  const cases = share(all, /note-premium-interop|note-free-ember-light|note-direct-3rd/);
  for (const f of cases) {
    it(`${f.file}: choose, answer the fill-in, Insert, then the user sends`, async () => {
      const p = await openInvite(f.file);
      await chooseTemplate(p, /Met at an event/, { 'Where did you meet?': 'KubeCon in Paris', 'What did you talk about?': 'platform teams' }, f.locale);
      const field = noteField(p);
      await expect.poll(() => field.inputValue()).toContain('KubeCon in Paris');
      const value = await field.inputValue();
      const limit = f.expect.invite!.pageLimit!;
      expect(value.length).toBeLessThanOrEqual(limit);
      if (f.expect.invite!.recipient) expect(value).toContain(f.expect.invite!.recipient.split(' ')[0]);
      expect(value).not.toMatch(/[{}[\]]|___/);
      // LinkedIn registered it: its own counter and Send state changed.
      const counter = p.locator('.send-invite span[aria-live="polite"], .artdeco-modal span[aria-live="polite"]').first();
      await expect.poll(() => counter.textContent()).toContain(`${value.length}/${limit}`);
      const send = control(p, f.expect.sendControls!.sendWithNote!);
      expect(await send.isEnabled()).toBe(true);
      expect(await sentInvites(p)).toEqual([]); // never sent for the user
      await send.click();
      const sent = await sentInvites(p);
      expect(sent.map((e) => e.text)).toEqual([value]);
    });
  }

  for (const f of inviteFixtures('choose').filter((x) => /choose-ember-light|choose-interop-search|choose-pl/.test(x.file))) {
    it(`${f.file}: choosing at step 1 opens LinkedIn's note step, then inserts`, async () => {
      const p = await openInvite(f.file);
      await chooseTemplate(p, /Met at an event/, { 'Where did you meet?': 'the Platform Summit', 'What did you talk about?': 'developer portals' }, f.locale);
      const field = noteField(p);
      await expect.poll(() => field.inputValue(), { timeout: 5000 }).toContain('the Platform Summit');
      expect(await field.inputValue()).toContain(f.expect.invite!.recipient!.split(' ')[0]);
      expect(await sentInvites(p)).toEqual([]);
    });
  }
});

describe('modes', () => {
  afterEach(() => setSettings(s, { guardMode: 'nudge' }));

  it('nudge: “Send without a note anyway” takes a second, explicit action, for that invite only', async () => {
    const p = await openInvite('invite--choose-ember-light--2026-09.html');
    const blank = control(p, 'Send without a note');
    await blank.click();
    expect(await sentInvites(p)).toEqual([]);
    await panel(p).getByRole('button', { name: /Send without a note anyway/ }).click();
    expect(await sentInvites(p)).toEqual([]); // our button never sends
    await blank.click();
    expect((await sentInvites(p)).map((e) => e.text)).toEqual(['']);
    // The allowance does not outlive that invite: reopened, it is blocked again.
    await p.evaluate(() => (window as unknown as { playground: { openDialog(): void } }).playground.openDialog());
    await panel(p).waitFor({ state: 'attached' });
    await control(p, 'Send without a note').click();
    expect(await sentInvites(p)).toHaveLength(1);
  });

  it('strict: no way to send a generic invite', async () => {
    await setSettings(s, { guardMode: 'strict' });
    const p = await openInvite('invite--choose-interop-search--2026-05.html');
    await p.waitForTimeout(200);
    await control(p, 'Send without a note').click();
    expect(await sentInvites(p)).toEqual([]);
    expect(await panel(p).getByRole('button', { name: /anyway/ }).count()).toBe(0);
  });

  it('off: LinkedIn behaves as if On Purpose were not there', async () => {
    await setSettings(s, { guardMode: 'off' });
    page = await s.open('invite--choose-ember-light--2026-09.html');
    await page.waitForTimeout(400);
    await control(page, 'Send without a note').click();
    expect((await sentInvites(page)).map((e) => e.text)).toEqual(['']);
    expect(await panel(page).count()).toBe(0);
  });
});

describe('the guard is armed before the user can click', () => {
  for (const timing of ['task', 'microtask', 'frame'] as const) {
    it(`a click in the same ${timing} as the dialog's insertion is intercepted`, async () => {
      page = await s.open('invite--choose-interop-search--2026-05.html');
      await page.waitForTimeout(300);
      // Close LinkedIn's dialog, then reopen it and click in the same task / microtask / frame.
      await page.keyboard.press('Escape');
      await page.evaluate((t) => {
        const pg = (window as unknown as { playground: { openDialog(): void } }).playground;
        const click = () => {
          const host = document.getElementById('interop-outlet');
          const roots: ParentNode[] = [document, ...(host?.shadowRoot ? [host.shadowRoot] : [])];
          for (const r of roots) (r.querySelector('[aria-label="Send without a note"]') as HTMLElement | null)?.click();
        };
        pg.openDialog();
        if (t === 'task') click();
        else if (t === 'microtask') queueMicrotask(click);
        else requestAnimationFrame(click);
      }, timing);
      await page.waitForTimeout(200);
      expect(await sentInvites(page)).toEqual([]);
    });
  }
});

describe('spent quota: honest, with the reason kept for later', () => {
  it('upsell: explains free notes, keeps the reason; nothing can be sent', async () => {
    const p = await openInvite('invite--upsell-light--2025-11.html');
    expect(await panelText(p)).toMatch(/free accounts get only a few notes a month/i);
    await panel(p).getByLabel(/Write your reason/).fill('We met at the Platform Summit and talked about portals.');
    await panel(p).getByRole('button', { name: 'Keep this reason' }).click();
    await expect.poll(() => panelText(p)).toMatch(/Reason kept/);
    const stored = await (await s.extensionPage()).evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
    );
    const reasons = Object.entries(stored).filter(([k]) => k.startsWith('r:')).map(([, v]) => v as { text: string; personName: string });
    expect(reasons.some((r) => r.text.includes('Platform Summit') && r.personName === 'Noor Haddad')).toBe(true);
  });

  it('step 1 without “Add a note”: blocked until the reason is kept, then deliberate', async () => {
    const p = await openInvite('invite--choose-no-note--2026-08.html');
    await control(p, 'Send without a note').click();
    expect(await sentInvites(p)).toEqual([]);
    await panel(p).getByLabel(/Write your reason/).fill('Your talk on Polish fintech at Infoshare was excellent.');
    await panel(p).getByRole('button', { name: 'Keep this reason' }).click();
    await expect.poll(() => panelText(p)).toMatch(/Reason kept/);
    await control(p, 'Send without a note').click();
    expect((await sentInvites(p)).map((e) => e.text)).toEqual(['']);
  });
});

describe('spent quota, nudge mode: “Send without a note anyway…” for the one invite', () => {
  afterEach(() => setSettings(s, { guardMode: 'nudge' }));
  const reopen = (p: Page) => p.evaluate(() => (window as unknown as { playground: { openDialog(): void } }).playground.openDialog());

  it('nudge: keeping a reason stays the first path; anyway lets exactly one blank invite through', async () => {
    const p = await openInvite('invite--choose-no-note--2026-08.html');
    const blank = control(p, 'Send without a note');
    const anyway = panel(p).getByRole('button', { name: /Send without a note anyway/ });
    // Before any block, the panel asks for the reason only.
    expect(await anyway.count()).toBe(0);
    await blank.click();
    expect(await sentInvites(p)).toEqual([]);
    await anyway.waitFor({ state: 'attached' });
    // Keep this reason comes first, in the panel's order and in the tab order.
    const order = await panel(p).getByRole('button').evaluateAll((bs) => bs.map((b) => b.textContent!.trim()));
    expect(order.indexOf('Keep this reason')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('Keep this reason')).toBeLessThan(order.findIndex((t) => /anyway/.test(t)));
    await anyway.click();
    expect(await sentInvites(p)).toEqual([]); // our button never sends
    await expect.poll(() => panelText(p)).toMatch(/Allowed once/);
    await blank.click();
    expect((await sentInvites(p)).map((e) => e.text)).toEqual(['']);
    // The allowance was used up by that send: the reopened dialog blocks again.
    await reopen(p);
    await panel(p).waitFor({ state: 'attached' });
    await control(p, 'Send without a note').click();
    await p.waitForTimeout(150);
    expect(await sentInvites(p)).toHaveLength(1);
    await anyway.waitFor({ state: 'attached' });
  });

  it('strict: the spent-quota panel offers no anyway; only a kept reason lets it through', async () => {
    await setSettings(s, { guardMode: 'strict' });
    const p = await openInvite('invite--choose-no-note--2026-08.html');
    await p.waitForTimeout(200);
    await control(p, 'Send without a note').click();
    await p.waitForTimeout(200);
    expect(await sentInvites(p)).toEqual([]);
    expect(await panel(p).getByRole('button', { name: 'Keep this reason' }).count()).toBe(1);
    expect(await panel(p).getByRole('button', { name: /anyway/ }).count()).toBe(0);
    await panel(p).getByLabel(/Write your reason/).fill('We both spoke at the Gdańsk JUG meetup in May.');
    await panel(p).getByRole('button', { name: 'Keep this reason' }).click();
    await expect.poll(() => panelText(p)).toMatch(/Reason kept/);
    await control(p, 'Send without a note').click();
    expect((await sentInvites(p)).map((e) => e.text)).toEqual(['']);
  });

  it('the upsell (no blank send on screen) offers no anyway either', async () => {
    const p = await openInvite('invite--upsell-light--2025-11.html');
    await p.waitForTimeout(300);
    expect(await panel(p).getByRole('button', { name: /anyway/ }).count()).toBe(0);
  });
});

describe('fail open', () => {
  for (const file of ['invite--unknown-minimal--2026-09.html', 'invite--how-do-you-know--2020-04.html']) {
    it(`${file}: an unknown dialog is left alone`, async () => {
      page = await s.open(file);
      await page.waitForTimeout(600);
      expect(await panel(page).count()).toBe(0);
    });
  }
});

describe('lifecycle and honesty', () => {
  it('the panel goes when the dialog closes, and when the SPA navigates away', async () => {
    const p = await openInvite('invite--choose-interop-search--2026-05.html');
    await p.keyboard.press('Escape'); // LinkedIn closes its dialog
    await expect.poll(() => panel(p).count()).toBe(0);
    await p.evaluate(() => (window as unknown as { playground: { openDialog(): void } }).playground.openDialog());
    await panel(p).waitFor({ state: 'attached' });
    await p.evaluate(() => history.pushState({}, '', '/feed/'));
    await p.evaluate(() => document.getElementById('interop-outlet')?.shadowRoot?.querySelector('[role=dialog]')?.remove());
    await expect.poll(() => panel(p).count()).toBe(0);
  });

  it('when LinkedIn does not register the inserted text, it says so and offers Copy', async () => {
    const p = await openInvite('invite--note-free-ember-light--2026-07.html');
    // Make the page deaf to input events, as a changed LinkedIn build might be.
    await p.evaluate(() => {
      const ta = document.querySelector('textarea#custom-message')!;
      for (const type of ['input', 'change', 'keyup']) ta.addEventListener(type, (e) => e.stopImmediatePropagation(), true);
      ta.parentElement!.addEventListener('input', (e) => e.stopPropagation(), true);
    });
    await chooseTemplate(p, /Met at an event/, { 'Where did you meet?': 'KubeCon', 'What did you talk about?': 'SRE hiring' });
    await panel(p).getByRole('button', { name: 'Copy', exact: true }).waitFor({ state: 'attached' });
    expect(await panel(p).locator('.op-root').textContent()).toMatch(/didn.t register/i);
    expect(await sentInvites(p)).toEqual([]);
  });
});
