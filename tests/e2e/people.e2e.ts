// People on LinkedIn's pages (issue 10), end to end: the BUILT extension in Chromium on the
// playground. The People log is read through the extension's service worker (storage.local `p:*`).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { panel, sentInvites } from './fixtures';
import { playgroundLog, startSession, type Session } from './harness';
import { decodePerson, encodePerson } from '../../src/storage/people-records';
import { cadenceDue } from '../../src/core/people/followups';
import type { Person } from '../../src/core/people/model';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

interface StoredPerson {
  id: string;
  fullName: string;
  vanityName: string | null;
  profileUrn: string | null;
  state: string;
  evidence: Array<{ signal: string; where: string; detail?: string }>;
  invite: { note: string; mode: string; reason: string; templateName: string | null; answers: Record<string, string> } | null;
  events: Array<{ type: string; text?: string }>;
  reasonDeliveredAt: number | null;
  connectedAt: number | null;
}

/** storage.local read in the service worker: what the popup's People tab will read (the store's
 *  compact form leaves empty fields out, so absent means null here). */
async function people(): Promise<StoredPerson[]> {
  const [worker] = s.context.serviceWorkers();
  const all = (await worker!.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null),
  )) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([k]) => k.startsWith('p:'))
    .map(([, v]) => v as StoredPerson);
}
const person = async (vanity: string) => (await people()).find((p) => p.vanityName === vanity) ?? null;

async function open(file: string): Promise<Page> {
  const page = await s.open(file);
  await page.waitForFunction(() => document.documentElement.dataset.playground === 'ready');
  return page;
}

/** Text inside one of our shadow hosts (a host's own textContent is empty). */
const shadowText = (host: ReturnType<Page['locator']>) => host.first().evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => '');

const ELENA = 'fixture-elena-vasquez';
const TOBIAS = 'fixture-tobias-lindgren';

describe('People: a note invite is logged and confirmed', () => {
  it('Send in the guarded dialog → unconfirmed → LinkedIn’s toast/Pending → sent, with the template’s reason', async () => {
    const page = await open('profile--2nd-sdui--2026-09.html');
    await page.locator('[data-playground-row="card"] a[aria-label="Invite Elena Vasquez to connect"]').click();
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await panel(page).getByRole('option', { name: /Met at an event/ }).first().click();
    await panel(page).getByLabel('Where did you meet?').fill('the Platform Summit in Lisbon');
    await panel(page).getByLabel('What did you talk about?').fill('internal developer portals');
    await panel(page).getByRole('button', { name: /^Insert/ }).click();
    const field = page.locator('textarea#custom-message');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain('the Platform Summit in Lisbon');
    const note = await field.inputValue();
    expect(await person(ELENA)).toBeNull(); // nothing logged before the user sends
    await page.locator('button[aria-label="Send invitation"]').click();
    expect((await sentInvites(page)).map((e) => e.text)).toEqual([note]);

    await expect.poll(async () => (await person(ELENA))?.state, { timeout: 10_000 }).toBe('sent');
    const p = (await person(ELENA))!;
    expect(p.fullName).toBe('Elena Vasquez');
    expect(p.profileUrn).toBe('urn:li:fsd_profile:ACoAAFIXELENA1');
    expect(p.invite).toMatchObject({ note, mode: 'note', templateName: 'Met at an event', reason: 'the Platform Summit in Lisbon; internal developer portals' });
    expect(p.evidence[0]).toMatchObject({ signal: 'send-pressed', where: `/in/${ELENA}/` });
    // Confirmed by what LinkedIn showed: its toast, or both Connect links turned Pending.
    expect(p.evidence.some((e) => e.signal === 'sent-toast' || e.signal === 'pending-shown')).toBe(true);
    expect(await page.locator('a[aria-label="Pending, click to withdraw invitation sent to Elena Vasquez"]').count()).toBe(2);
    // The card on her profile says when and why.
    const card = page.locator('on-purpose-person-card');
    await expect.poll(() => shadowText(card), { timeout: 10_000 }).toContain('You invited Elena');
    expect(await shadowText(card)).toContain('internal developer portals');
    await page.close();
  });

  it('her profile at 1st degree → accepted, with the evidence (the rail’s Invite links are other people)', async () => {
    const page = await open('profile--1st-sdui--2026-09.html');
    await expect.poll(async () => (await person(ELENA))?.state, { timeout: 10_000 }).toBe('accepted');
    const p = (await person(ELENA))!;
    const ev = p.evidence.find((e) => e.signal === 'profile-1st');
    expect(ev).toMatchObject({ where: `/in/${ELENA}/` });
    expect(p.connectedAt).toEqual(expect.any(Number));
    expect(p.events.map((e) => e.type)).toEqual(expect.arrayContaining(['invited', 'confirmed', 'accepted']));
    const card = page.locator('on-purpose-person-card');
    await expect.poll(() => shadowText(card), { timeout: 10_000 }).toContain('Connected');
    expect(await shadowText(card)).toContain('Their profile reads 1st degree');
    // Invited with a note: nothing kept to send.
    expect(await card.getByRole('button', { name: 'Send the reason you kept' }).count()).toBe(0);
    await page.close();

    // The popup's People tab shows her, with the reason (people-ui's view of the same records).
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?view=people`);
    await popup.waitForSelector('html[data-ready]');
    const names = () => popup.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents();
    await expect.poll(names, { timeout: 10_000 }).toContain('Elena Vasquez');
    await popup.getByRole('option', { name: /Elena Vasquez/ }).click();
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain('internal developer portals');
    expect(await popup.locator('body').innerText()).toMatch(/accepted|connected/i);
    await popup.close();
  });

  it('nobody outside the log is recorded: a 1st-degree profile never invited through On Purpose', async () => {
    const page = await open('profile--1st-de--2026-09.html');
    await page.waitForTimeout(1500);
    expect(await person('fixture-katrin-vogel')).toBeNull();
    expect(await page.locator('on-purpose-person-card').count()).toBe(0);
    await page.close();
  });
});

describe('People: the kept reason, delivered', () => {
  const REASON = 'Your talk on warehouse robotics at Automatica was the clearest I have heard; I would like to learn how you test grippers.';

  it('a spent-quota invite with a kept reason is logged as reason-kept and confirmed', async () => {
    const page = await open('profile--3rd-sdui--2026-09.html');
    await page.locator('[data-playground-row="card"] a[aria-label="Invite Tobias Lindgren to connect"]').click();
    await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
    await panel(page).getByLabel(/Write your reason/).fill(REASON);
    await panel(page).getByRole('button', { name: 'Keep this reason' }).click();
    await expect.poll(() => shadowText(panel(page)), { timeout: 10_000 }).toMatch(/Reason kept/);
    await page.locator('button[aria-label="Send without a note"]').click();
    expect((await sentInvites(page)).map((e) => e.text)).toEqual(['']);
    await expect.poll(async () => (await person(TOBIAS))?.state, { timeout: 10_000 }).toBe('sent');
    expect((await person(TOBIAS))!.invite).toMatchObject({ note: '', mode: 'reason-kept', reason: REASON });
    // One place for the reason: the saved-reason entry became the People record.
    const [worker] = s.context.serviceWorkers();
    const keys = await worker!.evaluate(async () =>
      Object.keys(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null)),
    );
    expect(keys.filter((k) => k.startsWith('r:') || k.startsWith('pe:'))).toEqual([]);
    await page.close();
  });

  it('after acceptance, “Send the reason you kept” fills LinkedIn’s composer (Send enabled) and sends nothing until the user does', async () => {
    // The default follow-up templates a fresh install seeds carry the reason: the kept-reason one
    // ({reason}, filled by core's follow-up context) goes in; nothing added by the test.
    const [worker] = s.context.serviceWorkers();
    const seeded = (await worker!.evaluate(async () =>
      Object.values(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null)),
    )) as Array<{ kind?: string; id?: string }>;
    expect(seeded.filter((t) => t?.kind === 'follow-up').map((t) => t.id)).toEqual(expect.arrayContaining(['default-follow-up-thanks', 'default-follow-up-kept-reason']));
    const page = await open('profile--1st-kept-sdui--2026-09.html');
    await expect.poll(async () => (await person(TOBIAS))?.state, { timeout: 10_000 }).toBe('accepted');
    const card = page.locator('on-purpose-person-card');
    const button = card.getByRole('button', { name: 'Send the reason you kept' });
    await button.waitFor({ state: 'visible', timeout: 10_000 }).catch(async (e) => {
      throw new Error(`${String(e)}\ncard: ${await shadowText(card)}\nperson: ${JSON.stringify(await person(TOBIAS))}`);
    });
    await button.click();
    const editor = page.locator('.msg-form__contenteditable[contenteditable="true"]').first();
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toContain('warehouse robotics at Automatica');
    const inserted = await editor.innerText();
    expect(inserted).toMatch(/^Thanks for accepting, Tobias! LinkedIn didn't let me add a note to my invitation, so here is why I reached out: Your talk on warehouse robotics/);
    const send = page.locator('button.msg-form__send-button').first();
    await expect.poll(() => send.isEnabled(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => shadowText(card), { timeout: 10_000 }).toMatch(/press Send/);
    await page.waitForTimeout(500);
    expect((await playgroundLog(page)).filter((e) => e.kind === 'message')).toEqual([]);
    expect((await person(TOBIAS))!.reasonDeliveredAt ?? null).toBeNull(); // stored compactly: null is left out

    await send.click(); // the user presses LinkedIn's Send
    const messages = (await playgroundLog(page)).filter((e) => e.kind === 'message');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain('warehouse robotics at Automatica');
    expect(messages[0]!.recipient).toBe('Tobias Lindgren');
    await expect.poll(async () => (await person(TOBIAS))?.reasonDeliveredAt, { timeout: 10_000 }).toEqual(expect.any(Number));
    // reasonDeliveredAt and the 'reason-sent' event are two writes: wait for the second too.
    await expect.poll(async () => (await person(TOBIAS))!.events.map((e) => e.type), { timeout: 10_000 }).toContain('reason-sent');
    await page.close();
  });
});

describe('People: corroboration from the lists the user opens', () => {
  it('the Connections list and an acceptance notification add evidence for logged people only', async () => {
    const c = await open('connections--sdui-list--2026-09.html');
    await expect
      .poll(async () => (await person(TOBIAS))?.evidence.some((e) => e.signal === 'connections-list' && e.detail === '2 hours ago'), { timeout: 10_000 })
      .toBe(true);
    await c.close();
    const n = await open('notifications--ember--2026-09.html');
    await expect.poll(async () => (await person(TOBIAS))?.evidence.some((e) => e.signal === 'notification-accepted'), { timeout: 10_000 }).toBe(true);
    await n.close();
    expect(await person('fixture-samuel-osei')).toBeNull();
    expect(await person('fixture-katrin-vogel')).toBeNull();
  });

  it('the Sent list: a logged person listed there gets the evidence; listed strangers are not recorded', async () => {
    const page = await open('sent--sdui-list--2026-09.html');
    await expect
      .poll(async () => (await person(ELENA))?.evidence.some((e) => e.signal === 'sent-list-listed' && e.detail === '3 days ago'), { timeout: 10_000 })
      .toBe(true);
    expect(await person('fixture-jordan-blake')).toBeNull();
    expect(await person('fixture-grace-adeyemi')).toBeNull();
    await page.close();
  });
});

describe('People view: “Send the reason you kept” from the popup', () => {
  it('opens LinkedIn’s compose route in a new tab with the reason inserted (Send enabled), sends nothing until the user does, then records the delivery', async () => {
    const VANITY = 'fixture-tomas-ferreira'; // composer--compose-recipient--2026-09.html is served at ?recipient=<this>
    const now = Date.now();
    const reason = 'your write-up on cold-chain sensors answered a question our team has had for months';
    const record = encodePerson({
      id: `v:${VANITY}`,
      fullName: 'Tomás Ferreira',
      vanityName: VANITY,
      profileUrn: null,
      state: 'accepted',
      evidence: [
        { signal: 'send-pressed', at: now - 5 * 86_400_000, where: `/in/${VANITY}/` },
        { signal: 'profile-1st', at: now - 3_600_000, where: `/in/${VANITY}/` },
      ],
      invite: { at: now - 5 * 86_400_000, note: '', templateId: null, templateName: null, answers: { reason }, reason, mode: 'reason-kept' },
      events: [{ id: 'e-t1', type: 'invited', at: now - 5 * 86_400_000 }],
      followUps: [],
      cadenceWeeks: null,
      lastContactAt: null,
      howWeMet: { text: reason, where: '', when: '' },
      reasonDeliveredAt: null,
      connectedAt: now - 3_600_000,
      createdAt: now - 5 * 86_400_000,
      updatedAt: now - 3_600_000,
    });
    const [worker] = s.context.serviceWorkers();
    await worker!.evaluate(async (items) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items);
    }, { [`p:v:${VANITY}`]: record });

    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?view=people`);
    await popup.waitForSelector('html[data-ready]');
    await popup.getByRole('option', { name: /Tomás Ferreira/ }).click();
    const button = popup.getByRole('button', { name: 'Send the reason you kept' });
    await expect.poll(() => popup.locator('.saved-text').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^Thanks for accepting, Tomás!.*cold-chain sensors/));
    const [compose] = await Promise.all([s.context.waitForEvent('page'), button.click()]);
    await compose.waitForURL(`https://www.linkedin.com/messaging/compose/?recipient=${VANITY}`);
    const editor = compose.locator('.msg-form__contenteditable[contenteditable="true"]').first();
    await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('cold-chain sensors');
    expect(await editor.innerText()).toMatch(/^Thanks for accepting, Tomás! LinkedIn didn't let me add a note to my invitation, so here is why I reached out: your write-up/);
    const send = compose.locator('button.msg-form__send-button').first();
    await expect.poll(() => send.isEnabled(), { timeout: 10_000 }).toBe(true);
    await compose.waitForTimeout(500);
    expect((await playgroundLog(compose)).filter((e) => e.kind === 'message')).toEqual([]);
    expect((await person(VANITY))!.reasonDeliveredAt ?? null).toBeNull();

    await send.click(); // the user presses LinkedIn's Send
    const messages = (await playgroundLog(compose)).filter((e) => e.kind === 'message');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain('cold-chain sensors');
    await expect.poll(async () => (await person(VANITY))?.reasonDeliveredAt, { timeout: 10_000 }).toEqual(expect.any(Number));
    await expect.poll(async () => (await person(VANITY))!.events.map((e) => e.type), { timeout: 10_000 }).toContain('reason-sent');
    // Delivered: the People view no longer offers it.
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(0);
    await compose.close();
    await popup.close();
  });
});

describe('People: a reply to a blank invitation', () => {
  it('“Ask how we met” → the user presses LinkedIn’s Send → the inviter is in People (unknown, where they invited you) with the reply in the timeline', async () => {
    const WEI = 'fixture-wei-zhang';
    const text = 'Hi Wei! Thanks for the invite! How have we met or connected before?';
    expect(await person(WEI)).toBeNull(); // not in the log before: the usual case
    const page = await open('invitations--classic-ember--2023-04.html');
    const card = page.locator('li.invitation-card', { hasText: 'Wei Zhang' });
    await card.locator('on-purpose-ask').getByRole('button', { name: 'Ask how we met' }).click();
    const bubble = page.locator('.msg-overlay-conversation-bubble', { has: page.locator('.msg-overlay-bubble-header__title', { hasText: 'Wei Zhang' }) });
    const editor = bubble.locator('form.msg-form [contenteditable="true"][role="textbox"]');
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toBe(text);
    const send = bubble.locator('form.msg-form button.msg-form__send-button, form.msg-form button.msg-form__send-btn').first();
    await expect.poll(() => send.isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(300);
    expect(await person(WEI)).toBeNull(); // nothing logged until the user sends
    await send.click(); // the user presses LinkedIn's Send
    expect((await playgroundLog(page)).filter((e) => e.kind === 'message')).toEqual([{ kind: 'message', recipient: 'Wei Zhang', text }]);

    await expect.poll(async () => (await person(WEI))?.events.map((e) => e.type), { timeout: 10_000 }).toEqual(['reply-sent']);
    const p = (await person(WEI))!;
    expect(p).toMatchObject({ id: `v:${WEI}`, fullName: 'Wei Zhang', vanityName: WEI, state: 'unknown' });
    expect(p.invite ?? null).toBeNull(); // claims no invitation of the user's
    expect(p.events[0]!.text).toBe(text);
    expect(p.evidence).toEqual([expect.objectContaining({ signal: 'invitation-received', where: '/mynetwork/invitation-manager/' })]);
    await page.close();

    // The popup's People tab lists him; his page shows where he came from and the reply.
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/src/popup/index.html?view=people`);
    await popup.waitForSelector('html[data-ready]');
    const names = () => popup.locator('[data-testid="people-list"] [role="option"] .prow-name').allTextContents();
    await expect.poll(names, { timeout: 10_000 }).toContain('Wei Zhang');
    await popup.getByRole('option', { name: /Wei Zhang/ }).click();
    const timeline = popup.locator('ol.timeline');
    await expect.poll(() => timeline.innerText(), { timeout: 10_000 }).toContain(`Replied to their invitation: ${text}`);
    expect(await popup.locator('ul.evidence').innerText()).toContain('They invited you to connect');
    expect(await popup.locator('h2#view-title').innerText()).toBe('Wei Zhang');
    await popup.close();
  });
});

describe('People: follow-up templates first in a thread with someone in the log', () => {
  it('composer--thread-light: follow-ups first with {reason} from the log; inserted (Send enabled); the user’s Send logs a message-sent contact that resets the cadence', async () => {
    const VANITY = 'fixture-marcus-johnson'; // the thread's recipient (composer--thread-light--2026-08.html)
    const DAY = 86_400_000;
    const now = Date.now();
    const reason = 'your talk on platform teams at DevOpsDays';
    const seeded: Person = {
      id: `v:${VANITY}`,
      fullName: 'Marcus Johnson',
      vanityName: VANITY,
      profileUrn: null,
      state: 'accepted',
      evidence: [
        { signal: 'send-pressed', at: now - 40 * DAY, where: `/in/${VANITY}/` },
        { signal: 'profile-1st', at: now - 35 * DAY, where: `/in/${VANITY}/` },
      ],
      invite: { at: now - 40 * DAY, note: `Hi Marcus, ${reason}.`, templateId: null, templateName: null, answers: { reason }, reason, mode: 'note' },
      events: [
        { id: `invited-${now - 40 * DAY}`, type: 'invited', at: now - 40 * DAY },
        { id: `accepted-${now - 35 * DAY}`, type: 'accepted', at: now - 35 * DAY },
      ],
      followUps: [],
      cadenceWeeks: 2,
      lastContactAt: now - 30 * DAY,
      howWeMet: { text: reason, where: '', when: '' },
      reasonDeliveredAt: null,
      connectedAt: now - 35 * DAY,
      createdAt: now - 40 * DAY,
      updatedAt: now - 30 * DAY,
    };
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const dueBefore = cadenceDue(seeded, zone)!;
    const [worker] = s.context.serviceWorkers();
    await worker!.evaluate(async (items) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(items);
    }, { [`p:v:${VANITY}`]: encodePerson(seeded) });

    const page = await open('composer--thread-light--2026-08.html');
    const form = page.locator('form.msg-form').first();
    const editor = form.locator('[contenteditable="true"][role="textbox"]');
    const send = form.locator('button.msg-form__send-button, button.msg-form__send-btn').first();
    const ui = form.locator('on-purpose-composer-templates');
    await ui.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await send.isEnabled()).toBe(false);
    await ui.getByRole('button', { name: /Templates/ }).click();

    // Follow-up templates first (the default library's, in its order), then the replies.
    const options = ui.getByRole('option');
    const names = async () => (await options.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    await expect.poll(async () => (await names())[0] ?? '', { timeout: 10_000 }).toMatch(/^Thanks for connecting/);
    const all = await names();
    const firstReply = all.findIndex((n) => /^Ask how we met/.test(n));
    const followUps = ['Thanks for connecting', 'Send the reason I kept', 'Suggest a coffee', 'Keep in touch'];
    expect(firstReply).toBeGreaterThanOrEqual(followUps.length);
    for (const name of followUps) expect(all.findIndex((n) => n.startsWith(name))).toBeLessThan(firstReply);

    // {reason} comes from the log: in the preview before anything is inserted.
    await options.first().click();
    const text = `Thanks for connecting, Marcus! I reached out because ${reason}. Would you be up for a short call in the coming weeks?`;
    await expect.poll(() => ui.locator('.op-preview').first().innerText(), { timeout: 10_000 }).toBe(text);
    await ui.getByRole('button', { name: 'Insert', exact: true }).click();
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toBe(text);
    await expect.poll(() => send.isEnabled(), { timeout: 10_000 }).toBe(true); // LinkedIn registered it
    await page.waitForTimeout(300);
    expect((await playgroundLog(page)).filter((e) => e.kind === 'message')).toEqual([]);
    expect((await person(VANITY))!.events.map((e) => e.type)).toEqual(['invited', 'accepted']); // nothing logged before Send

    const t0 = Date.now();
    await send.click(); // the user presses LinkedIn's Send
    expect((await playgroundLog(page)).filter((e) => e.kind === 'message')).toEqual([{ kind: 'message', recipient: 'Marcus Johnson', text }]);
    await expect.poll(async () => (await person(VANITY))!.events.map((e) => e.type), { timeout: 10_000 }).toEqual(['invited', 'accepted', 'message-sent']);
    const after = decodePerson(await person(VANITY)) as Person;
    expect(after.events.at(-1)!.text).toBe(text);
    expect(after.lastContactAt).toBeGreaterThanOrEqual(t0);
    // The cadence counts from this contact: due two weeks from now, no longer overdue.
    expect(cadenceDue(after, zone)! > dueBefore).toBe(true);
    expect(cadenceDue(after, zone)! > new Date(now).toISOString().slice(0, 10)).toBe(true);
    await page.close();
  });
});
