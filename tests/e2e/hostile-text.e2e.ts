// Untrusted text is never markup (issue 11, part 1; SECURITY.md). Hostile payloads go, end to end
// through the BUILT extension, into the popup (template name, body, preview), the picker (LinkedIn's
// invite dialog: insertion into the note field), the reply (LinkedIn's composer) and a recipient
// name on the page (the fixture served with a hostile person name, HTML-escaped as LinkedIn does).
// Each time: nothing executes (no flag set by an onerror or a script, no dialog, no page error),
// the text appears literally, and LinkedIn's counter counts it the way LinkedIn does (`.length`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type Session } from './harness';
import { control, noteField, panel, sentInvites } from './fixtures';
import { seedPerson } from './people-seed';

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> } } };

/** Each payload sets window.__pwned or opens a dialog if it ever runs. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '</textarea><script>window.__pwned=2</script>',
  svg: '<svg onload=alert(3)>',
  ctor: '{{constructor}}',
  proto: '{{__proto__}}',
  rtl: 'evil\u202Etxt.exe\u202C',
  zeroWidth: 'a\u200Bb\u200Cc\u200Dd\u2060e\uFEFF',
  emoji: '👩🏽‍💻🇸🇪 e\u0301\u0301\u0301 ǅ',
  long: 'We met at the Berlin meetup and talked about platform teams 👋🏽 '.repeat(200).slice(0, 10_000),
};
const HOSTILE_NAME = 'Dan</textarea><script>window.__pwned=3</script>\u202E <img src=x onerror=alert(4)>Okafor';
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const INVITE = {
  id: 'hostile-invite',
  kind: 'invite',
  name: PAYLOADS.img,
  // {{constructor}} and {{__proto__}} are fill-ins named after Object.prototype's members: their answers
  // must come from the user, never from a prototype ("function Object() { [native code] }").
  body: `Hi {firstName}! ${PAYLOADS.script} ${PAYLOADS.rtl} ${PAYLOADS.zeroWidth} ${PAYLOADS.emoji} {{constructor}} {{__proto__}} {{reason: ${PAYLOADS.svg}}}`,
  tags: ['<b>tag</b>'],
  createdAt: 1,
  updatedAt: 1,
};
/**
 * The same without markup: the note policy takes any `<…>` for an unfilled placeholder ("<name>")
 * and refuses to insert it (shown by the first template), so markup never reaches the note field.
 */
const INSERTABLE = {
  id: 'hostile-insertable',
  kind: 'invite',
  name: `${PAYLOADS.rtl} insertable`,
  body: `Hi {firstName}! ${PAYLOADS.rtl} ${PAYLOADS.zeroWidth} ${PAYLOADS.emoji} {{constructor}} {{__proto__}}`,
  tags: [],
  createdAt: 2,
  updatedAt: 2,
};
const REPLY = {
  id: 'hostile-reply',
  kind: 'reply',
  name: PAYLOADS.script,
  body: `Hi {firstName}, ${PAYLOADS.img} ${PAYLOADS.rtl} ${PAYLOADS.zeroWidth} ${PAYLOADS.emoji} — how did we meet?`,
  tags: [],
  createdAt: 1,
  updatedAt: 1,
};

/**
 * A person in People whose every text is hostile (issue 10's log, issue 11 part 1): name, reason,
 * the note sent, the private "how we met" note, evidence, a timeline entry and a follow-up title.
 * Filed under the vanity of the playground's Elena Vasquez profile, so her profile shows our card.
 * People caps its texts (the note at 1,000 characters): the 10,000-character line is cut to that.
 */
const ELENA = 'fixture-elena-vasquez';
const HOSTILE_PERSON = {
  fullName: `Elena ${PAYLOADS.script} ${PAYLOADS.img}${PAYLOADS.rtl} ${PAYLOADS.zeroWidth}`,
  reason: `${PAYLOADS.svg} ${PAYLOADS.ctor} ${PAYLOADS.proto} ${PAYLOADS.emoji}`,
  note: `Hi! ${PAYLOADS.img} ${PAYLOADS.script}`,
  how: PAYLOADS.long.slice(0, 1000),
  where: PAYLOADS.script,
  detail: `${PAYLOADS.img} ${PAYLOADS.zeroWidth}`,
  event: `${PAYLOADS.svg} ${PAYLOADS.rtl}`,
  title: `${PAYLOADS.ctor} ${PAYLOADS.img}`.slice(0, 200),
};

let s: Session;
const incidents: string[] = [];
beforeAll(async () => {
  s = await startSession({
    // A recipient whose name is hostile (escaped in the markup, as LinkedIn renders user names).
    rewrite: (html, f) => (f.file === 'invite--note-free-ember-light--2026-07.html' ? html.replaceAll('Daniel Okafor', escapeHtml(HOSTILE_NAME)) : html),
  });
  // Anything that runs, in any page of the session, is an incident.
  s.context.on('page', (p) => watch(p));
  const ext = await s.extensionPage();
  await ext.evaluate(async ({ a, b, c }) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ 't:hostile-invite': a, 't:hostile-reply': b, 't:hostile-insertable': c, settings: { ...(settings as object), defaultInviteId: a.id, defaultReplyId: b.id, updatedAt: Date.now() } });
  }, { a: INVITE, b: REPLY, c: INSERTABLE });
});
afterAll(() => s?.close());

function watch(p: Page) {
  p.on('dialog', (d) => {
    incidents.push(`dialog on ${p.url()}: ${d.message()}`);
    void d.dismiss();
  });
  p.on('pageerror', (e) => incidents.push(`page error on ${p.url()}: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) incidents.push(`console error on ${p.url()}: ${m.text()}`);
  });
}
const pwned = (p: Page) => p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
async function nothingRan(p: Page) {
  await p.waitForTimeout(200);
  expect(await pwned(p)).toBeNull();
  expect(incidents.join('\n')).toBe('');
}

describe('hostile text stays text', () => {
  it('popup: names, tags, body and preview show the payloads literally; nothing runs; no element is made from them', async () => {
    const p = await s.extensionPage();
    await p.reload();
    await p.waitForSelector('html[data-ready]');
    const names = p.locator('.row .row-name');
    await expect.poll(() => names.allTextContents()).toContain(PAYLOADS.img);
    expect(await names.allTextContents()).toContain(PAYLOADS.script);
    await p.getByRole('button', { name: PAYLOADS.img, exact: true }).click();
    const preview = p.locator('.op-preview');
    await expect.poll(() => preview.textContent()).toContain(PAYLOADS.script);
    const text = (await preview.textContent())!;
    for (const k of ['rtl', 'zeroWidth', 'emoji'] as const) expect(text).toContain(PAYLOADS[k]);
    expect(text).not.toMatch(/function Object|native code|\[object Object\]/);
    expect(await p.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(PAYLOADS.img);
    expect(await p.getByRole('textbox', { name: 'Text' }).inputValue()).toBe(INVITE.body);
    // The payloads made no element: no img, script or svg with an event handler anywhere.
    expect(await p.evaluate(() => document.querySelectorAll('img, script:not([src]), svg[onload], [onerror]').length)).toBe(0);
    await p.getByRole('button', { name: 'Cancel' }).click();

    // Typed by the user and saved: stored exactly as typed.
    await p.getByRole('button', { name: 'New', exact: true }).click();
    await p.getByRole('textbox', { name: 'Name' }).fill(PAYLOADS.svg);
    await p.getByRole('textbox', { name: 'Text' }).fill(`Hi {firstName}, ${PAYLOADS.script} ${PAYLOADS.emoji} {{reason: Why?}}`);
    await expect.poll(() => preview.textContent()).toContain(PAYLOADS.script);
    await p.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => names.allTextContents()).toContain(PAYLOADS.svg);
    const stored = Object.values(await p.evaluate(() => chrome.storage.local.get(null))).find((v) => (v as { name?: string })?.name === PAYLOADS.svg) as { body: string };
    expect(stored.body).toBe(`Hi {firstName}, ${PAYLOADS.script} ${PAYLOADS.emoji} {{reason: Why?}}`);
    await nothingRan(p);
  });

  it('picker: a hostile template, hostile answers and a hostile recipient name are inserted as text; the counter counts .length', async () => {
    const p = await s.open('invite--note-free-ember-light--2026-07.html');
    await panel(p).waitFor({ state: 'attached', timeout: 8000 });
    // The page shows the hostile name as text (as LinkedIn would): the fixture is what we think.
    expect(await p.locator('h1').first().textContent()).toContain('</textarea><script>');
    expect(await pwned(p)).toBeNull();
    await panel(p).getByRole('option').filter({ hasText: '<img src=x' }).first().click();
    const fields = panel(p).locator('input[type="text"], textarea');
    await expect.poll(() => fields.count()).toBeGreaterThanOrEqual(3);
    for (const [i, a] of [PAYLOADS.img, 'x', PAYLOADS.emoji].entries()) await fields.nth(i).fill(a);
    const form = panel(p).locator('.op-root').first();
    // The fill-in's prompt, as text (the `=` starts its default answer in the template language).
    expect(await form.textContent()).toContain('<svg onload');
    // The preview shows the script literally; the note policy takes <script> for an unfilled
    // placeholder and says so, quoting it as text.
    await expect.poll(() => form.textContent()).toContain(`Hi Dan! ${PAYLOADS.script}`);
    expect(await form.textContent()).toContain('replace “<script>”');
    expect(await panel(p).getByRole('button', { name: /^Insert/ }).isDisabled()).toBe(true);
    await nothingRan(p);

    // Insert a hostile template: prototype-named fill-ins, RTL override, zero-width, emoji.
    await panel(p).getByRole('button', { name: /Other templates/ }).click();
    await panel(p).getByRole('option').filter({ hasText: 'insertable' }).first().click();
    await expect.poll(() => fields.count()).toBe(2);
    const answers = [PAYLOADS.emoji, PAYLOADS.zeroWidth];
    for (const [i, a] of answers.entries()) await fields.nth(i).fill(a);
    await panel(p).getByRole('button', { name: /^Insert/ }).click();
    const field = noteField(p);
    await expect.poll(() => field.inputValue()).toContain('Hi Dan!');
    const value = await field.inputValue();
    expect(value).toBe(`Hi Dan! ${PAYLOADS.rtl} ${PAYLOADS.zeroWidth} ${PAYLOADS.emoji} ${answers.map((a) => a.trim()).join(' ')}`); // answers are trimmed (U+FEFF is white space to trim())
    expect(value).not.toMatch(/function Object|native code|\[object Object\]/);
    // LinkedIn's counter counts UTF-16 code units (textarea value .length), and so must we.
    const counter = p.locator('.artdeco-modal span[aria-live="polite"], .send-invite span[aria-live="polite"]').first();
    await expect.poll(() => counter.textContent()).toContain(`${value.length}/`);
    const limit = Number((await counter.textContent())!.split('/')[1]);
    const ours = await panel(p).locator('.op-root').first().textContent();
    if (value.length > limit) expect(ours).toMatch(new RegExp(String(limit)));
    // No element was made from any payload (the page's own images have src="data:,").
    expect(await p.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], [onload]').length)).toBe(0);
    await nothingRan(p);

    // A 10,000-character line: counted like LinkedIn, blocked as over the limit, never sent.
    await field.fill(PAYLOADS.long);
    await expect.poll(() => counter.textContent()).toContain(`${PAYLOADS.long.length}/${limit}`);
    expect(PAYLOADS.long.length).toBe(10_000);
    await control(p, 'Send invitation').or(control(p, 'Send')).first().click();
    await p.waitForTimeout(150);
    expect(await sentInvites(p)).toEqual([]);
    await expect.poll(() => panel(p).locator('[role=alert]').first().textContent()).toMatch(new RegExp(String(limit)));
    await nothingRan(p);
    await p.close();
  });

  it('People: a hostile person shows literally in the popup’s list and detail, and in the card on their profile', async () => {
    const h = HOSTILE_PERSON;
    const at = Date.now() - 86_400_000;
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const record = seedPerson(ELENA, h.fullName, {
      invite: { at, note: h.note, templateId: null, templateName: PAYLOADS.img.slice(0, 80), answers: { [PAYLOADS.ctor]: h.reason }, reason: h.reason, mode: 'note' },
      howWeMet: { text: h.how, where: PAYLOADS.rtl, when: PAYLOADS.emoji },
      evidence: [{ signal: 'sent-toast', at, where: h.where, detail: h.detail }],
      events: [{ id: 'e-invited', type: 'invited', at }, { id: 'e-note', type: 'note', at: at + 1, text: h.event }],
      followUps: [{ id: 'f-hostile', kind: 'meet', due, title: h.title, doneAt: null, createdAt: at }],
    });
    const p = await s.extensionPage();
    await p.evaluate((r) => chrome.storage.local.set({ 'p:v:fixture-elena-vasquez': r }), record);
    /** Elements the payloads would make if they were ever parsed as markup. */
    const made = 'img, script:not([src]), svg[onload], [onerror], [onload]';

    // The list.
    await p.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?view=people`);
    await p.waitForSelector('html[data-ready]');
    const row = p.locator('[data-testid="people-list"] [role="option"]').filter({ hasText: 'Elena' }).first();
    await expect.poll(() => row.locator('.prow-name').textContent(), { timeout: 10_000 }).toBe(h.fullName);
    expect(await row.locator('.prow-why').textContent()).toContain(h.reason);
    expect(await p.evaluate((q) => document.querySelectorAll(q).length, made)).toBe(0);
    await nothingRan(p);

    // Their page: every text as stored, as text.
    await row.click();
    await expect.poll(() => p.locator('#view-title').textContent()).toBe(h.fullName);
    const page = (await p.locator('main').textContent())!;
    for (const t of [h.reason, h.note, h.where, h.detail, h.event, h.title]) expect(page, t).toContain(t);
    expect(await p.locator('#how-text').inputValue()).toBe(h.how);
    expect(await p.locator('#how-where').inputValue()).toBe(PAYLOADS.rtl);
    expect(page).not.toMatch(/function Object|native code|\[object Object\]/);
    expect(await p.evaluate((q) => document.querySelectorAll(q).length, made)).toBe(0);
    await nothingRan(p);

    // The card on their LinkedIn profile (a shadow root of ours inside LinkedIn's page).
    const profile = await s.open('profile--2nd-sdui--2026-09.html');
    await profile.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
    const card = profile.locator('on-purpose-person-card');
    const shadow = () => card.first().evaluate((el) => el.shadowRoot?.textContent ?? '').catch(() => '');
    await expect.poll(shadow, { timeout: 10_000 }).toContain(h.reason);
    const text = await shadow();
    for (const t of [h.where, h.detail, h.title]) expect(text, t).toContain(t);
    expect(text).toContain('Elena'); // the first name, from the stored name
    expect(text).not.toMatch(/function Object|native code|\[object Object\]/);
    expect(await card.first().locator('section').getAttribute('aria-label')).toContain(h.fullName);
    expect(await card.first().evaluate((el, q) => el.shadowRoot!.querySelectorAll(q).length, made)).toBe(0);
    expect(await profile.evaluate(() => document.querySelectorAll('img[src="x"], [onerror], svg[onload]').length)).toBe(0);
    await nothingRan(profile);
    await profile.close();
  });

  it('reply: a hostile reply template is inserted into LinkedIn’s composer as text', async () => {
    const p = await s.open('invitations--classic-ember--2023-04.html');
    const card = p.locator('li.invitation-card', { hasText: 'Tomás Ferreira' });
    await card.locator('on-purpose-ask').getByRole('button', { name: 'Ask how we met' }).click({ timeout: 8000 });
    const editor = p.locator('form.msg-form [contenteditable="true"][role="textbox"]').first();
    await expect.poll(() => editor.innerText(), { timeout: 8000 }).toContain('Hi Tomás,');
    const text = (await editor.innerText()).trim();
    expect(text).toBe(`Hi Tomás, ${PAYLOADS.img} ${PAYLOADS.rtl} ${PAYLOADS.zeroWidth} ${PAYLOADS.emoji} — how did we meet?`);
    // No element was made from the text inside LinkedIn's editor.
    expect(await editor.evaluate((e) => e.querySelectorAll('img, script, svg, [onerror]').length)).toBe(0);
    await nothingRan(p);
    await p.close();
  });
});
