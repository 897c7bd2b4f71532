/**
 * The People index: one storage.local item (`peopleIndex`) with a short row per person, what the
 * People list shows, sorts and filters on. It exists for speed: reading 5,000 `p:<id>` records
 * costs seconds on a slow machine (one structured-clone per item), the index one read of ~0.5 MB.
 * It serves two readers that must be fast and never need the full record: the People tab's first
 * paint (budget 150 ms with 5,000 people) and the worker's due count on the toolbar icon.
 *
 * It is a cache, never the truth: derived from the records, patched by the service worker from the
 * storage change events of `p:` keys (reminders.ts), rebuilt from the records when missing or of
 * another version, and replaced in the popup by the store's full load a moment after first paint.
 * Zod-free (first-paint bundle): rows are checked by hand, and an unreadable index reads as none.
 */
import type { Person, PersonState } from '../core/people/model';
import { nextFollowUp } from '../core/people-interim';

export const K_PEOPLE_INDEX = 'peopleIndex';
export const INDEX_VERSION = 1;
export const P_PERSON = 'p:';
/** Characters of the reason (or how-we-met note) kept for the row and the first-paint search. */
const WHY_CHARS = 140;
const HAY_CHARS = 160;

/** A tuple, not an object: 5,000 rows without repeated key names read faster and weigh less. */
export type IndexRow = [
  id: string,
  name: string,
  vanity: string | null,
  state: PersonState,
  /** the reason you connected, else the how-we-met note, truncated */
  why: string,
  /** the next follow-up's local date (YYYY-MM-DD) or null */
  nextDue: string | null,
  /** its title or kind ("Drop them a line", "Keep in touch"), or null */
  nextLabel: string | null,
  invitedAt: number | null,
  connectedAt: number | null,
  updatedAt: number,
  /** more searchable text: where/when you met, follow-up titles (truncated) */
  more: string,
];

export interface PeopleIndex {
  v: typeof INDEX_VERSION;
  rows: IndexRow[];
}

export const KIND_LABEL: Record<string, string> = { line: 'Drop them a line', meet: 'Meet', call: 'Call', cadence: 'Keep in touch' };

export function indexRow(p: Person, now: number, tz: string): IndexRow {
  const n = nextFollowUp(p, now, tz);
  const why = p.invite?.reason || p.howWeMet.text || '';
  const more = [p.howWeMet.text === why ? '' : p.howWeMet.text, p.howWeMet.where, p.howWeMet.when, ...p.followUps.map((f) => f.title ?? '')].filter(Boolean).join(' ');
  return [
    p.id,
    p.fullName,
    p.vanityName,
    p.state,
    why.slice(0, WHY_CHARS),
    n ? n.due : null,
    n ? (n.followUp ? n.followUp.title || KIND_LABEL[n.followUp.kind]! : KIND_LABEL.cadence!) : null,
    p.invite?.at ?? null,
    p.connectedAt,
    p.updatedAt,
    more.slice(0, HAY_CHARS),
  ];
}

const STATES = new Set(['unconfirmed', 'sent', 'accepted', 'withdrawn', 'unknown']);
const s = (v: unknown): v is string => typeof v === 'string';
const ns = (v: unknown) => v === null || typeof v === 'string';
const nn = (v: unknown) => v === null || typeof v === 'number';

/** The index's rows, or null when it is missing, of another version, or malformed anywhere. */
export function parseIndex(raw: unknown): IndexRow[] | null {
  if (typeof raw !== 'object' || raw === null || (raw as PeopleIndex).v !== INDEX_VERSION) return null;
  const rows = (raw as PeopleIndex).rows;
  if (!Array.isArray(rows)) return null;
  for (const r of rows as unknown[]) {
    if (!Array.isArray(r) || r.length !== 11) return null;
    if (!s(r[0]) || !s(r[1]) || !ns(r[2]) || !STATES.has(r[3]) || !s(r[4]) || !ns(r[5]) || !ns(r[6]) || !nn(r[7]) || !nn(r[8]) || typeof r[9] !== 'number' || !s(r[10])) return null;
  }
  return rows as IndexRow[];
}

/** Rows with `changes` applied: a person replaces their row (or is added), null removes it. */
export function patchIndex(rows: readonly IndexRow[], changes: ReadonlyMap<string, Person | null>, now: number, tz: string): IndexRow[] {
  const out: IndexRow[] = [];
  for (const r of rows) if (!changes.has(r[0])) out.push(r);
  for (const p of changes.values()) if (p) out.push(indexRow(p, now, tz));
  return out;
}

export function buildIndex(people: readonly Person[], now: number, tz: string): IndexRow[] {
  return people.map((p) => indexRow(p, now, tz));
}

/** Whether the row's next follow-up is due on `today` (YYYY-MM-DD) or before. */
export function rowIsDue(r: IndexRow, today: string): boolean {
  return r[5] !== null && r[5] <= today;
}
