/**
 * The People list's data: one row per person with what the list shows and filters on, computed
 * once per snapshot of People (5,000 people: a few ms), then filtered and searched per keystroke
 * over precomputed lowercase text. Pure and zod-free: it is part of the People tab's first paint.
 */
import type { Person, PersonState } from '../../core/people/model';
import { dueState, nextFollowUp } from '../../core/people-interim';

export type PeopleFilter = 'due' | 'upcoming' | 'pending' | 'accepted' | 'all';

export const FILTERS: ReadonlyArray<[PeopleFilter, string]> = [
  ['due', 'Due'],
  ['upcoming', 'Coming up'],
  ['pending', 'Pending'],
  ['accepted', 'Accepted'],
  ['all', 'All'],
];

export const STATE_LABEL: Record<PersonState, string> = {
  unconfirmed: 'Sent, not confirmed',
  sent: 'Pending',
  accepted: 'Accepted',
  withdrawn: 'Withdrawn',
  unknown: 'Unknown',
};

export interface PersonRow {
  person: Person;
  due: 'due' | 'upcoming' | 'none';
  /** The next follow-up's local date (YYYY-MM-DD) and what it is, or null. */
  next: { due: string; label: string } | null;
  /** Name, reason, notes and follow-up titles, lowercased without accents, for search. */
  hay: string;
}

export const KIND_LABEL: Record<string, string> = { line: 'Drop them a line', meet: 'Meet', call: 'Call', cadence: 'Keep in touch' };

/** Lowercase, accents stripped: "José" is found by "jose". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function toRow(person: Person, now: number, tz: string): PersonRow {
  const n = nextFollowUp(person, now, tz);
  const parts = [person.fullName, person.vanityName ?? '', person.invite?.reason ?? '', person.invite?.note ?? '', person.howWeMet.text, person.howWeMet.where, person.howWeMet.when];
  for (const f of person.followUps) if (f.title) parts.push(f.title);
  for (const e of person.events) if (e.type === 'note' && e.text) parts.push(e.text);
  return {
    person,
    due: dueState(person, now, tz),
    next: n ? { due: n.due, label: (n.followUp ? n.followUp.title || KIND_LABEL[n.followUp.kind] : KIND_LABEL.cadence) ?? '' } : null,
    hay: fold(parts.join('\n')),
  };
}

export function toRows(people: readonly Person[], now: number, tz: string): PersonRow[] {
  return people.map((p) => toRow(p, now, tz));
}

const PENDING: ReadonlySet<PersonState> = new Set(['sent', 'unconfirmed']);

export function inFilter(r: PersonRow, f: PeopleFilter): boolean {
  switch (f) {
    case 'due':
      return r.due === 'due';
    case 'upcoming':
      return r.due === 'upcoming';
    case 'pending':
      return PENDING.has(r.person.state);
    case 'accepted':
      return r.person.state === 'accepted';
    default:
      return true;
  }
}

const byNext = (a: PersonRow, b: PersonRow) => (a.next?.due ?? '9999') < (b.next?.due ?? '9999') ? -1 : (a.next?.due ?? '9999') > (b.next?.due ?? '9999') ? 1 : 0;
const newest = (k: (p: Person) => number | null | undefined) => (a: PersonRow, b: PersonRow) => (k(b.person) ?? 0) - (k(a.person) ?? 0);

/** The rows a filter and a query show, in the order that filter is read in. */
export function pick(rows: readonly PersonRow[], f: PeopleFilter, query: string): PersonRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out = rows.filter((r) => inFilter(r, f) && words.every((w) => r.hay.includes(w)));
  if (f === 'due' || f === 'upcoming') out.sort((a, b) => byNext(a, b) || a.person.fullName.localeCompare(b.person.fullName));
  else if (f === 'pending') out.sort(newest((p) => p.invite?.at ?? p.createdAt));
  else if (f === 'accepted') out.sort(newest((p) => p.connectedAt ?? p.updatedAt));
  else out.sort(newest((p) => p.updatedAt));
  return out;
}

export function counts(rows: readonly PersonRow[]): Record<PeopleFilter, number> {
  const c: Record<PeopleFilter, number> = { due: 0, upcoming: 0, pending: 0, accepted: 0, all: rows.length };
  for (const r of rows) {
    if (r.due === 'due') c.due++;
    else if (r.due === 'upcoming') c.upcoming++;
    if (PENDING.has(r.person.state)) c.pending++;
    else if (r.person.state === 'accepted') c.accepted++;
  }
  return c;
}

/** "7 Mar 2026" for a local YYYY-MM-DD, in the user's locale, without a time-zone shift. */
export function showDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function showTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
