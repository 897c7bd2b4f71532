import { describe, expect, it } from 'vitest';

import { cadenceDue, setCadence } from '../../../../src/core/people/followups';
import { followUpContext, hasKeptReason, markReasonDelivered, withInvite, withReplyToInvitation, type InviteInput, type ReplyInput } from '../../../../src/core/people/invite';
import { PersonSchema, type Invite } from '../../../../src/core/people/model';
import { applyEvidence } from '../../../../src/core/people/state';
import { renderBody } from '../../../../src/core/syntax';
import { T0, ev } from './_fixtures';

const invite = (over: Partial<Invite> = {}): Invite => ({
  at: T0,
  note: 'Hi Jane, it was good to meet you at the Berlin product meetup.',
  templateId: 'default-invite-event',
  templateName: 'Met at an event',
  answers: { event: 'the Berlin product meetup', topic: 'onboarding' },
  reason: 'we met at the Berlin product meetup',
  mode: 'note',
  ...over,
});
const input = (over: Partial<Invite> = {}): InviteInput => ({ match: { vanityName: 'jane-doe', fullName: 'Jane Doe', profileUrn: null }, invite: invite(over), where: '/in/jane-doe/' });

describe('withInvite', () => {
  it('creates an unconfirmed person with the invite, the evidence and one "invited" event', () => {
    const p = withInvite(null, input(), T0 + 5)!;
    expect(p).toMatchObject({ id: 'v:jane-doe', state: 'unconfirmed', fullName: 'Jane Doe', invite: invite(), howWeMet: { text: 'we met at the Berlin product meetup', where: '', when: '' } });
    expect(p.evidence).toEqual([{ signal: 'send-pressed', at: T0, where: '/in/jane-doe/' }]);
    expect(p.events.map((e) => [e.id, e.type])).toEqual([[`invited-${T0}`, 'invited']]);
    expect(PersonSchema.safeParse(p).success).toBe(true);
  });

  it('fills in what an existing record lacked and keeps the user\'s own "how we met"', () => {
    const first = withInvite(null, { ...input(), match: { fullName: 'Jane Doe' } }, T0)!;
    expect(first.id).toBe('n:jane doe');
    const mine = { ...first, howWeMet: { text: 'Sam introduced us', where: '', when: '' } };
    const again = withInvite(mine, { ...input({ at: T0 + 1000 }), match: { vanityName: 'jane-doe', profileUrn: 'urn:li:fsd_profile:AAA', fullName: 'Jane Doe' } }, T0 + 1000)!;
    expect(again).toMatchObject({ id: 'n:jane doe', vanityName: 'jane-doe', profileUrn: 'urn:li:fsd_profile:AAA', howWeMet: { text: 'Sam introduced us' } });
  });

  it('returns null when nothing identifies the person', () => {
    expect(withInvite(null, { ...input(), match: {} }, T0)).toBeNull();
  });
});

describe('withReplyToInvitation (a reply to a blank invitation)', () => {
  const TEXT = 'Hi Tomás! Thanks for the invite! How have we met or connected before?';
  const reply = (over: Partial<ReplyInput> = {}): ReplyInput => ({
    match: { vanityName: 'fixture-tomas-ferreira', fullName: 'Tomás Ferreira', profileUrn: null },
    text: TEXT,
    at: T0,
    where: '/mynetwork/invitation-manager/',
    ...over,
  });

  it('adds someone new as unknown, with where their invitation was seen and the reply as a contact', () => {
    const p = withReplyToInvitation(null, reply(), 'UTC')!;
    expect(p).toMatchObject({ id: 'v:fixture-tomas-ferreira', fullName: 'Tomás Ferreira', vanityName: 'fixture-tomas-ferreira', profileUrn: null, state: 'unknown', invite: null, lastContactAt: T0, connectedAt: null, createdAt: T0 });
    expect(p.evidence).toEqual([{ signal: 'invitation-received', at: T0, where: '/mynetwork/invitation-manager/' }]);
    expect(p.events).toEqual([{ id: `reply-sent-${T0}`, type: 'reply-sent', at: T0, text: TEXT }]);
    // Claims nothing about an invitation of the user's: no 'invited' event, no invite, no "how we met".
    expect(p.howWeMet).toEqual({ text: '', where: '', when: '' });
    expect(PersonSchema.safeParse(p).success).toBe(true);
  });

  it('keeps a URN the page gave, and without a vanity is keyed by it', () => {
    const p = withReplyToInvitation(null, reply({ match: { vanityName: null, fullName: 'Tomás Ferreira', profileUrn: 'urn:li:fsd_profile:ACoAAT' } }), 'UTC')!;
    expect(p).toMatchObject({ id: 'u:ACoAAT', profileUrn: 'urn:li:fsd_profile:ACoAAT', vanityName: null });
  });

  it('on someone already in the log: state, invite and "how we met" kept, the reply resets the cadence, missing ids filled', () => {
    let before = withInvite(null, { ...input({ at: T0 - 30 * 86_400_000 }), match: { fullName: 'Jane Doe' } }, T0 - 30 * 86_400_000)!;
    before = applyEvidence(before, ev('profile-1st', T0 - 20 * 86_400_000));
    before = setCadence(before, 2, T0 - 20 * 86_400_000);
    const due = cadenceDue(before, 'UTC')!;
    const after = withReplyToInvitation(before, reply({ match: { vanityName: 'jane-doe', fullName: 'Jane Doe' }, text: 'Hi Jane' }), 'UTC')!;
    expect(after).toMatchObject({ id: 'n:jane doe', vanityName: 'jane-doe', state: 'accepted', invite: before.invite, howWeMet: before.howWeMet, lastContactAt: T0 });
    expect(after.events.map((e) => e.type)).toEqual(['invited', 'accepted', 'reply-sent']);
    expect(after.evidence.at(-1)).toEqual({ signal: 'invitation-received', at: T0, where: '/mynetwork/invitation-manager/' });
    expect(cadenceDue(after, 'UTC')! > due).toBe(true);
  });

  it('the same reply recorded twice is one event; nobody identified is null; the text is capped', () => {
    const once = withReplyToInvitation(null, reply(), 'UTC')!;
    expect(withReplyToInvitation(once, reply(), 'UTC')!.events).toHaveLength(1);
    expect(withReplyToInvitation(null, reply({ match: {} }), 'UTC')).toBeNull();
    const long = withReplyToInvitation(null, reply({ text: 'x'.repeat(2000), where: '/'.repeat(1000) }), 'UTC')!;
    expect(PersonSchema.safeParse(long).success).toBe(true);
    expect(long.events[0]!.text).toHaveLength(500);
  });
});

describe('the kept reason', () => {
  it('applies once accepted, until delivered; delivery resets the cadence', () => {
    let p = withInvite(null, input({ mode: 'reason-kept', note: '' }), T0)!;
    expect(hasKeptReason(p)).toBe(false);
    p = applyEvidence(p, ev('profile-1st', T0 + 86_400_000));
    expect(hasKeptReason(p)).toBe(true);
    p = setCadence(p, 2, T0 + 86_400_000);
    const at = Date.UTC(2026, 11, 20, 10);
    p = markReasonDelivered(p, at, 'UTC', 'Thanks for accepting…');
    expect(p.reasonDeliveredAt).toBe(at);
    expect(hasKeptReason(p)).toBe(false);
    expect(cadenceDue(p, 'UTC')).toBe('2027-01-03');
    expect(markReasonDelivered(p, at + 5000, 'UTC').reasonDeliveredAt).toBe(at);
  });

  it('a note invite has no kept reason', () => {
    const p = applyEvidence(withInvite(null, input(), T0)!, ev('profile-1st', T0 + 1000));
    expect(hasKeptReason(p)).toBe(false);
  });
});

describe('followUpContext', () => {
  it('renders {reason} and {invitedOn} as a readable local date', () => {
    const p = withInvite(null, input({ at: Date.UTC(2026, 10, 20, 23, 30) }), T0)!;
    const body = 'Thanks for connecting, {firstName}! I reached out because {reason}. (Invited {invitedOn}.)';
    expect(renderBody(body, followUpContext(p, { timeZone: 'America/Los_Angeles' })).text).toBe(
      'Thanks for connecting, Jane! I reached out because we met at the Berlin product meetup. (Invited November 20, 2026.)',
    );
    expect(renderBody(body, followUpContext(p, { timeZone: 'Europe/Berlin', locale: 'en-GB' })).text).toContain('(Invited 21 November 2026.)');
  });

  it('without an invite or reason, leaves the markers (unsendable) and reports them', () => {
    const p = { ...withInvite(null, input({ reason: '', note: '' }), T0)!, howWeMet: { text: '', where: '', when: '' }, invite: null };
    const r = renderBody('{reason} {invitedOn}', followUpContext(p, { timeZone: 'UTC' }));
    expect(r.text).toBe('{reason} {invitedOn}');
    expect(r.unresolvedVariables).toEqual(['reason', 'invitedOn']);
  });
});
