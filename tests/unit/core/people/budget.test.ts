import { describe, expect, it } from 'vitest';

import { PERSON_BUDGET_BYTES, cap, clampPerson, personBytes } from '../../../../src/core/people/budget';
import { addFollowUp, logContact, setCadence } from '../../../../src/core/people/followups';
import { withInvite } from '../../../../src/core/people/invite';
import { MAX_EVENTS, MAX_EVIDENCE, MAX_REASON, PersonSchema, type Person } from '../../../../src/core/people/model';
import { applyAll } from '../../../../src/core/people/state';
import { T0, ev, person } from './_fixtures';

const DAY = 86_400_000;

/** A busy but realistic record: a 260-character note, a 120-character reason, a few months of story. */
function realistic(): Person {
  const note = 'Hi Maya, it was good to meet you at the Berlin product meetup last week. I enjoyed our chat about onboarding for self-serve products and your point about trial length. I would like to stay in touch and compare notes on activation in the new year.';
  let p = withInvite(
    null,
    {
      match: { vanityName: 'maya-lindqvist-4b2a1c', profileUrn: 'urn:li:fsd_profile:ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456', fullName: 'Maya Lindqvist' },
      invite: { at: T0, note, templateId: 'default-invite-event', templateName: 'Met at an event', answers: { event: 'the Berlin product meetup last week', topic: 'onboarding for self-serve products' }, reason: 'we met at the Berlin product meetup last week and talked about onboarding for self-serve products', mode: 'note' },
      where: '/in/maya-lindqvist-4b2a1c/',
    },
    T0,
  )!;
  p = applyAll(p, [
    ev('sent-toast', T0 + 2000, '/in/maya-lindqvist-4b2a1c/'),
    ev('pending-shown', T0 + 3000, '/in/maya-lindqvist-4b2a1c/'),
    ev('sent-list-listed', T0 + 2 * DAY, '/mynetwork/invitation-manager/sent/'),
    ev('notification-accepted', T0 + 4 * DAY, '/notifications/'),
    ev('profile-1st', T0 + 4 * DAY + 60_000, '/in/maya-lindqvist-4b2a1c/'),
    ev('connections-list', T0 + 9 * DAY, '/mynetwork/invite-connect/connections/', 'Connected 1 week ago'),
  ]);
  p = { ...p, howWeMet: { ...p.howWeMet, where: 'Berlin product meetup, Factory Görlitzer Park', when: 'December 2026' } };
  p = setCadence(p, 6, T0 + 5 * DAY);
  p = logContact(p, { type: 'message-sent', at: T0 + 5 * DAY, text: 'Thanks for connecting, Maya! I reached out because we met at the Berlin product meetup…' }, 'Europe/Berlin');
  p = addFollowUp(p, { id: 'b0c6a1e2-3f4d-4a5b-8c7d-9e0f1a2b3c4d', kind: 'meet', due: '2027-01-14', title: 'Coffee near Alexanderplatz', createdAt: T0 + 5 * DAY });
  p = addFollowUp(p, { id: 'c1d7b2f3-4a5e-4b6c-9d8e-0f1a2b3c4d5e', kind: 'call', due: '2027-02-01', createdAt: T0 + 6 * DAY });
  return p;
}

/** A typical record: a 180-character note, a short reason, accepted, one thank-you, one follow-up. */
function typical(): Person {
  let p = withInvite(
    null,
    {
      match: { vanityName: 'jane-doe-12ab34', profileUrn: 'urn:li:fsd_profile:ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456', fullName: 'Jane Doe' },
      invite: { at: T0, note: 'Hi Jane, I read your post about onboarding flows — the point about trial length stuck with me. I would like to follow your work.', templateId: 'default-invite-post', templateName: 'Read their post', answers: { topic: 'onboarding flows', takeaway: 'the point about trial length stuck with me' }, reason: 'your post about onboarding flows', mode: 'note' },
      where: '/in/jane-doe-12ab34/',
    },
    T0,
  )!;
  p = applyAll(p, [ev('sent-toast', T0 + 2000, '/in/jane-doe-12ab34/'), ev('profile-1st', T0 + 4 * DAY, '/in/jane-doe-12ab34/')]);
  p = logContact(p, { type: 'message-sent', at: T0 + 5 * DAY }, 'UTC');
  return addFollowUp(p, { id: 'b0c6a1e2-3f4d-4a5b-8c7d-9e0f1a2b3c4d', kind: 'meet', due: '2027-01-14', createdAt: T0 + 5 * DAY });
}

describe('personBytes and the 2 KB budget', () => {
  it('a typical record is well under 2 KB (measured)', () => {
    const p = typical();
    expect(PersonSchema.safeParse(p).success).toBe(true);
    const bytes = personBytes(p);
    console.log(`typical person record: ${bytes} bytes`);
    expect(bytes).toBeLessThanOrEqual(1600);
  });

  it('a busy record (long note, 7 pieces of evidence, cadence, 2 follow-ups) stays near 2 KB (measured)', () => {
    const p = realistic();
    expect(PersonSchema.safeParse(p).success).toBe(true);
    const bytes = personBytes(p);
    console.log(`realistic person record: ${bytes} bytes (key + JSON, UTF-8); ${p.evidence.length} evidence, ${p.events.length} events, ${p.followUps.length} follow-ups`);
    expect(bytes).toBeLessThanOrEqual(PERSON_BUDGET_BYTES + 512);
  });

  it('counts the key and the JSON in UTF-8 bytes, like Chrome', () => {
    const p = person({ fullName: 'Zoë' });
    expect(personBytes(p, 'p:x')).toBe(3 + new TextEncoder().encode(JSON.stringify(p)).length);
    expect(personBytes(p)).toBe(`p:${p.id}`.length + new TextEncoder().encode(JSON.stringify(p)).length);
  });

  it('a record at every bound is still valid and its size is known', () => {
    let p = realistic();
    for (let i = 0; i < 60; i++) p = logContact(p, { type: 'message-sent', at: T0 + 20 * DAY + i * DAY, text: 'x'.repeat(80) }, 'UTC');
    for (let i = 0; i < 40; i++) p = applyAll(p, [ev('profile-1st', T0 + 100 * DAY + i * DAY)]);
    expect(p.events).toHaveLength(MAX_EVENTS);
    expect(p.evidence).toHaveLength(MAX_EVIDENCE);
    expect(PersonSchema.safeParse(p).success).toBe(true);
    console.log(`person at the list bounds (50 events of 80 chars, 20 evidence): ${personBytes(p)} bytes`);
  });
});

describe('clampPerson', () => {
  it('caps text without splitting a surrogate pair, drops unsafe answer keys, sorts lists', () => {
    expect(cap('ab😀', 3)).toBe('ab');
    expect(cap('abc', 3)).toBe('abc');
    const p = person({
      invite: { at: T0, note: '', templateId: null, templateName: null, answers: JSON.parse('{"constructor":"x","prototype":"y","ok":"z"}'), reason: 'r'.repeat(MAX_REASON + 50), mode: 'note' },
      evidence: [ev('profile-1st', T0 + 10), ev('sent-toast', T0), ev('sent-toast', T0)],
      events: [
        { id: 'b', type: 'note', at: T0 + 5 },
        { id: 'a', type: 'note', at: T0 + 5 },
        { id: 'a', type: 'note', at: T0 + 5, text: 'later write' },
      ],
    });
    const c = clampPerson(p);
    expect(Object.keys(c.invite!.answers)).toEqual(['ok']);
    expect(c.invite!.reason).toHaveLength(MAX_REASON);
    expect(c.evidence.map((e) => e.signal)).toEqual(['sent-toast', 'profile-1st']);
    expect(c.events).toEqual([
      { id: 'a', type: 'note', at: T0 + 5, text: 'later write' },
      { id: 'b', type: 'note', at: T0 + 5 },
    ]);
    expect(PersonSchema.safeParse(c).success).toBe(true);
    expect(JSON.stringify(clampPerson(c))).toBe(JSON.stringify(c));
  });
});
