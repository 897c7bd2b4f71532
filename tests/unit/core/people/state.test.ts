import { describe, expect, it } from 'vitest';

import { PERSON_STATES, PersonSchema, SIGNALS, MAX_EVIDENCE, MAX_EVENTS, type PersonState, type Signal } from '../../../../src/core/people/model';
import { DEDUPE_WINDOW_MS, SIGNAL_LABELS, addEvent, applyAll, applyEvidence, nextState } from '../../../../src/core/people/state';
import { T0, ev, inState, person } from './_fixtures';

// The whole table, written out by hand (not derived from TRANSITIONS) so a change to the machine must
// be made twice, on purpose. Columns: unconfirmed, sent, accepted, withdrawn, unknown.
const U = 'unconfirmed', S = 'sent', A = 'accepted', W = 'withdrawn', K = 'unknown';
const TABLE: Record<Exclude<Signal, 'user'>, [PersonState, PersonState, PersonState, PersonState, PersonState]> = {
  'send-pressed':          [U, S, U, U, U],
  'sent-toast':            [S, S, S, S, S],
  'pending-shown':         [S, S, S, S, S],
  'sent-list-listed':      [S, S, S, S, S],
  'sent-list-absent':      [K, K, A, W, K],
  'profile-1st':           [A, A, A, A, A],
  'profile-not-connected': [K, W, K, W, K],
  'connections-list':      [A, A, A, A, A],
  'notification-accepted': [U, S, A, W, K],
  withdrawn:               [W, W, W, W, W],
  'connections-csv':       [A, A, A, A, A],
  'invitation-received':   [U, S, A, W, K],
};
const EVENT_FOR: Partial<Record<PersonState, string>> = { unconfirmed: 'invited', sent: 'confirmed', accepted: 'accepted', withdrawn: 'withdrawn' };

const pairs = (Object.keys(TABLE) as (keyof typeof TABLE)[]).flatMap((signal) =>
  PERSON_STATES.map((from, i) => [from, signal, TABLE[signal][i]!] as const),
);

describe('applyEvidence: every (state, signal) pair', () => {
  it('the table covers every signal but "user" and every state', () => {
    expect(Object.keys(TABLE).sort()).toEqual(SIGNALS.filter((s) => s !== 'user').sort());
    expect(pairs).toHaveLength((SIGNALS.length - 1) * PERSON_STATES.length);
  });

  it.each(pairs)('%s + %s → %s, with the evidence kept', (from, signal, to) => {
    const before = inState(from, { evidence: [ev('send-pressed', T0 - 1000)] });
    const e = ev(signal, T0, '/in/jane-doe/', 'seen');
    const after = applyEvidence(before, e);
    expect(after.state).toBe(to);
    expect(nextState(from, e)).toBe(to);
    expect(after.evidence.at(-1)).toEqual(e);
    expect(after.evidence).toHaveLength(2);
    expect(after.updatedAt).toBe(Math.max(before.updatedAt, T0));
    expect(PersonSchema.safeParse(after).success).toBe(true);
    if (to !== from && EVENT_FOR[to]) {
      expect(after.events).toEqual([{ id: `${EVENT_FOR[to]}-${T0}`, type: EVENT_FOR[to], at: T0 }]);
      expect(SIGNAL_LABELS[signal]).toBeTruthy();
    } else {
      expect(after.events).toEqual([]);
    }
    expect(before.state).toBe(from); // never mutated
    expect(before.evidence).toHaveLength(1);
  });

  it.each(PERSON_STATES.flatMap((from) => PERSON_STATES.map((to) => [from, to] as const)))('user: %s → %s when the detail names the state', (from, to) => {
    expect(applyEvidence(inState(from), ev('user', T0, 'popup', to)).state).toBe(to);
  });

  it.each(PERSON_STATES)('user with an unknown or missing detail leaves %s as is (but records it)', (from) => {
    const a = applyEvidence(inState(from), ev('user', T0, 'popup', 'friends'));
    expect(a.state).toBe(from);
    expect(a.evidence).toHaveLength(1);
    expect(applyEvidence(inState(from), ev('user', T0 + 1, 'popup')).state).toBe(from);
  });
});

describe('applyEvidence: fail-safe and honest', () => {
  it.each([
    ['an unknown signal', { signal: 'profile-2nd', at: T0, where: '/in/x/' }],
    ['a negative time', { signal: 'profile-1st', at: -5, where: '/in/x/' }],
    ['a fractional time', { signal: 'profile-1st', at: 1.5, where: '/in/x/' }],
    ['a missing where', { signal: 'profile-1st', at: T0 }],
    ['not an object', null],
    ['an over-long detail', { signal: 'profile-1st', at: T0, where: '/in/x/', detail: 'x'.repeat(5000) }],
  ])('%s changes nothing (same object back)', (_name, bad) => {
    const p = inState('sent');
    expect(applyEvidence(p, bad as never)).toBe(p);
  });

  it('a notification alone never makes accepted, however many', () => {
    let p = inState('sent');
    for (let i = 0; i < 5; i++) p = applyEvidence(p, ev('notification-accepted', T0 + i * DEDUPE_WINDOW_MS * 2, '/notifications/'));
    expect(p.state).toBe('sent');
    expect(p.evidence.map((e) => e.signal)).toEqual(Array(5).fill('notification-accepted'));
    // Nor with the Sent-list absence: two weak signals are still not the profile.
    p = applyEvidence(p, ev('sent-list-absent', T0 + DEDUPE_WINDOW_MS * 20, '/mynetwork/invitation-manager/sent/'));
    expect(p.state).toBe('unknown');
    p = applyEvidence(p, ev('profile-1st', T0 + DEDUPE_WINDOW_MS * 21));
    expect(p.state).toBe('accepted');
  });

  it('records when they were first seen connected, and keeps that date', () => {
    let p = applyEvidence(inState('sent'), ev('profile-1st', T0));
    expect(p.connectedAt).toBe(T0);
    p = applyEvidence(p, ev('connections-list', T0 + DEDUPE_WINDOW_MS * 3, '/mynetwork/invite-connect/connections/'));
    expect(p.connectedAt).toBe(T0);
  });

  it('drops a repeat of the same signal and place within the window, returning the same object', () => {
    const p = applyEvidence(inState('sent'), ev('profile-1st', T0));
    expect(applyEvidence(p, ev('profile-1st', T0 + DEDUPE_WINDOW_MS - 1))).toBe(p);
    // Another place, another detail or past the window is new evidence.
    expect(applyEvidence(p, ev('profile-1st', T0 + 10, '/in/jane-doe/overlay/'))).not.toBe(p);
    expect(applyEvidence(p, ev('profile-1st', T0 + 10, '/in/jane-doe/', 'sticky header'))).not.toBe(p);
    expect(applyEvidence(p, ev('profile-1st', T0 + DEDUPE_WINDOW_MS)).evidence).toHaveLength(2);
  });

  it('records a repeat that would change the state (it happened again, after something else)', () => {
    let p = applyEvidence(inState('sent'), ev('profile-1st', T0));
    p = applyEvidence(p, ev('user', T0 + 1000, 'popup', 'sent'));
    p = applyEvidence(p, ev('profile-1st', T0 + 2000));
    expect(p.state).toBe('accepted');
    expect(p.evidence.map((e) => e.signal)).toEqual(['profile-1st', 'user', 'profile-1st']);
  });

  it('late evidence is recorded in time order but never rewinds the state', () => {
    let p = applyEvidence(inState('sent'), ev('profile-1st', T0));
    p = applyEvidence(p, ev('pending-shown', T0 - 60_000));
    expect(p.state).toBe('accepted');
    expect(p.evidence.map((e) => e.signal)).toEqual(['pending-shown', 'profile-1st']);
    // A hint recorded later does not make older real evidence "late".
    p = applyEvidence(inState('sent'), ev('notification-accepted', T0 + 5000, '/notifications/'));
    p = applyEvidence(p, ev('profile-1st', T0));
    expect(p.state).toBe('accepted');
  });

  it('their invitation to the user never changes the state, nor makes older evidence late', () => {
    for (const from of PERSON_STATES) {
      const p = applyEvidence(inState(from), ev('invitation-received', T0, '/mynetwork/invitation-manager/'));
      expect(p.state).toBe(from);
      expect(p.events).toEqual([]);
      expect(SIGNAL_LABELS['invitation-received']).toBe('They invited you to connect');
    }
    // Seen at their card, then a profile visit from before it ingested late: still applies.
    let p = applyEvidence(inState('unknown'), ev('invitation-received', T0 + 5000, '/mynetwork/invitation-manager/'));
    p = applyEvidence(p, ev('profile-1st', T0));
    expect(p.state).toBe('accepted');
  });

  it('the story of an invite: pressed, confirmed, accepted, with one event each', () => {
    const p = applyAll(person(), [
      ev('send-pressed', T0),
      ev('sent-toast', T0 + 1500, '/in/jane-doe/'),
      ev('pending-shown', T0 + 3000),
      ev('sent-list-listed', T0 + 86_400_000, '/mynetwork/invitation-manager/sent/'),
      ev('profile-1st', T0 + 5 * 86_400_000),
    ]);
    expect(p.state).toBe('accepted');
    expect(p.events.map((e) => e.type)).toEqual(['invited', 'confirmed', 'accepted']);
    expect(p.evidence).toHaveLength(5);
  });

  it('bounds evidence to MAX_EVIDENCE, newest last, keeping the latest of each signal', () => {
    let p = applyEvidence(inState('sent'), ev('pending-shown', T0));
    for (let i = 1; i <= 40; i++) p = applyEvidence(p, ev('notification-accepted', T0 + i * DEDUPE_WINDOW_MS, `/notifications/${i}`));
    expect(p.evidence).toHaveLength(MAX_EVIDENCE);
    expect(p.evidence[0]!.signal).toBe('pending-shown');
    expect(p.evidence.at(-1)!.where).toBe('/notifications/40');
    const times = p.evidence.map((e) => e.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('bounds events to MAX_EVENTS, keeping the first invitation and acceptances', () => {
    let events = addEvent([], { id: 'invited-1', type: 'invited', at: 1 });
    events = addEvent(events, { id: 'accepted-2', type: 'accepted', at: 2 });
    for (let i = 0; i < 80; i++) events = addEvent(events, { id: `n${i}`, type: 'note', at: 10 + i });
    expect(events).toHaveLength(MAX_EVENTS);
    expect(events.slice(0, 2).map((e) => e.id)).toEqual(['invited-1', 'accepted-2']);
    expect(events.at(-1)!.id).toBe('n79');
    expect(addEvent(events, { id: 'n79', type: 'note', at: 99 })).toEqual(events);
  });
});
