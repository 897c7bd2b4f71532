// Accessibility of everything On Purpose draws, with the BUILT extension in Chromium: axe-core (no
// serious or critical violation) on the popup's views (People included: the list, a person's page, the
// backup view) and on every injected surface (invite panel and picker, blocked-send explanation, reply
// control, composer templates, one-click explanation, the People card on a profile), in light and
// dark. Plus the keyboard and screen-reader contracts axe cannot see: Esc closes, focus
// returns to LinkedIn's field after an insertion, blocks and insertions land in live regions, and
// the popup's tab bar is a real tablist.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './harness';
import { seedPerson } from './people-seed';
import type { Person } from '../../src/core/people/model';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

let s: Session;
let page: Page | null = null;
beforeAll(async () => {
  // With LinkedIn's colours (the playground's look): contrast is measured against the page.
  s = await startSession({ look: true });
});
afterAll(() => s?.close());
afterEach(async () => {
  await page?.close();
  page = null;
});

interface Found {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe on the given shadow hosts (axe follows open shadow roots), or on the whole page, and
 * returns the serious and critical violations. LinkedIn's own fixture markup is not ours to judge,
 * so on LinkedIn pages only our hosts are included.
 */
async function axe(p: Page, hosts: string[] | null, rules: readonly string[] | null = null): Promise<Found[]> {
  // Evaluated rather than added as a <script>: the popup's CSP allows no inline script, and a
  // DevTools-protocol evaluation is not subject to it.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(`${AXE}\n;true`);
  const result = await p.evaluate(async ({ hosts, rules }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[] }> }>; passes: unknown[] }> } }).axe;
    // Hosts inside #interop-outlet's shadow root are named by a shadow-DOM selector path.
    const include = hosts
      ? hosts.flatMap((sel) => {
          const inDoc = document.querySelectorAll(sel).length;
          const inInterop = document.getElementById('interop-outlet')?.shadowRoot?.querySelectorAll(sel).length ?? 0;
          return [...(inDoc ? [sel] : []), ...(inInterop ? [['#interop-outlet', sel]] : [])];
        })
      : null;
    if (include && !include.length) return { violations: [], passes: -1 };
    const r = await axe.run(include ? { include } : document, { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}) });
    return {
      passes: r.passes.length,
      violations: r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes
            .map((n) => JSON.stringify(n.target))
            // The popup's template rows are named by the template's name (their visible label, in
            // bold) with kind, tags and a snippet as description (TemplateList.tsx): WCAG 2.5.3 holds,
            // the name is the label. axe's heuristic wants ALL text in the name; a name of 150
            // characters would make the list unusable by voice and screen reader.
            .filter((t) => !(v.id === 'label-content-name-mismatch' && /aria-labelledby=\\"r\d+-n\\"/.test(t))),
        }))
        .filter((v) => v.nodes.length > 0),
    };
  }, { hosts, rules });
  expect(result.passes, `axe found none of ${hosts?.join(', ')}`).not.toBe(-1);
  return result.violations;
}

async function openIn(scheme: Scheme, file: string): Promise<Page> {
  page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(file.startsWith('https://') ? file : (await import('../../scripts/lib/browser.mjs')).fixtureUrl(file));
  return page;
}

/** The text of the live regions (role=alert/status, aria-live) inside our host, shadow root included. */
const liveText = (p: Page, host: string) =>
  p.evaluate((host) => {
    const roots = [document, document.getElementById('interop-outlet')?.shadowRoot].filter(Boolean) as Array<Document | ShadowRoot>;
    const hosts = roots.flatMap((r) => Array.from(r.querySelectorAll(host)));
    return hosts
      .flatMap((h) => Array.from(h.shadowRoot?.querySelectorAll('[role=alert],[role=status],[aria-live]') ?? []))
      .map((e) => (e.textContent ?? '').trim())
      .filter(Boolean);
  }, host);

/** The focused element, through shadow roots: [host tags…, role or tag of the element]. */
const focusPath = (p: Page) =>
  p.evaluate(() => {
    const path: string[] = [];
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      path.push(el.tagName.toLowerCase());
      el = el.shadowRoot.activeElement;
    }
    path.push(el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '');
    return path;
  });

/**
 * What a colour scheme can change: our themes differ only in CSS custom properties (src/ui/styles.ts,
 * `prefers-color-scheme: dark`), never in markup, so names, roles, labels and structure are the same
 * in both; axe's colour rules are all that can pass in one and fail in the other. The dark pass runs
 * those (half the suite's axe time: the whole npm test must stay under 5 minutes, issue 11).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** axe in light (every rule), then in dark (the colour rules), on the same state of the page (one page load for both). */
async function axeBoth(p: Page, hosts: string[] | null): Promise<Record<Scheme, Found[]>> {
  const out = {} as Record<Scheme, Found[]>;
  for (const scheme of SCHEMES) {
    // Reduced motion (which our CSS honours) so that axe measures the final colours, not a
    // transition between the two schemes' colours.
    await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await p.waitForTimeout(50);
    out[scheme] = await axe(p, hosts, scheme === 'dark' ? COLOUR_RULES : null);
  }
  return out;
}
const CLEAN = { light: [], dark: [] };

describe('axe: the injected surfaces, light and dark', () => {
  it('invite panel and picker, the blocked-send explanation, and a template’s fill-in form', async () => {
    const p = await openIn('light', 'invite--choose-ember-light--2026-09.html');
    const panel = p.locator('on-purpose-invite-panel');
    await panel.waitFor({ state: 'attached' });
    await expect.poll(() => panel.getByRole('option').count()).toBeGreaterThan(0);
    expect(await axeBoth(p, ['on-purpose-invite-panel'])).toEqual(CLEAN);
    // The block is explained in a role=alert region that existed before it was filled.
    await p.locator('button[aria-label="Send without a note"]').click();
    await expect.poll(() => liveText(p, 'on-purpose-invite-panel')).toContainEqual(expect.stringMatching(/blank invitation/));
    expect(await axeBoth(p, ['on-purpose-invite-panel'])).toEqual(CLEAN);
    await page!.close();
    // A chosen template's fill-ins, in the #interop-outlet shadow root.
    const q = await openIn('light', 'invite--note-premium-interop--2026-08.html');
    const qp = q.locator('on-purpose-invite-panel');
    await qp.getByRole('option', { name: /Met at an event/ }).click();
    await qp.getByLabel('Where did you meet?').waitFor();
    expect(await axeBoth(q, ['on-purpose-invite-panel'])).toEqual(CLEAN);
  });

  it('reply control and its chooser', async () => {
    const p = await openIn('light', 'invitations--classic-ember--2023-04.html');
    await expect.poll(() => p.locator('on-purpose-ask').count()).toBeGreaterThan(0);
    expect(await axeBoth(p, ['on-purpose-ask'])).toEqual(CLEAN);
    await p.locator('on-purpose-ask').first().getByRole('button', { name: /Choose a reply/ }).click();
    await p.locator('on-purpose-ask').first().getByRole('option').first().waitFor();
    expect(await axeBoth(p, ['on-purpose-ask'])).toEqual(CLEAN);
  });

  it('composer templates, closed and open', async () => {
    const p = await openIn('light', 'composer--overlay-ember--2026-09.html');
    const ui = p.locator('on-purpose-composer-templates');
    await expect.poll(() => ui.count()).toBe(1);
    expect(await axeBoth(p, ['on-purpose-composer-templates'])).toEqual(CLEAN);
    await ui.getByRole('button', { name: /Templates/ }).click();
    await ui.getByRole('option').first().waitFor();
    expect(await axeBoth(p, ['on-purpose-composer-templates'])).toEqual(CLEAN);
  });

  it('one-click Connect explanation', async () => {
    const p = await openIn('light', 'connect--pymk-grow-sdui--2025-09.html');
    await p.locator('button[aria-label="Invite Riley Chen to connect"]').click();
    const nudge = p.locator('on-purpose-connect-nudge');
    await nudge.waitFor({ state: 'attached' });
    expect((await liveText(p, 'on-purpose-connect-nudge')).join(' ')).toBeTruthy();
    expect(await axeBoth(p, ['on-purpose-connect-nudge'])).toEqual(CLEAN);
  });
});

describe('axe: the popup, every tab, light and dark', () => {
  it('templates, editor, saved, import/export, settings', async () => {
    const p = (page = await s.context.newPage());
    await p.setViewportSize({ width: 400, height: 600 });
    await p.goto(`chrome-extension://${s.extensionId}/src/popup/index.html`);
    await p.waitForSelector('html[data-ready]');
    await expect.poll(() => p.locator('.row').count()).toBeGreaterThan(0);
    const views: Array<[string, () => Promise<unknown>]> = [
      ['Templates', async () => {}],
      ['editor', () => p.locator('.row .row-main').first().click().then(() => p.locator('#t-name').waitFor())],
      ['Saved', () => p.getByRole('tab', { name: /^Saved/ }).click()],
      ['Import/Export', () => p.getByRole('tab', { name: 'Import/Export' }).click()],
      ['Settings', () => p.getByRole('tab', { name: 'Settings' }).click().then(() => p.locator('#shortcut').waitFor())],
    ];
    for (const [name, go] of views) {
      await go();
      await p.waitForTimeout(100);
      expect(await axeBoth(p, null), name).toEqual(CLEAN);
    }
  });
});

// ---- People: seeded through the worker, as people-ui.e2e.ts does -------------------------------

const DAY = 86_400_000;
const NOW = Date.now();
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (offset: number) => {
  const d = new Date(NOW + offset * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** A person in the store's stored form (people-seed.ts), with what the People views draw: evidence, timeline, follow-ups. */
function seededPerson(vanity: string, fullName: string, extra: Partial<Person> = {}): Record<string, unknown> {
  const reason = 'your talk on platform teams at DevOpsDays';
  return seedPerson(vanity, fullName, {
    state: 'accepted',
    evidence: [
      { signal: 'send-pressed', at: NOW - 20 * DAY, where: `/in/${vanity}/` },
      { signal: 'sent-toast', at: NOW - 20 * DAY + 2000, where: `/in/${vanity}/` },
      { signal: 'notification-accepted', at: NOW - 11 * DAY, where: '/notifications/' },
      { signal: 'profile-1st', at: NOW - 10 * DAY, where: `/in/${vanity}/` },
    ],
    invite: { at: NOW - 20 * DAY, note: `Hi ${fullName.split(' ')[0]}, ${reason}.`, templateId: null, templateName: 'Met at an event', answers: { reason }, reason, mode: 'note' },
    events: [
      { id: `invited-${NOW - 20 * DAY}`, type: 'invited', at: NOW - 20 * DAY },
      { id: `accepted-${NOW - 10 * DAY}`, type: 'accepted', at: NOW - 10 * DAY },
      { id: `message-sent-${NOW - 9 * DAY}`, type: 'message-sent', at: NOW - 9 * DAY, text: 'Thanks for connecting! Coffee some time?' },
    ],
    followUps: [
      { id: 'f-over', kind: 'call', due: localDay(-2), title: 'Call about the platform team', doneAt: null, createdAt: NOW - 9 * DAY },
      { id: 'f-meet', kind: 'meet', due: localDay(4), title: 'Coffee in Berlin', doneAt: null, createdAt: NOW - 9 * DAY },
    ],
    cadenceWeeks: 4,
    lastContactAt: NOW - 9 * DAY,
    howWeMet: { text: reason, where: 'Berlin', when: 'May 2026' },
    connectedAt: NOW - 10 * DAY,
    createdAt: NOW - 20 * DAY,
    updatedAt: NOW - 9 * DAY,
    ...extra,
  }, NOW);
}

async function seedPeople(items: Record<string, Record<string, unknown>>): Promise<void> {
  const [worker] = s.context.serviceWorkers();
  await worker!.evaluate(async (items) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items);
  }, items);
}

describe('axe: People, light and dark', () => {
  it('the popup’s People tab: the list, a person’s page (evidence, timeline, follow-ups, kept reason), the backup view', async () => {
    const kept = 'Your write-up on cold-chain sensors answered a question our team has had for months.';
    await seedPeople({
      'p:v:a11y-jane-doe': seededPerson('a11y-jane-doe', 'Jane Doe'),
      'p:v:a11y-omar-haddad': seededPerson('a11y-omar-haddad', 'Omar Haddad', {
        state: 'sent',
        evidence: [{ signal: 'pending-shown', at: NOW - DAY, where: '/in/a11y-omar-haddad/' }],
        events: [{ id: `invited-${NOW - DAY}`, type: 'invited', at: NOW - DAY }],
        followUps: [],
        cadenceWeeks: null,
        lastContactAt: null,
        connectedAt: null,
      }),
      // Accepted after a no-note invite with a kept reason: the page offers "Send the reason you kept".
      'p:v:a11y-tomas-ferreira': seededPerson('a11y-tomas-ferreira', 'Tomás Ferreira', {
        invite: { at: NOW - 20 * DAY, note: '', templateId: null, templateName: null, answers: { reason: kept }, reason: kept, mode: 'reason-kept' },
        followUps: [],
      }),
      // Came in by a reply to their blank invitation: unknown, no invite.
      'p:v:a11y-wei-zhang': seededPerson('a11y-wei-zhang', 'Wei Zhang', {
        state: 'unknown',
        invite: null,
        evidence: [{ signal: 'invitation-received', at: NOW - 3 * DAY, where: '/mynetwork/invitation-manager/' }],
        events: [{ id: `reply-sent-${NOW - 3 * DAY}`, type: 'reply-sent', at: NOW - 3 * DAY, text: 'Thanks for the invite! How have we met?' }],
        followUps: [],
        cadenceWeeks: null,
        connectedAt: null,
        howWeMet: { text: '', where: '', when: '' },
      }),
    });
    const p = (page = await s.context.newPage());
    await p.setViewportSize({ width: 400, height: 600 });
    await p.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?view=people`);
    await p.waitForSelector('html[data-ready]');
    const names = () => p.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents();
    // With something due, the tab opens on Due (Jane's overdue call).
    await expect.poll(names, { timeout: 10_000 }).toEqual(['Jane Doe']);
    const open = (name: string) => () =>
      p
        .getByRole('option', { name: new RegExp(name) })
        .click()
        .then(() => p.locator('ol.timeline').waitFor());
    const back = () => p.getByRole('button', { name: '← All people' }).click().then(() => p.locator('[data-testid="people-list"]').waitFor());
    const views: Array<[string, () => Promise<unknown>]> = [
      ['People: due', async () => {}],
      ['People: all', () => p.getByLabel('Show').selectOption('all').then(() => expect.poll(names).toHaveLength(4))],
      ['People: search', () => p.getByRole('searchbox', { name: /Search people/ }).fill('platform')],
      ['Person: follow-ups due and coming up, cadence, evidence, timeline', () => p.getByRole('searchbox', { name: /Search people/ }).fill('').then(open('Jane Doe'))],
      ['Person: the kept reason to send', () => back().then(open('Tomás Ferreira')).then(() => p.getByRole('button', { name: 'Send the reason you kept' }).waitFor())],
      ['Person: came in by a reply (unknown)', () => back().then(open('Wei Zhang'))],
      ['Person: pending', () => back().then(open('Omar Haddad'))],
      ['Backup and reminders', () => back().then(() => p.getByRole('button', { name: 'Backup and reminders' }).click()).then(() => p.getByLabel('A People backup (.json)').waitFor({ state: 'attached' }))],
      ['Delete everything: the confirmation', () => p.getByRole('button', { name: 'Delete everything in People…' }).click().then(() => p.getByRole('button', { name: 'Delete everything', exact: true }).waitFor())],
    ];
    for (const [name, go] of views) {
      await go();
      await p.waitForTimeout(100);
      expect(await axeBoth(p, null), name).toEqual(CLEAN);
    }
  });

  it('the People card on a profile (accepted, the kept reason to send, evidence, next follow-up)', async () => {
    const kept = 'Your talk on warehouse robotics at Automatica was the clearest I have heard.';
    await seedPeople({
      'p:v:fixture-tobias-lindgren': seededPerson('fixture-tobias-lindgren', 'Tobias Lindgren', {
        state: 'sent',
        evidence: [
          { signal: 'send-pressed', at: NOW - 20 * DAY, where: '/in/fixture-tobias-lindgren/' },
          { signal: 'sent-toast', at: NOW - 20 * DAY + 2000, where: '/in/fixture-tobias-lindgren/' },
        ],
        invite: { at: NOW - 20 * DAY, note: '', templateId: null, templateName: null, answers: { reason: kept }, reason: kept, mode: 'reason-kept' },
        events: [{ id: `invited-${NOW - 20 * DAY}`, type: 'invited', at: NOW - 20 * DAY }],
        connectedAt: null,
      }),
    });
    const p = await openIn('light', 'profile--1st-kept-sdui--2026-09.html');
    const card = p.locator('on-purpose-person-card');
    // The page reads 1st degree: accepted, and the card offers the kept reason.
    await card.getByRole('button', { name: 'Send the reason you kept' }).waitFor({ timeout: 10_000 });
    expect(await axeBoth(p, ['on-purpose-person-card'])).toEqual(CLEAN);
  });
});

describe('keyboard and live regions', () => {
  it('the popup tab bar is a tablist: arrows, Home/End, aria-selected, roving tabindex', async () => {
    const p = (page = await s.context.newPage());
    await p.goto(`chrome-extension://${s.extensionId}/src/popup/index.html`);
    await p.waitForSelector('html[data-ready]');
    const tabs = p.getByRole('tablist', { name: 'Sections' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBeGreaterThanOrEqual(4);
    const selected = () => p.locator('[role=tab][aria-selected=true]').textContent();
    const focusedTab = () => p.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));
    expect(await selected()).toBe('Templates');
    expect(await p.locator('[role=tab][tabindex="0"]').count()).toBe(1);
    await tabs.first().focus();
    await p.keyboard.press('ArrowRight');
    await expect.poll(selected).toMatch(/^Saved/);
    await expect.poll(focusedTab).toMatch(/^Saved/);
    await p.keyboard.press('End');
    await expect.poll(selected).toBe('Settings');
    await expect.poll(focusedTab).toBe('Settings');
    await p.keyboard.press('ArrowRight'); // wraps
    await expect.poll(selected).toBe('Templates');
    await p.keyboard.press('ArrowLeft');
    await expect.poll(selected).toBe('Settings');
    await p.keyboard.press('Home');
    await expect.poll(selected).toBe('Templates');
    expect(await p.locator('[role=tab][tabindex="0"]').textContent()).toBe('Templates');
    const panel = p.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await p.locator('[role=tab][aria-selected=true]').getAttribute('id'));
    // Tab leaves the bar for the panel (only the selected tab is in the Tab order).
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');
  });

  it('composer: Esc closes the picker; after an insertion focus is back in LinkedIn’s message box and it is announced', async () => {
    const p = await openIn('light', 'composer--overlay-ember--2026-09.html');
    const ui = p.locator('on-purpose-composer-templates');
    await expect.poll(() => ui.count()).toBe(1);
    const toggle = ui.getByRole('button', { name: /Templates/ });
    await toggle.click();
    await expect.poll(() => focusPath(p)).toEqual(['on-purpose-composer-templates', 'combobox']);
    await p.keyboard.press('Escape');
    expect(await ui.getByRole('option').count()).toBe(0);
    await expect.poll(() => focusPath(p)).toEqual(['on-purpose-composer-templates', 'button']); // back on the toggle
    await toggle.click();
    await p.keyboard.press('Enter'); // the default reply
    await p.keyboard.press('Enter'); // Insert
    await expect.poll(() => focusPath(p)).toEqual(['textbox']);
    await expect.poll(() => liveText(p, 'on-purpose-composer-templates')).toContainEqual(expect.stringMatching(/^Inserted/));
  });

  it('invite note: after an insertion focus is in LinkedIn’s note field, and it is announced', async () => {
    const p = await openIn('light', 'invite--note-free-ember-light--2026-07.html');
    const panel = p.locator('on-purpose-invite-panel');
    await panel.getByRole('option', { name: /Met at an event/ }).click();
    await panel.getByLabel('Where did you meet?').fill('KubeCon');
    await panel.getByLabel('What did you talk about?').fill('platforms');
    await panel.getByRole('button', { name: /^Insert/ }).click();
    await expect.poll(() => p.locator('textarea#custom-message').inputValue()).toContain('KubeCon');
    await expect.poll(() => focusPath(p)).toEqual(['textarea']);
    await expect.poll(() => liveText(p, 'on-purpose-invite-panel')).toContainEqual(expect.stringMatching(/^Inserted/));
  });

  it('reply chooser and one-click explanation: Esc closes and focus returns to what opened them', async () => {
    const p = await openIn('light', 'invitations--classic-ember--2023-04.html');
    const ask = p.locator('on-purpose-ask').first();
    await ask.getByRole('button', { name: /Choose a reply/ }).click();
    await expect.poll(() => focusPath(p)).toEqual(['on-purpose-ask', 'combobox']);
    await p.keyboard.press('Escape');
    expect(await ask.getByRole('option').count()).toBe(0);
    expect(await ask.getByRole('button', { name: /Choose a reply/ }).getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => focusPath(p)).toEqual(['on-purpose-ask', 'button']);
    await page!.close();

    const q = await openIn('light', 'connect--pymk-grow-sdui--2025-09.html');
    const connect = q.locator('button[aria-label="Invite Riley Chen to connect"]');
    await connect.click();
    await q.locator('on-purpose-connect-nudge').waitFor({ state: 'attached' });
    await expect.poll(() => focusPath(q).then((f) => f[0])).toBe('on-purpose-connect-nudge');
    await q.keyboard.press('Escape');
    expect(await q.locator('on-purpose-connect-nudge').count()).toBe(0);
    expect(await connect.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('focus is visible: a focused control in our UI draws an outline or ring', async () => {
    const p = await openIn('light', 'composer--overlay-ember--2026-09.html');
    const ui = p.locator('on-purpose-composer-templates');
    await expect.poll(() => ui.count()).toBe(1);
    await p.locator('form.msg-form [contenteditable="true"]').click();
    await p.keyboard.press('Alt+Shift+O'); // the in-page fallback of the command opens the picker
    await expect.poll(() => focusPath(p)).toEqual(['on-purpose-composer-templates', 'combobox']);
    await p.keyboard.press('Tab');
    const ring = await p.evaluate(() => {
      const host = document.querySelector('on-purpose-composer-templates')!;
      const el = host.shadowRoot!.activeElement as HTMLElement;
      const cs = getComputedStyle(el);
      return { outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, shadow: cs.boxShadow !== 'none' };
    });
    expect(ring.outline || ring.shadow).toBe(true);
  });
});

describe('CSS respects reduced motion and forced colours', () => {
  it('declares prefers-reduced-motion and forced-colors rules in the injected UI and the popup', () => {
    const ui = readFileSync('src/ui/styles.ts', 'utf8');
    const popup = readFileSync('src/popup/popup.css', 'utf8');
    for (const css of [ui, popup]) {
      expect(css).toMatch(/prefers-reduced-motion:\s*reduce/);
      expect(css).toMatch(/forced-colors:\s*active/);
    }
  });

  it('with reduced motion emulated, our UI has no transitions', async () => {
    const p = (page = await s.context.newPage());
    await p.emulateMedia({ reducedMotion: 'reduce' });
    await p.goto((await import('../../scripts/lib/browser.mjs')).fixtureUrl('invite--note-premium-ember-light--2026-09.html'));
    const panel = p.locator('on-purpose-invite-panel');
    await panel.getByRole('option').first().waitFor();
    const durations = await p.evaluate(() => {
      const root = document.querySelector('on-purpose-invite-panel')!.shadowRoot!;
      return Array.from(root.querySelectorAll('*'), (e) => getComputedStyle(e).transitionDuration).filter((d) => d.split(',').some((x) => parseFloat(x) > 0));
    });
    expect(durations).toEqual([]);
  });
});
