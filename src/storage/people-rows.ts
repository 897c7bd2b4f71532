/**
 * The People list's read model: one row per person with what the list shows, sorts, filters and
 * searches on, built from People index tuples (people-index.ts) or, in the popup's second chunk,
 * from full records; the filters and their orders; the counts. Pure and zod-free: the popup's first
 * paint uses it, and so does the worker, which stores the first screen of the list beside the index
 * (people-head.ts) so the People tab can paint it without reading 5,000 rows (issue 10 budget).
 */
import type { PersonState } from '../core/people/model';
import { addDays } from '../core/people/dates';
import type { IndexRow } from './people-index';

export type PeopleFilter = 'due' | 'upcoming' | 'pending' | 'accepted' | 'all';

/** "Coming up": a follow-up within this many days after today (core's COMING_UP_DAYS; a unit test keeps them equal). */
export const UPCOMING_DAYS = 7;

/** What the list shows, sorts, filters and searches on: from the index at first, then from the records. */
export interface PersonRow {
  id: string;
  name: string;
  vanity: string | null;
  state: PersonState;
  why: string;
  /** The next follow-up's local date (YYYY-MM-DD) and what it is, or null. */
  next: { due: string; label: string } | null;
  due: 'due' | 'upcoming' | 'none';
  invitedAt: number | null;
  connectedAt: number | null;
  updatedAt: number;
  /** Name, reason, notes and follow-up titles, lowercased without accents, for search. */
  readonly hay: string;
}

/** Lowercase, accents stripped: "José" is found by "jose". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function dueOf(nextDue: string | null, today: string, soon: string): PersonRow['due'] {
  if (nextDue === null) return 'none';
  return nextDue <= today ? 'due' : nextDue <= soon ? 'upcoming' : 'none';
}

/**
 * A row whose search text is folded on first use: folding (NFD, strip marks) 5,000 rows took a
 * large share of the People tab's first paint, and no search runs before the user types.
 */
class Row implements PersonRow {
  readonly next: PersonRow['next'];
  readonly due: PersonRow['due'];
  readonly id: string;
  readonly name: string;
  readonly vanity: string | null;
  readonly state: PersonState;
  readonly why: string;
  readonly invitedAt: number | null;
  readonly connectedAt: number | null;
  readonly updatedAt: number;
  #text: string;
  #hay: string | null = null;
  constructor(r: IndexRow, today: string, soon: string, text: string) {
    const [id, name, vanity, state, why, nextDue, nextLabel, invitedAt, connectedAt, updatedAt] = r;
    this.id = id;
    this.name = name;
    this.vanity = vanity;
    this.state = state;
    this.why = why;
    this.next = nextDue ? { due: nextDue, label: nextLabel ?? '' } : null;
    this.due = dueOf(nextDue, today, soon);
    this.invitedAt = invitedAt;
    this.connectedAt = connectedAt;
    this.updatedAt = updatedAt;
    this.#text = text;
  }
  get hay(): string {
    return (this.#hay ??= fold(this.#text));
  }
}

/** A row from an index tuple; `text` is what search covers, folded when first searched. */
export function fromTuple(r: IndexRow, today: string, soon: string, text: string): PersonRow {
  return new Row(r, today, soon, text);
}

/** Rows for the first paint, from the index (search covers its truncated text until the records load). */
export function rowsFromIndex(index: readonly IndexRow[], today: string): PersonRow[] {
  const soon = addDays(today, UPCOMING_DAYS);
  return index.map((r) => fromTuple(r, today, soon, `${r[1]}\n${r[2] ?? ''}\n${r[4]}\n${r[10]}`));
}

const PENDING: ReadonlySet<PersonState> = new Set(['sent', 'unconfirmed']);

export function inFilter(r: PersonRow, f: PeopleFilter): boolean {
  switch (f) {
    case 'due':
      return r.due === 'due';
    case 'upcoming':
      return r.due === 'upcoming';
    case 'pending':
      return PENDING.has(r.state);
    case 'accepted':
      return r.state === 'accepted';
    default:
      return true;
  }
}

const byNext = (a: PersonRow, b: PersonRow) => (a.next?.due ?? '9999') < (b.next?.due ?? '9999') ? -1 : (a.next?.due ?? '9999') > (b.next?.due ?? '9999') ? 1 : 0;
const newest = (k: (r: PersonRow) => number | null) => (a: PersonRow, b: PersonRow) => (k(b) ?? 0) - (k(a) ?? 0);

/** The rows a filter and a query show, in the order that filter is read in. */
export function pick(rows: readonly PersonRow[], f: PeopleFilter, query: string): PersonRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out = rows.filter((r) => inFilter(r, f) && words.every((w) => r.hay.includes(w)));
  if (f === 'due' || f === 'upcoming') out.sort((a, b) => byNext(a, b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  else if (f === 'pending') out.sort(newest((r) => r.invitedAt ?? r.updatedAt));
  else if (f === 'accepted') out.sort(newest((r) => r.connectedAt ?? r.updatedAt));
  else out.sort(newest((r) => r.updatedAt));
  return out;
}

export function counts(rows: readonly PersonRow[]): Record<PeopleFilter, number> {
  const c: Record<PeopleFilter, number> = { due: 0, upcoming: 0, pending: 0, accepted: 0, all: rows.length };
  for (const r of rows) {
    if (r.due === 'due') c.due++;
    else if (r.due === 'upcoming') c.upcoming++;
    if (PENDING.has(r.state)) c.pending++;
    else if (r.state === 'accepted') c.accepted++;
  }
  return c;
}
