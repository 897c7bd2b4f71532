// The playground itself, WITHOUT the extension: every fixture loads cleanly and holds what fixtures.json
// says, and tests/playground/sim.js reacts the way LinkedIn does (counter and Send only on real input
// events; sends are recorded exactly; decoys do nothing). If this file fails, fix the playground, not the
// extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, loadFixtureIndex, routePlayground } from '../../scripts/lib/browser.mjs';
import { pagePool } from './harness';
import { E2E_FULL, itFull } from './fixtures';

interface InviteExpect { step: string; root: 'document' | 'interop'; recipient: string | null; pageLimit: number | null; locale: string }
interface Expectation {
  invite: InviteExpect | null;
  cards: Array<{ name: string; kind: string; hasNote: boolean }>;
  moreCards?: Array<{ name: string; kind: string; hasNote: boolean }>;
  composers: Array<{ surface: string; recipient: string | null }>;
  oneClickConnect: number;
  sendControls: { sendWithoutNote: string | null; sendWithNote: string | null };
}
interface Entry { file: string; url: string; surface: string; locale: string; expect: Expectation }

const fixtures = loadFixtureIndex() as unknown as Entry[];
let context: BrowserContext;
let pool: ReturnType<typeof pagePool>;
const errors = new Map<Page, string[]>();

beforeAll(async () => {
  // No network guard (guardNetwork) here: no extension is loaded, so there is nothing of ours to
  // catch, and routePlayground already aborts every request it does not serve.
  ({ context } = await launch({ extensionPath: null }));
  await routePlayground(context);
  pool = pagePool(context);
});
afterAll(() => context?.close());

async function open(file: string): Promise<Page> {
  const entry = fixtures.find((f) => f.file === file || f.file === `${file}.html`);
  if (!entry) throw new Error(`no fixture ${file}`);
  const page = await pool.take();
  const list: string[] = [];
  errors.set(page, list);
  page.on('pageerror', (e) => list.push(String(e)));
  await page.goto(entry.url);
  await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
  return page;
}
const log = (page: Page) => page.evaluate(() => (window as unknown as { playground: { log(): Array<{ kind: string; recipient: string; text: string }> } }).playground.log());

describe('every fixture', () => {
  it('has a unique url and a file name <surface>--<variant>--<yyyy-mm>.html', () => {
    expect(new Set(fixtures.map((f) => f.url)).size).toBe(fixtures.length);
    for (const f of fixtures) expect(f.file).toMatch(new RegExp(`^${f.surface}--[a-z0-9-]+--\\d{4}-\\d{2}\\.html$`));
  });

  // npm test loads every third fixture, all of them with OP_E2E_FULL=1 (`npm run test:full`): the
  // 5-minute budget (issues 11 and 12). Every fixture's fixtures.json entry is still checked on every
  // run, with its scripts run, by the unit stage (tests/unit/linkedin/fixtures.test.ts), and most are
  // loaded in Chromium by the extension's own suites; this is the check that they load cleanly.
  const loaded = E2E_FULL ? fixtures : fixtures.filter((_f, i) => i % 3 === 0);
  // Every fixture loads in a real browser: ten at a time, as iframes of one page. A navigation
  // costs Chromium and Playwright 0.15-0.3 s of CPU whatever the page, and the suite is CPU-bound on
  // 2 cores (issue 11): frames share one top-level navigation. Each frame is a full document with
  // the simulator, read the same way a top-level page would be.
  interface Facts { lang: string; ready?: string; errors: string[]; dialogs: Array<{ root: string; textarea: boolean; email: boolean; premiumLink: boolean; counter: string | null }>; forms: string[]; accepts: number }
  const facts = new Map<string, Facts>();
  beforeAll(async () => {
    await context.addInitScript(() => {
      const w = window as unknown as { __errors: string[] };
      w.__errors = [];
      window.addEventListener('error', (e) => w.__errors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
    });
    const page = await context.newPage();
    for (let i = 0; i < loaded.length; i += 10) {
      const batch = loaded.slice(i, i + 10);
      await page.goto('https://www.linkedin.com/__playground/blank');
      await page.evaluate((urls) => {
        for (const u of urls) {
          const f = document.createElement('iframe');
          f.src = u;
          f.style.cssText = 'width:1280px;height:900px;display:block';
          document.body.append(f);
        }
      }, batch.map((f) => f.url));
      for (const [k, f] of batch.entries()) {
        const frame = await (await page.locator('iframe').nth(k).elementHandle())!.contentFrame();
        await frame!.waitForFunction(() => document.documentElement.dataset.playground === 'ready', undefined, { timeout: 10_000 });
        facts.set(f.file, await frame!.evaluate(() => {
          const host = document.getElementById('interop-outlet');
          const roots: Array<[string, Document | ShadowRoot]> = [['document', document]];
          if (host?.shadowRoot) roots.push(['interop', host.shadowRoot]);
          const sel = '.artdeco-modal.send-invite, .artdeco-modal.modal-upsell, [role="dialog"][aria-labelledby="send-invite-modal"]';
          const dialogs = roots.flatMap(([name, r]) => Array.from(r.querySelectorAll(sel), (d) => ({
            root: name,
            textarea: !!d.querySelector('textarea#custom-message'),
            email: !!d.querySelector('input[type="email"]'),
            premiumLink: !!d.querySelector('a[href*="/premium/"]'),
            counter: Array.from(d.querySelectorAll('span')).map((s) => s.textContent!.trim()).find((t) => /^\d+\/\d+$/.test(t)) ?? null,
          })));
          const forms = roots.flatMap(([name, r]) => Array.from(r.querySelectorAll('form.msg-form'), () => name));
          const accepts = Array.from(document.querySelectorAll('button')).filter((b) => /^(accept|annehmen)$/i.test(b.textContent!.trim())).length;
          const errors = (window as unknown as { __errors: string[] }).__errors;
          return { lang: document.documentElement.lang, dialogs, forms, accepts, ready: document.documentElement.dataset.playground, errors };
        }));
      }
    }
    await page.close();
  }, 120_000);

  it.each(loaded.map((f) => [f.file, f] as const))('%s loads cleanly and holds what fixtures.json says', (_file, f) => {
    const got = facts.get(f.file)!;
    expect(got, 'loaded').toBeDefined();
    expect(got.errors).toEqual([]);
    expect(got.ready).toBe('ready');
    expect(got.lang).toBe(f.locale);
    const inv = f.expect.invite;
    if (!inv) expect(got.dialogs).toEqual([]);
    else if (f.file.includes('legacy-full-page') || f.file.includes('-bare-')) {
      // The pre-2016 invite was a full page with a form, not a dialog (U7). The "bare" pages carry none
      // of LinkedIn's dialog markup on purpose (issue 9): this selector cannot see them.
      expect(got.dialogs).toEqual([]);
    } else {
      expect(got.dialogs).toHaveLength(1);
      const d = got.dialogs[0]!;
      expect(d.root).toBe(inv.root);
      expect(d.textarea).toBe(inv.step === 'note');
      expect(d.email).toBe(inv.step === 'email');
      if (inv.step === 'upsell') expect(d.premiumLink).toBe(true);
      if (inv.pageLimit !== null && d.counter) expect(d.counter).toBe(`0/${inv.pageLimit}`);
    }
    expect(got.accepts).toBe(f.expect.cards.length);
    expect(got.forms).toEqual(f.expect.composers.map((c) => (c.surface === 'overlay-interop' ? 'interop' : 'document')));
  });
});

// The simulator's other behaviours run with OP_E2E_FULL=1 (`npm run test:full`), skipped in npm test
// (the 5-minute budget, issues 11 and 12): each is also relied on, and so exercised, by the extension's
// own suites. The two that make those suites' proofs meaningful always run: the counter and Send react
// only to real input events, and markup set without an input event leaves Send disabled.
describe('the simulator: invite dialog', () => {
  it('updates the counter and Send only on input events, and records the exact note', async () => {
    const page = await open('invite--note-premium-ember-light--2026-09');
    const ta = page.locator('#artdeco-modal-outlet textarea#custom-message');
    const send = page.locator('button[aria-label="Send invitation"]');
    await ta.evaluate((el: HTMLTextAreaElement) => { el.value = 'bare value'; });
    expect(await page.locator('.artdeco-modal__content span[aria-live]').textContent()).toBe('0/300');
    expect(await send.isDisabled()).toBe(true);
    const note = '  Hi Maya — we met at the Platform Summit.\nKeep in touch!';
    await ta.fill(note);
    expect(await page.locator('.artdeco-modal__content span[aria-live]').textContent()).toBe(`${note.length}/300`);
    expect(await send.isDisabled()).toBe(false);
    expect(await send.getAttribute('class')).not.toContain('artdeco-button--disabled');
    await send.click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: '', text: note }]);
    expect(await page.locator('.send-invite').count()).toBe(0);
    await page.close();
  });

  itFull('reads the limit from the counter (free 0/200) and works inside the interop shadow root', async () => {
    const page = await open('invite--note-es-free-interop--2026-08');
    await page.locator('textarea#custom-message').fill('Hola Diego');
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelector('span[aria-live]')!.textContent)).toBe('10/200');
    await page.locator('button[aria-label="Enviar invitación"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Diego Navarro', text: 'Hola Diego' }]);
    await page.close();
  });

  itFull('step 1: "Add a note" builds the note step in the page language; Send records with the recipient', async () => {
    const page = await open('invite--choose-de-ember-light--2026-06');
    await page.locator('button[aria-label="Notiz hinzufügen"]').click();
    expect(await page.locator('#send-invite-modal').textContent()).toBe('Ihrer Einladung eine Notiz hinzufügen');
    expect(await page.locator('button[aria-label="Einladung senden"]').isDisabled()).toBe(true);
    await page.locator('textarea#custom-message').pressSequentially('Hallo Lukas');
    expect(await page.locator('span[aria-live]').textContent()).toBe('11/300');
    await page.locator('button[aria-label="Einladung senden"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Lukas Brandt', text: 'Hallo Lukas' }]);
    expect(await page.locator('.artdeco-toast-item').textContent()).toContain('Lukas Brandt');
    await page.close();
  });

  itFull('uses the fixture note-step template (Polish free account: 0/200)', async () => {
    const page = await open('invite--choose-pl-interop-search--2026-05');
    await page.locator('button[aria-label="Dodaj notatkę"]').click();
    expect(await page.evaluate(() => document.getElementById('interop-outlet')!.shadowRoot!.querySelector('span[aria-live]')!.textContent)).toBe('0/200');
    await page.close();
  });

  itFull('"Send without a note" records an empty note; Dismiss/Esc close; Connect re-opens without navigating', async () => {
    const page = await open('invite--choose-interop-search--2026-05');
    const url = page.url();
    await page.locator('.send-invite .artdeco-modal__dismiss').click();
    expect(await page.locator('.send-invite').count()).toBe(0);
    await page.locator('a[aria-label="Invite Maya Lindqvist to connect"]').click();
    expect(page.url()).toBe(url);
    expect(await page.locator('.send-invite').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.send-invite').count()).toBe(0);
    await page.locator('a[aria-label="Invite Maya Lindqvist to connect"]').click();
    await page.locator('button[aria-label="Send without a note"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Maya Lindqvist', text: '' }]);
    expect(await page.locator('a[aria-label^="Pending"]').count()).toBe(2);
    await page.close();
  });

  itFull('a rail stranger\'s Connect re-opens the dialog addressed to the stranger', async () => {
    const page = await open('invite--choose-ember-light--2026-09');
    await page.locator('.artdeco-modal__dismiss').click();
    await page.locator('button[aria-label="Invite Jordan Blake to connect"]').click();
    expect(await page.locator('.send-invite strong').textContent()).toBe('Jordan Blake');
    await page.locator('button[aria-label="Send without a note"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Jordan Blake', text: '' }]);
    await page.close();
  });

  itFull('email-required: "Send without a note" sends nothing until the email is filled', async () => {
    const page = await open('invite--email-required--2026-09');
    await page.locator('button[aria-label="Send without a note"]').click();
    expect(await log(page)).toEqual([]);
    await page.locator('input[type="email"]').fill('olivia@example.com');
    await page.locator('button[aria-label="Send without a note"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Olivia Martins', text: '' }]);
    await page.close();
  });

  itFull('upsell: nothing can be sent; the Premium link does not navigate; Dismiss closes', async () => {
    const page = await open('invite--upsell-light--2025-11');
    const url = page.url();
    await page.locator('a[href*="/premium/"]').click();
    expect(page.url()).toBe(url);
    await page.locator('.artdeco-modal__dismiss').click();
    expect(await page.locator('.modal-upsell').count()).toBe(0);
    expect(await log(page)).toEqual([]);
    await page.close();
  });

  itFull('a disabled "Send without a note" (note required) records nothing', async () => {
    const page = await open('invite--note-required-creator--2026-05');
    await page.locator('button[aria-label="Send without a note"]').dispatchEvent('click');
    expect(await log(page)).toEqual([]);
    await page.close();
  });

  itFull('legacy "Send now" sends; unknown dialogs do nothing', async () => {
    const legacy = await open('invite--legacy-send-now--2021-06');
    await legacy.locator('button[aria-label="Send now"]').click();
    expect(await log(legacy)).toEqual([{ kind: 'invite', recipient: 'Felix Wagner', text: '' }]);
    await legacy.close();
    const unknown = await open('invite--unknown-minimal--2026-09');
    await unknown.locator('[role="dialog"] button', { hasText: 'Continue' }).click();
    expect(await log(unknown)).toEqual([]);
    await unknown.close();
  });
});

describe('the simulator: one-click connect, invitations, composers, decoys', () => {
  itFull('one-click Connect records an empty invite at once and turns into Pending', async () => {
    const page = await open('connect--pymk-grow-sdui--2025-09');
    await page.locator('button[aria-label="Invite Riley Chen to connect"]').click();
    expect(await log(page)).toEqual([{ kind: 'invite', recipient: 'Riley Chen', text: '' }]);
    expect(await page.locator('button[aria-label^="Pending"]').textContent()).toBe('Pending');
    await page.close();
  });

  it('composer: innerHTML alone leaves Send disabled; insertText enables it; Send records and clears', async () => {
    const page = await open('composer--overlay-ember--2026-09');
    const ed = page.locator('.msg-form__contenteditable');
    // A raw DOM edit (what innerHTML-based tools do): no input event, so LinkedIn's model stays empty.
    await ed.evaluate((el) => { const p = document.createElement('p'); p.textContent = 'cosmetic'; el.replaceChildren(p); });
    expect(await page.locator('.msg-form__send-button').isDisabled()).toBe(true);
    await ed.evaluate((el) => {
      const p = document.createElement('p');
      p.append(document.createElement('br'));
      el.replaceChildren(p);
      (el as HTMLElement).focus();
      document.execCommand('insertText', false, 'Thanks, Maya!');
    });
    expect(await page.locator('.msg-form__send-button').isDisabled()).toBe(false);
    await page.locator('.msg-form__send-button').click();
    expect(await log(page)).toEqual([{ kind: 'message', recipient: 'Maya Lindqvist', text: 'Thanks, Maya!' }]);
    expect(await ed.innerHTML()).toBe('<p><br></p>');
    expect(await page.locator('.msg-form__send-button').isDisabled()).toBe(true);
    await page.close();
  });

  itFull('composer in the interop shadow root; Enter sends on the full page', async () => {
    const page = await open('composer--overlay-interop--2026-08');
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type('Hi Rafael');
    await page.locator('.msg-form__send-button').click();
    expect(await log(page)).toEqual([{ kind: 'message', recipient: 'Rafael Souza', text: 'Hi Rafael' }]);
    await page.close();
    const full = await open('composer--thread-light--2026-08');
    await full.locator('.msg-form__contenteditable').click();
    await full.keyboard.type('Sure, Tuesday?');
    await full.keyboard.press('Enter');
    expect(await log(full)).toEqual([{ kind: 'message', recipient: 'Marcus Johnson', text: 'Sure, Tuesday?' }]);
    await full.close();
  });

  itFull('invitation cards: Accept records and removes; Message/Reply open the overlay composer in place', async () => {
    const page = await open('invitations--sdui-received--2026-09');
    await page.locator('button[aria-label="Accept Tomás Ferreira’s invitation"]').click();
    expect(await log(page)).toEqual([{ kind: 'accept', recipient: 'Tomás Ferreira', text: '' }]);
    expect(await page.locator('[role="listitem"]', { hasText: 'Tomás Ferreira' }).count()).toBe(0);
    const url = page.url();
    await page.locator('a', { hasText: 'Message' }).click();
    expect(page.url()).toBe(url);
    expect(await page.locator('#msg-overlay .msg-overlay-bubble-header__title').textContent()).toBe('Maya Lindqvist');
    await page.locator('#msg-overlay .msg-form__contenteditable').click();
    await page.keyboard.type('Hello!');
    await page.locator('#msg-overlay .msg-form__send-button').click();
    expect((await log(page))[1]).toEqual({ kind: 'message', recipient: 'Maya Lindqvist', text: 'Hello!' });
    await page.close();
    const classic = await open('invitations--classic-ember--2023-04');
    await classic.locator('.invitation-card__custom-message-line-cta').click();
    expect(await classic.locator('#msg-overlay form.msg-form').count()).toBe(1);
    await classic.locator('button[aria-label="Ignore an invitation to connect from Wei Zhang"]').click();
    expect(await log(classic)).toEqual([{ kind: 'ignore', recipient: 'Wei Zhang', text: '' }]);
    await classic.close();
  });

  itFull('lazy loading appends the next pages on loadMore() and on scrolling to the bottom', async () => {
    const page = await open('invitations--sdui-lazy--2026-09');
    const accepts = () => page.locator('button', { hasText: /^Accept$/ }).count();
    expect(await accepts()).toBe(6);
    await page.evaluate(() => (window as unknown as { playground: { loadMore(): void } }).playground.loadMore());
    expect(await accepts()).toBe(8);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(accepts).toBe(11);
    await page.close();
  });

  itFull('decoys react to nothing', async () => {
    const page = await open('decoy--send-profile-message--2026-09');
    await page.locator('#send-profile-message').fill('hello');
    await page.locator('button[aria-label="Send"]').click();
    const feed = await open('decoy--feed-share-post--2026-09');
    await feed.locator('button[aria-label="Send in a private message"]').first().click();
    expect(await log(page)).toEqual([]);
    expect(await log(feed)).toEqual([]);
    await page.close();
    await feed.close();
  });
});

describe('the front door (npm start opens it): grouped by what you can try', () => {
  it('shows each task with what On Purpose does there, and links that open real fixture pages', async () => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/__playground/');
    const groups = await page.evaluate(() =>
      Array.from(document.querySelectorAll('section[data-group]'), (s) => ({
        id: (s as HTMLElement).dataset.group,
        title: s.querySelector('h2')?.textContent ?? '',
        does: s.querySelector('.does')?.textContent ?? '',
        links: Array.from(s.querySelectorAll('a[data-fixture]'), (a) => ({ file: (a as HTMLElement).dataset.fixture!, href: (a as HTMLAnchorElement).href })),
      })),
    );
    expect(groups.map((g) => g.title)).toEqual(expect.arrayContaining(['Send an invitation', 'Reply to a blank invitation', 'Write in a message', 'See who accepted / follow up']));
    // People: the whole story, profile 2nd → Pending → 1st, then Sent, Connections, Notifications,
    // each page with one line on what On Purpose does there.
    const people = groups.find((g) => g.id === 'people')!;
    expect(people.links.map((l) => l.file.split('--')[0])).toEqual(['profile', 'profile', 'profile', 'profile', 'profile', 'sent', 'connections', 'notifications']);
    expect(await page.locator('section[data-group="people"] li').evaluateAll((lis) => lis.map((li) => li.querySelector('.what')?.textContent ?? ''))).not.toContain('');
    const byFile = new Map(fixtures.map((f) => [f.file, f.url]));
    for (const g of groups) {
      expect(g.does.length, g.id).toBeGreaterThan(20);
      expect(g.links.length, g.id).toBeGreaterThan(0);
      for (const l of g.links) expect(l.href).toBe(new URL(byFile.get(l.file)!).href);
    }
    // Not a list of file names: the visible link texts are tasks, not fixture files.
    expect(await page.locator('a', { hasText: /--.*\.html/ }).count()).toBe(0);
    // A link followed like a newcomer would: it opens the fixture page with the simulator.
    await page.locator('section[data-group="invite"] a').first().click();
    await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
    expect(page.url()).toBe(new URL(groups[0]!.links[0]!.href).href);
    await page.close();
  });

  it('the full fixture index is one click away and lists every page', async () => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/__playground/');
    await page.getByRole('link', { name: /All \d+ playground pages/ }).click();
    await page.waitForURL('**/__playground/all');
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('main li a'), (a) => (a as HTMLAnchorElement).href));
    expect(new Set(hrefs)).toEqual(new Set(fixtures.map((f) => new URL(f.url).href)));
    await page.getByRole('link', { name: /Try On Purpose/ }).click();
    await page.waitForURL('**/__playground/');
    await page.close();
  });
});
