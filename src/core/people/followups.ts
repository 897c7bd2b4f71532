/**
 * Follow-ups that cannot be lost (issue 10 §3): one-off follow-ups with a due local date, an optional
 * "keep in touch every N weeks" cadence, and the arithmetic behind "Due", "Coming up" and the badge.
 *
 * - Due dates are the user's local calendar dates (dates.ts); "today" is computed from `now` and the
 *   time zone at the moment of asking, so nothing shifts with travel or DST.
 * - The cadence counts from the last logged contact (else the connection, else the invitation, else
 *   when they were added). ANY logged contact resets it: a message sent with our composer help, a reply
 *   to their blank invite, the kept reason sent, a follow-up marked done (the complaint about Monica was
 *   exactly that "done" did not reset it).
 * - A message sent to them also completes their "drop them a line" follow-ups that are already due:
 *   a reminder that ignores the contact you just made is noise.
 * - Snooze and done are one call each, for a one-off follow-up (by id) or the cadence (CADENCE_ID).
 *   Snoozing never moves a reminder earlier; done twice is done once.
 * - Every function returns a new Person (or the same object when nothing changes) and bumps updatedAt.
 */
import { addDays, daysBetween, isLocalDate, localDate, type LocalDate } from './dates';
import { FOLLOW_UP_KINDS, MAX_EVENT_TEXT, MAX_FOLLOW_UP_TITLE, MAX_FOLLOW_UPS, MAX_CADENCE_WEEKS, type FollowUp, type FollowUpKind, type Person, type PersonEventType } from './model';
import { addEvent, eventId } from './state';

/** The id that names the cadence reminder in snoozeFollowUp/completeFollowUp and NextFollowUp. */
export const CADENCE_ID = 'cadence';
/** "Coming up" looks this many days ahead (today excluded: today is already "Due"). */
export const COMING_UP_DAYS = 7;

export const CONTACT_TYPES = ['message-sent', 'reply-sent', 'reason-sent', 'follow-up-done'] as const satisfies readonly PersonEventType[];
export type ContactType = (typeof CONTACT_TYPES)[number];
const MESSAGE_TYPES: ReadonlySet<string> = new Set<ContactType>(['message-sent', 'reply-sent', 'reason-sent']);

export interface Contact {
  type: ContactType;
  at: number;
  text?: string;
  /** Defaults to `<type>-<at>`, so the same contact logged twice is one event. */
  id?: string;
}

export type DueState = 'due' | 'upcoming' | 'none';

export interface NextFollowUp {
  /** The follow-up's id, or CADENCE_ID. */
  id: string;
  kind: FollowUpKind | 'cadence';
  due: LocalDate;
  title: string | null;
  /** Days past due (0 = due today); negative when it is still ahead. */
  overdueDays: number;
}

export interface AgendaItem {
  person: Person;
  next: NextFollowUp;
}

export type SnoozeTarget = { date: LocalDate } | { days: number };

const KIND_TITLES: Record<FollowUpKind | 'cadence', string> = {
  line: 'Drop them a line',
  meet: 'Meet',
  call: 'Call',
  cadence: 'Keep in touch',
};

/** A title for display: the user's own, or the kind's. */
export function followUpTitle(next: Pick<NextFollowUp, 'kind' | 'title'>): string {
  return next.title || KIND_TITLES[next.kind];
}

const touch = (p: Person, now: number): Person => ({ ...p, updatedAt: Math.max(p.updatedAt, now) });

/**
 * Logs a contact: adds the event, moves lastContactAt (never backwards), clears a cadence snooze, and
 * for a message completes the "line" follow-ups due by the contact's local date.
 */
export function logContact(person: Person, contact: Contact, timeZone: string): Person {
  if (!(CONTACT_TYPES as readonly string[]).includes(contact.type) || !Number.isSafeInteger(contact.at) || contact.at < 0) return person;
  const id = contact.id ?? eventId(contact.type, contact.at);
  const text = contact.text?.slice(0, MAX_EVENT_TEXT);
  const events = addEvent(person.events, { id, type: contact.type, at: contact.at, ...(text ? { text } : {}) });
  const next: Person = touch({ ...person, events, lastContactAt: Math.max(person.lastContactAt ?? 0, contact.at) }, contact.at);
  delete next.cadenceSnoozedUntil;
  if (MESSAGE_TYPES.has(contact.type)) {
    const day = localDate(contact.at, timeZone);
    next.followUps = person.followUps.map((f) => (f.kind === 'line' && f.doneAt === null && f.due <= day ? { ...f, doneAt: contact.at } : f));
  }
  return next;
}

export interface NewFollowUp {
  kind: FollowUpKind;
  due: LocalDate;
  title?: string;
  id: string;
  createdAt: number;
}

/** Adds a one-off follow-up. Invalid input (unknown kind, not a date) changes nothing. */
export function addFollowUp(person: Person, input: NewFollowUp): Person {
  if (!(FOLLOW_UP_KINDS as readonly string[]).includes(input.kind) || !isLocalDate(input.due) || !input.id) return person;
  if (person.followUps.some((f) => f.id === input.id)) return person;
  const title = input.title?.trim().slice(0, MAX_FOLLOW_UP_TITLE);
  const f: FollowUp = { id: input.id, kind: input.kind, due: input.due, ...(title ? { title } : {}), doneAt: null, createdAt: input.createdAt };
  let followUps = [...person.followUps, f];
  // Bounded: the oldest completed ones go first; open ones are never dropped to make room.
  while (followUps.length > MAX_FOLLOW_UPS) {
    const i = followUps.findIndex((x) => x.doneAt !== null);
    if (i < 0) return person;
    followUps = followUps.filter((_, k) => k !== i);
  }
  return touch({ ...person, followUps }, input.createdAt);
}

export function removeFollowUp(person: Person, id: string, now: number): Person {
  if (!person.followUps.some((f) => f.id === id)) return person;
  return touch({ ...person, followUps: person.followUps.filter((f) => f.id !== id) }, now);
}

/** Sets or clears ("null") the cadence, in whole weeks 1…104. Other values change nothing. */
export function setCadence(person: Person, weeks: number | null, now: number): Person {
  if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_CADENCE_WEEKS)) return person;
  if (person.cadenceWeeks === weeks) return person;
  const next = touch({ ...person, cadenceWeeks: weeks }, now);
  delete next.cadenceSnoozedUntil;
  return next;
}

/** When the cadence reminder falls due, or null without a cadence. */
export function cadenceDue(person: Person, timeZone: string): LocalDate | null {
  if (!person.cadenceWeeks) return null;
  const base = person.lastContactAt ?? person.connectedAt ?? person.invite?.at ?? person.createdAt;
  const due = addDays(localDate(base, timeZone), person.cadenceWeeks * 7);
  const snoozed = person.cadenceSnoozedUntil;
  return snoozed && isLocalDate(snoozed) && snoozed > due ? snoozed : due;
}

/** The earliest open reminder (one-off or cadence), with how overdue it is today. */
export function nextFollowUp(person: Person, now: number, timeZone: string): NextFollowUp | null {
  const today = localDate(now, timeZone);
  let best: NextFollowUp | null = null;
  const consider = (n: Omit<NextFollowUp, 'overdueDays'>) => {
    if (!best || n.due < best.due || (n.due === best.due && n.id < best.id)) best = { ...n, overdueDays: daysBetween(n.due, today) };
  };
  for (const f of person.followUps) if (f.doneAt === null && isLocalDate(f.due)) consider({ id: f.id, kind: f.kind, due: f.due, title: f.title ?? null });
  const cadence = cadenceDue(person, timeZone);
  if (cadence) consider({ id: CADENCE_ID, kind: 'cadence', due: cadence, title: null });
  return best;
}

/** 'due' when the next reminder is today or past; 'upcoming' within COMING_UP_DAYS; else 'none'. */
export function dueState(person: Person, now: number, timeZone: string): DueState {
  const next = nextFollowUp(person, now, timeZone);
  if (!next) return 'none';
  if (next.overdueDays >= 0) return 'due';
  return -next.overdueDays <= COMING_UP_DAYS ? 'upcoming' : 'none';
}

/** How many people have something due (the toolbar badge). */
export function dueCount(people: readonly Person[], now: number, timeZone: string): number {
  let n = 0;
  for (const p of people) if (dueState(p, now, timeZone) === 'due') n++;
  return n;
}

/**
 * "Due" (most overdue first) and "Coming up" (soonest first) for the People view; ties by name so
 * the order is stable between renders.
 */
export function agenda(people: readonly Person[], now: number, timeZone: string): { due: AgendaItem[]; comingUp: AgendaItem[] } {
  const due: AgendaItem[] = [];
  const comingUp: AgendaItem[] = [];
  for (const person of people) {
    const next = nextFollowUp(person, now, timeZone);
    if (!next) continue;
    if (next.overdueDays >= 0) due.push({ person, next });
    else if (-next.overdueDays <= COMING_UP_DAYS) comingUp.push({ person, next });
  }
  const order = (a: AgendaItem, b: AgendaItem) =>
    (a.next.due < b.next.due ? -1 : a.next.due > b.next.due ? 1 : 0) || a.person.fullName.localeCompare(b.person.fullName) || (a.person.id < b.person.id ? -1 : 1);
  return { due: due.sort(order), comingUp: comingUp.sort(order) };
}

function snoozedDate(current: LocalDate, target: SnoozeTarget, today: LocalDate): LocalDate | null {
  if ('date' in target) return isLocalDate(target.date) && target.date > today && target.date > current ? target.date : null;
  if (!Number.isInteger(target.days) || target.days < 1 || target.days > 3660) return null;
  return addDays(current > today ? current : today, target.days);
}

/**
 * Snoozes a follow-up (by id) or the cadence (CADENCE_ID): to a later date, or by N days counted from
 * today or from its due date, whichever is later. A date not after today and the current due date, a
 * done follow-up, or an unknown id change nothing.
 */
export function snoozeFollowUp(person: Person, id: string, target: SnoozeTarget, now: number, timeZone: string): Person {
  const today = localDate(now, timeZone);
  if (id === CADENCE_ID) {
    const current = cadenceDue(person, timeZone);
    const to = current && snoozedDate(current, target, today);
    return to ? touch({ ...person, cadenceSnoozedUntil: to }, now) : person;
  }
  const f = person.followUps.find((x) => x.id === id);
  const to = f && f.doneAt === null ? snoozedDate(f.due, target, today) : null;
  if (!f || !to) return person;
  return touch({ ...person, followUps: person.followUps.map((x) => (x.id === id ? { ...x, due: to } : x)) }, now);
}

/**
 * Marks a follow-up done (or the cadence: "kept in touch"): logs a 'follow-up-done' contact, which
 * resets the cadence. Done twice is done once.
 */
export function completeFollowUp(person: Person, id: string, now: number, timeZone: string): Person {
  if (id === CADENCE_ID) {
    if (!person.cadenceWeeks) return person;
    return logContact(person, { type: 'follow-up-done', at: now, text: KIND_TITLES.cadence, id: `follow-up-done-${CADENCE_ID}-${now}` }, timeZone);
  }
  const f = person.followUps.find((x) => x.id === id);
  if (!f || f.doneAt !== null) return person;
  const done = { ...person, followUps: person.followUps.map((x) => (x.id === id ? { ...x, doneAt: now } : x)) };
  return logContact(done, { type: 'follow-up-done', at: now, text: f.title || KIND_TITLES[f.kind], id: `follow-up-done-${id}` }, timeZone);
}
