/**
 * Any logged contact resets the cadence (issue 10 part 3): a reply sent after "Ask how we met"
 * (handed over with purpose 'reply', logged by logDelivered), a message sent with the composer's
 * Templates to someone in the log (logMessage) and a kept reason delivered all reach the People
 * store as contact events, where core's logContact moves lastContactAt and the cadence's next date.
 * A reply to the blank invitation of someone not in the log adds them (the usual case).
 * The page's shared log is used as the features use it, over a fake storage.local.
 */
import { describe, expect, it, vi } from 'vitest';
import { FakeStorageArea } from '../fakes/storage';

const area = new FakeStorageArea();
vi.mock('../../../src/storage/browser', () => ({ browser: {} }));
vi.mock('../../../src/storage/areas', async (orig) => ({ ...(await orig<object>()), localArea: () => area }));

const { logDelivered, logMessage, peopleLog } = await import('../../../src/content/people-log');
const { createPeopleStore } = await import('../../../src/storage/people');
const { nextFollowUp } = await import('../../../src/core/people/followups');
import type { Person } from '../../../src/core/people/model';

const DAY = 86_400_000;
const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

async function seed(vanity: string, fullName: string): Promise<Person> {
  const store = createPeopleStore({ area });
  const at = Date.now() - 60 * DAY;
  const p = await store.recordInvite({
    vanityName: vanity,
    fullName,
    invite: { at, note: 'Hi', templateId: null, templateName: null, answers: {}, reason: 'the meetup', mode: 'note' },
    where: `/in/${vanity}/`,
  });
  await store.update(p.id, { cadenceWeeks: 2, lastContactAt: at });
  return (await store.get(p.id))!;
}

const stored = async (id: string) => (await peopleLog().all()).find((p) => p.id === id)!;

async function waitFor<T>(f: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const v = await f();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out');
}

describe('a logged contact resets the cadence', () => {
  it('a reply sent via “Ask how we met” (hand-over purpose reply) reaches logContact', async () => {
    const before = await seed('fixture-tomas-ferreira', 'Tomás Ferreira');
    const due = nextFollowUp(before, Date.now(), TZ)!.due;
    const t0 = Date.now();
    logDelivered({ kind: 'reply', personId: null, vanityName: 'fixture-tomas-ferreira', fullName: 'Tomás Ferreira' }, 'Thanks for the invite! How have we met?');
    const after = await waitFor(() => stored(before.id), (p) => (p.lastContactAt ?? 0) >= t0);
    expect(after.events.map((e) => e.type)).toContain('reply-sent');
    expect(nextFollowUp(after, Date.now(), TZ)!.due > due).toBe(true);
  });

  it('a message sent with the composer’s Templates to a logged person reaches logContact', async () => {
    const before = await seed('fixture-jane-doe', 'Jane Doe');
    const t0 = Date.now();
    await logMessage(before, 'Thanks for connecting, Jane!');
    const after = await stored(before.id);
    expect(after.lastContactAt).toBeGreaterThanOrEqual(t0);
    expect(after.events.map((e) => e.type)).toContain('message-sent');
    expect(nextFollowUp(after, Date.now(), TZ)!.due > nextFollowUp(before, Date.now(), TZ)!.due).toBe(true);
  });

  it('a kept reason delivered records reasonDeliveredAt and counts as contact', async () => {
    const before = await seed('fixture-tobias-lindgren', 'Tobias Lindgren');
    const t0 = Date.now();
    logDelivered({ kind: 'reason', personId: before.id, vanityName: before.vanityName, fullName: before.fullName }, 'Here is why I reached out');
    const after = await waitFor(() => stored(before.id), (p) => (p.lastContactAt ?? 0) >= t0 && p.events.some((e) => e.type === 'reason-sent'));
    expect(after.reasonDeliveredAt).toBeGreaterThanOrEqual(t0);
  });

  it('a reply to the blank invitation of someone not in the log adds them, with the reply in their timeline', async () => {
    const t0 = Date.now();
    const text = 'Hi Wei! Thanks for the invite! How have we met or connected before?';
    logDelivered({ kind: 'reply', personId: null, vanityName: 'fixture-wei-zhang', fullName: 'Wei Zhang', where: '/mynetwork/invitation-manager/' }, text);
    const wei = await waitFor(
      async () => (await peopleLog().all()).find((p) => p.vanityName === 'fixture-wei-zhang') ?? null,
      (p) => !!p,
    );
    expect(wei).toMatchObject({ id: 'v:fixture-wei-zhang', fullName: 'Wei Zhang', profileUrn: null, state: 'unknown', invite: null });
    expect(wei!.lastContactAt).toBeGreaterThanOrEqual(t0);
    expect(wei!.evidence).toEqual([expect.objectContaining({ signal: 'invitation-received', where: '/mynetwork/invitation-manager/' })]);
    expect(wei!.events).toEqual([expect.objectContaining({ type: 'reply-sent', text })]);
  });

  it('a message to someone not in the log records nobody', async () => {
    expect(await logMessage({ vanityName: 'fixture-stranger', profileUrn: null, fullName: 'A Stranger' }, 'Hi')).toBeNull();
    expect((await peopleLog().all()).some((p) => p.vanityName === 'fixture-stranger')).toBe(false);
  });
});
