/**
 * The content side of People (issue 10) without a browser: the raw `pe:` entry the always-on guard
 * writes is what the People store ingests (its PendingSchema), a kept reason folds into the record,
 * evidence never creates anyone, and the follow-up text for a kept reason is rendered from a
 * follow-up template with {reason} and {invitedOn} from core's follow-up context.
 */
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/storage/browser', () => ({ browser: {} }));

import type { Person } from '../../../src/core/people/model';
import type { Template } from '../../../src/core/schema';
import { followUpVariables, reasonMessage } from '../../../src/content/follow-up';
import { DEFAULT_KEPT_REASON_ID, defaultTemplates } from '../../../src/core/defaults';
import { createPeopleLog } from '../../../src/content/people-log';
import type { SendPressedEvent } from '../../../src/content/send-log';
import { PendingSchema } from '../../../src/storage/people';
import { FakeStorageArea } from '../fakes/storage';

const AT = Date.UTC(2026, 11, 3, 10, 0);

function send(over: Partial<SendPressedEvent['invite']> = {}, keptReasonId: string | null = null): SendPressedEvent {
  return {
    type: 'send-pressed',
    at: AT,
    where: '/in/fixture-tobias-lindgren/',
    match: { vanityName: 'fixture-tobias-lindgren', fullName: 'Tobias Lindgren', profileUrn: null },
    invite: { at: AT, note: '', templateId: null, templateName: null, answers: {}, reason: 'Your gripper talk', mode: 'reason-kept', ...over },
    keptReasonId,
  };
}

describe('the always-on entry and the store agree', () => {
  it('a send-pressed entry is valid under the People store’s PendingSchema', () => {
    expect(PendingSchema.safeParse(send()).success).toBe(true);
    expect(PendingSchema.safeParse(send({ mode: 'note', note: 'Hi Tobias', templateId: 't1', templateName: 'Met at an event', answers: { event: 'Automatica' }, reason: 'Automatica' })).success).toBe(true);
  });
});

describe('people log', () => {
  it('ingests pe: entries into unconfirmed people, removes them and the folded r: reason', async () => {
    const area = new FakeStorageArea();
    await area.set({ 'pe:1-a': send({}, 'reason-1'), 'r:reason-1': { id: 'reason-1', text: 'Your gripper talk' }, 'r:other': { id: 'other' } });
    const log = createPeopleLog(area);
    const touched = await log.ingestPending();
    expect(touched.map((p) => [p.fullName, p.state, p.invite?.mode, p.invite?.reason])).toEqual([['Tobias Lindgren', 'unconfirmed', 'reason-kept', 'Your gripper talk']]);
    const keys = Object.keys(await area.get(null));
    expect(keys.filter((k) => k.startsWith('pe:'))).toEqual([]);
    expect(keys).not.toContain('r:reason-1');
    expect(keys).toContain('r:other');
  });

  it('evidence only ever touches people in the log; toast → sent, 1st → accepted', async () => {
    const area = new FakeStorageArea();
    const log = createPeopleLog(area);
    expect(await log.evidence({ vanityName: 'someone-else' }, { signal: 'profile-1st', at: AT, where: '/in/someone-else/' })).toBeNull();
    await area.set({ 'pe:1-a': send() });
    await log.ingestPending();
    const match = { vanityName: 'fixture-tobias-lindgren' };
    expect((await log.evidence(match, { signal: 'sent-toast', at: AT + 1000, where: '/in/fixture-tobias-lindgren/' }))?.state).toBe('sent');
    expect((await log.evidence(match, { signal: 'profile-1st', at: AT + 9e6, where: '/in/fixture-tobias-lindgren/' }))?.state).toBe('accepted');
    expect(Object.keys(await area.get(null)).filter((k) => k.startsWith('p:'))).toEqual(['p:v:fixture-tobias-lindgren']);
  });
});

describe('follow-up text for a kept reason', () => {
  const person = { fullName: 'Tobias Lindgren', invite: { at: AT, reason: 'we both {love} grippers', note: '', mode: 'reason-kept' }, howWeMet: { text: '' } } as unknown as Person;
  const t = (body: string, kind: Template['kind'] = 'follow-up'): Template => ({ id: body.slice(0, 8), kind, name: 'x', body, tags: [], createdAt: 0, updatedAt: 0 });

  it('fills {reason} and {invitedOn} through the render context (braces in the reason stay text)', () => {
    expect(followUpVariables(person).reason).toBe('we both {love} grippers');
    expect(followUpVariables(person).invitedOn).toMatch(/\d{4}/);
    const r = reasonMessage([t('Hi {firstName}! On {invitedOn} I wanted to say: {reason}')], person, {});
    expect(r.text).toMatch(/^Hi Tobias! On \w+ \d+, 2026 I wanted to say: we both \{love\} grippers$/);
  });

  it('falls back to the reason itself when no follow-up template renders completely', () => {
    expect(reasonMessage([t('Hi {{who: Who?}} {reason}'), t('{reason}', 'reply')], person, {}).text).toBe('we both {love} grippers');
    expect(reasonMessage([], person, {}).template).toBeNull();
  });

  it('uses the default kept-reason follow-up a fresh install seeds', () => {
    const r = reasonMessage(defaultTemplates(0), person, {});
    expect(r.template?.id).toBe(DEFAULT_KEPT_REASON_ID);
    expect(r.text).toContain('Thanks for accepting, Tobias!');
    expect(r.text).toContain('we both {love} grippers');
  });
});
