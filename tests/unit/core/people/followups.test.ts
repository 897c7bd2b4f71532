import { describe, expect, it } from 'vitest';

import { addDays, localNoon } from '../../../../src/core/people/dates';
import {
  CADENCE_ID,
  addFollowUp,
  agenda,
  cadenceDue,
  completeFollowUp,
  dueCount,
  dueState,
  followUpTitle,
  logContact,
  nextFollowUp,
  removeFollowUp,
  setCadence,
  snoozeFollowUp,
} from '../../../../src/core/people/followups';
import { MAX_FOLLOW_UPS, PersonSchema, type Person } from '../../../../src/core/people/model';
import { T0, person } from './_fixtures';

const H = 3_600_000;
const ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/Berlin', 'UTC'] as const;

const withFollowUp = (p: Person, due: string, id = 'f1', kind: 'line' | 'meet' | 'call' = 'line') => addFollowUp(p, { id, kind, due, createdAt: T0 });

describe('one-off follow-ups and dueState, per time zone', () => {
  it.each(ZONES)('%s: due on the local date, upcoming within 7 days, none beyond', (zone) => {
    // "now" is local noon on 2026-12-07 in each zone.
    const now = localNoon('2026-12-07', zone);
    const p = withFollowUp(person(), '2026-12-07');
    expect(dueState(p, now, zone)).toBe('due');
    expect(nextFollowUp(p, now, zone)).toEqual({ id: 'f1', kind: 'line', due: '2026-12-07', title: null, overdueDays: 0 });
    expect(dueState(withFollowUp(person(), '2026-12-01'), now, zone)).toBe('due');
    expect(nextFollowUp(withFollowUp(person(), '2026-12-01'), now, zone)!.overdueDays).toBe(6);
    expect(dueState(withFollowUp(person(), '2026-12-08'), now, zone)).toBe('upcoming');
    expect(dueState(withFollowUp(person(), '2026-12-14'), now, zone)).toBe('upcoming');
    expect(dueState(withFollowUp(person(), '2026-12-15'), now, zone)).toBe('none');
    expect(dueState(person(), now, zone)).toBe('none');
  });

  it('the same instant is a different "today" in Auckland and Los Angeles', () => {
    const p = withFollowUp(person(), '2026-12-08');
    const now = Date.UTC(2026, 11, 7, 11, 30); // Auckland: 8th 00:30; LA: 7th 03:30; Berlin: 7th 12:30
    expect(dueState(p, now, 'Pacific/Auckland')).toBe('due');
    expect(dueState(p, now, 'America/Los_Angeles')).toBe('upcoming');
    expect(dueState(p, now, 'Europe/Berlin')).toBe('upcoming');
    expect(dueState(p, now, 'UTC')).toBe('upcoming');
    expect(dueCount([p, person({ id: 'v:x' })], now, 'Pacific/Auckland')).toBe(1);
    expect(dueCount([p], now, 'UTC')).toBe(0);
  });

  it('ignores done follow-ups, and picks the earliest open one', () => {
    let p = withFollowUp(person(), '2026-12-20', 'a', 'meet');
    p = withFollowUp(p, '2026-12-10', 'b', 'call');
    expect(nextFollowUp(p, T0, 'UTC')!.id).toBe('b');
    p = completeFollowUp(p, 'b', T0, 'UTC');
    expect(nextFollowUp(p, T0, 'UTC')!.id).toBe('a');
    expect(followUpTitle(nextFollowUp(p, T0, 'UTC')!)).toBe('Meet');
  });

  it('rejects a bad kind, a bad date or a duplicate id; keeps open follow-ups when full', () => {
    const p = person();
    expect(addFollowUp(p, { id: 'x', kind: 'coffee' as never, due: '2026-12-08', createdAt: T0 })).toBe(p);
    expect(addFollowUp(p, { id: 'x', kind: 'meet', due: '2026-02-30', createdAt: T0 })).toBe(p);
    const one = withFollowUp(p, '2026-12-08', 'x');
    expect(withFollowUp(one, '2026-12-09', 'x')).toBe(one);
    let full = p;
    for (let i = 0; i < MAX_FOLLOW_UPS; i++) full = withFollowUp(full, '2026-12-08', `f${i}`);
    expect(withFollowUp(full, '2026-12-09', 'extra')).toBe(full);
    full = completeFollowUp(full, 'f3', T0, 'UTC');
    const after = withFollowUp(full, '2026-12-09', 'extra');
    expect(after.followUps).toHaveLength(MAX_FOLLOW_UPS);
    expect(after.followUps.some((f) => f.id === 'f3')).toBe(false);
    expect(removeFollowUp(after, 'extra', T0).followUps.some((f) => f.id === 'extra')).toBe(false);
  });

  it('keeps a trimmed title', () => {
    const p = addFollowUp(person(), { id: 'm', kind: 'meet', due: '2026-12-09', title: '  Coffee at Bonanza  ', createdAt: T0 });
    expect(p.followUps[0]!.title).toBe('Coffee at Bonanza');
    expect(PersonSchema.safeParse(p).success).toBe(true);
  });
});

describe('cadence', () => {
  it.each(ZONES)('%s: counts N weeks in calendar days from the last contact, reset by any contact', (zone) => {
    let p = setCadence(person({ connectedAt: localNoon('2026-12-01', zone) }), 2, T0);
    expect(cadenceDue(p, zone)).toBe('2026-12-15');
    expect(dueState(p, localNoon('2026-12-15', zone), zone)).toBe('due');
    expect(dueState(p, localNoon('2026-12-14', zone), zone)).toBe('upcoming');
    for (const type of ['message-sent', 'reply-sent', 'reason-sent', 'follow-up-done'] as const) {
      const q = logContact(p, { type, at: localNoon('2026-12-10', zone) }, zone);
      expect(cadenceDue(q, zone)).toBe('2026-12-24');
      expect(q.lastContactAt).toBe(localNoon('2026-12-10', zone));
    }
    p = completeFollowUp(p, CADENCE_ID, localNoon('2026-12-16', zone), zone);
    expect(cadenceDue(p, zone)).toBe('2026-12-30');
    expect(p.events.at(-1)).toMatchObject({ type: 'follow-up-done', text: 'Keep in touch' });
  });

  it.each([
    // Late-evening contacts just before the clocks change: adding 14×24 h would land on the wrong day.
    ['America/Los_Angeles', '2026-03-01T23:30:00-08:00', 2, '2026-03-15'], // spring forward on 03-08
    ['America/Los_Angeles', '2026-10-25T00:30:00-07:00', 1, '2026-11-01'], // fall back on 11-01
    ['Europe/Berlin', '2026-03-22T23:30:00+01:00', 1, '2026-03-29'],
    ['Europe/Berlin', '2026-10-18T00:15:00+02:00', 1, '2026-10-25'],
    ['Pacific/Auckland', '2026-03-29T23:45:00+13:00', 1, '2026-04-05'], // NZ DST ends 04-05
    ['Pacific/Auckland', '2026-09-20T00:10:00+12:00', 1, '2026-09-27'], // NZ DST starts 09-27
  ])('%s: contact at %s + %d weeks is due %s (DST in between)', (zone, iso, weeks, want) => {
    const at = Date.parse(iso);
    const p = logContact(setCadence(person(), weeks, T0), { type: 'message-sent', at }, zone);
    expect(cadenceDue(p, zone)).toBe(want);
    // Due from the first minute of that local day, not a minute earlier.
    const start = localNoon(want, zone) - 12 * H;
    expect(dueState(p, start + 2 * H, zone)).toBe('due');
    expect(dueState(p, localNoon(addDays(want, -1), zone) + 11 * H, zone)).toBe('upcoming');
  });

  it('falls back to the invitation, then to when they were added', () => {
    const p = setCadence(person({ createdAt: Date.UTC(2026, 0, 1, 12) }), 1, T0);
    expect(cadenceDue(p, 'UTC')).toBe('2026-01-08');
    const q = { ...p, invite: { at: Date.UTC(2026, 0, 3, 12), note: '', templateId: null, templateName: null, answers: {}, reason: '', mode: 'note' as const } };
    expect(cadenceDue(q, 'UTC')).toBe('2026-01-10');
  });

  it('accepts 1…104 whole weeks or null, nothing else', () => {
    const p = person();
    for (const bad of [0, -1, 1.5, 105, NaN]) expect(setCadence(p, bad, T0)).toBe(p);
    expect(setCadence(p, 104, T0).cadenceWeeks).toBe(104);
    expect(setCadence(setCadence(p, 4, T0), null, T0).cadenceWeeks).toBeNull();
    expect(cadenceDue(p, 'UTC')).toBeNull();
  });
});

describe('logContact', () => {
  it('a message completes due "line" follow-ups, but not later ones or meetings', () => {
    let p = withFollowUp(person(), '2026-12-06', 'due-line');
    p = withFollowUp(p, '2026-12-20', 'later-line');
    p = withFollowUp(p, '2026-12-01', 'due-meet', 'meet');
    const at = Date.UTC(2026, 11, 7, 12);
    p = logContact(p, { type: 'message-sent', at, text: 'Thanks for connecting…' }, 'UTC');
    expect(p.followUps.map((f) => [f.id, f.doneAt])).toEqual([
      ['due-line', at],
      ['later-line', null],
      ['due-meet', null],
    ]);
    expect(p.events).toEqual([{ id: `message-sent-${at}`, type: 'message-sent', at, text: 'Thanks for connecting…' }]);
  });

  it('is idempotent for the same contact, never moves lastContactAt back, and rejects other types', () => {
    const p = logContact(person(), { type: 'reply-sent', at: T0 }, 'UTC');
    const again = logContact(p, { type: 'reply-sent', at: T0 }, 'UTC');
    expect(again.events).toHaveLength(1);
    expect(logContact(p, { type: 'message-sent', at: T0 - 1000 }, 'UTC').lastContactAt).toBe(T0);
    expect(logContact(p, { type: 'accepted' as never, at: T0 }, 'UTC')).toBe(p);
    expect(logContact(p, { type: 'message-sent', at: -1 }, 'UTC')).toBe(p);
  });

  it('clears a cadence snooze', () => {
    let p = setCadence(person({ connectedAt: Date.UTC(2026, 11, 1, 12) }), 1, T0);
    p = snoozeFollowUp(p, CADENCE_ID, { days: 3 }, Date.UTC(2026, 11, 9, 12), 'UTC');
    expect(p.cadenceSnoozedUntil).toBe('2026-12-12');
    p = logContact(p, { type: 'message-sent', at: Date.UTC(2026, 11, 10, 12) }, 'UTC');
    expect(p.cadenceSnoozedUntil).toBeUndefined();
    expect(cadenceDue(p, 'UTC')).toBe('2026-12-17');
  });
});

describe('snooze and done: one action each', () => {
  const now = Date.UTC(2026, 11, 7, 12);
  it('snoozes by N days from today when overdue, from the due date when ahead', () => {
    const overdue = withFollowUp(person(), '2026-12-01');
    expect(snoozeFollowUp(overdue, 'f1', { days: 3 }, now, 'UTC').followUps[0]!.due).toBe('2026-12-10');
    const ahead = withFollowUp(person(), '2026-12-09');
    expect(snoozeFollowUp(ahead, 'f1', { days: 3 }, now, 'UTC').followUps[0]!.due).toBe('2026-12-12');
  });

  it('snoozes to a later date; never earlier, never to the past; not when done; not an unknown id', () => {
    const p = withFollowUp(person(), '2026-12-09');
    expect(snoozeFollowUp(p, 'f1', { date: '2026-12-24' }, now, 'UTC').followUps[0]!.due).toBe('2026-12-24');
    expect(snoozeFollowUp(p, 'f1', { date: '2026-12-08' }, now, 'UTC')).toBe(p);
    expect(snoozeFollowUp(withFollowUp(person(), '2026-12-01'), 'f1', { date: '2026-12-07' }, now, 'UTC').followUps[0]!.due).toBe('2026-12-01');
    expect(snoozeFollowUp(p, 'f1', { date: '2026-02-30' }, now, 'UTC')).toBe(p);
    expect(snoozeFollowUp(p, 'f1', { days: 0 }, now, 'UTC')).toBe(p);
    expect(snoozeFollowUp(p, 'nope', { days: 1 }, now, 'UTC')).toBe(p);
    const done = completeFollowUp(p, 'f1', now, 'UTC');
    expect(snoozeFollowUp(done, 'f1', { days: 1 }, now, 'UTC')).toBe(done);
    expect(snoozeFollowUp(person(), CADENCE_ID, { days: 1 }, now, 'UTC')).toEqual(person());
  });

  it('snoozing in Auckland counts from the Auckland date', () => {
    const p = withFollowUp(person(), '2026-12-01');
    const instant = Date.UTC(2026, 11, 7, 11, 30); // 8th in Auckland, 7th in LA
    expect(snoozeFollowUp(p, 'f1', { days: 1 }, instant, 'Pacific/Auckland').followUps[0]!.due).toBe('2026-12-09');
    expect(snoozeFollowUp(p, 'f1', { days: 1 }, instant, 'America/Los_Angeles').followUps[0]!.due).toBe('2026-12-08');
  });

  it('done marks it, logs one event, resets the cadence, and twice is once', () => {
    let p = setCadence(withFollowUp(person({ connectedAt: Date.UTC(2026, 10, 1, 12) }), '2026-12-05', 'f1', 'call'), 2, T0);
    expect(dueState(p, now, 'UTC')).toBe('due');
    p = completeFollowUp(p, 'f1', now, 'UTC');
    expect(p.followUps[0]!.doneAt).toBe(now);
    expect(p.lastContactAt).toBe(now);
    expect(dueState(p, now, 'UTC')).toBe('none');
    expect(cadenceDue(p, 'UTC')).toBe('2026-12-21');
    expect(completeFollowUp(p, 'f1', now + 5, 'UTC')).toBe(p);
    expect(p.events.filter((e) => e.type === 'follow-up-done')).toHaveLength(1);
    expect(p.updatedAt).toBe(now);
    expect(PersonSchema.safeParse(p).success).toBe(true);
  });
});

describe('agenda', () => {
  it('lists Due (most overdue first) and Coming up (soonest first), stable by name', () => {
    const now = Date.UTC(2026, 11, 7, 12);
    const mk = (name: string, due: string) => withFollowUp(person({ id: `n:${name}`, fullName: name }), due);
    const people = [mk('Zoe', '2026-12-07'), mk('Adam', '2026-12-07'), mk('Old', '2026-11-01'), mk('Soon', '2026-12-09'), mk('Far', '2027-01-01'), person()];
    const a = agenda(people, now, 'UTC');
    expect(a.due.map((i) => i.person.fullName)).toEqual(['Old', 'Adam', 'Zoe']);
    expect(a.comingUp.map((i) => i.person.fullName)).toEqual(['Soon']);
    expect(dueCount(people, now, 'UTC')).toBe(3);
  });
});
