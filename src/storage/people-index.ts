/**
 * The People index: one storage.local item (`peopleIndex`) with a short row per person, what the
 * People list shows, sorts and filters on. It exists for speed: reading 5,000 `p:<id>` records
 * costs seconds on a slow machine (one structured-clone per item), the index one read of ~0.5 MB.
 * Stored as one JSON string (serializeIndex). It serves two readers that must be fast and never need the full record: the People tab's first
 * paint (budget 150 ms with 5,000 people) and the worker's due count on the toolbar icon.
 *
 * It is a cache, never the truth: derived from the records, patched by the service worker from the
 * storage change events of `p:` keys (reminders.ts), rebuilt from the records when missing or of
 * another version, and replaced in the popup by the store's full load a moment after first paint.
 * Zod-free (first-paint bundle): rows are checked by hand, and an unreadable index reads as none.
 * Rows are built in people-index-build.ts (it needs core's follow-up rules, which bring zod).
 */
import type { PersonState } from '../core/people/model';

export const K_PEOPLE_INDEX = 'peopleIndex';
export const INDEX_VERSION = 1;
export const P_PERSON = 'p:';

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

const STATES = new Set(['unconfirmed', 'sent', 'accepted', 'withdrawn', 'unknown']);
const s = (v: unknown): v is string => typeof v === 'string';
const ns = (v: unknown) => v === null || typeof v === 'string';
const nn = (v: unknown) => v === null || typeof v === 'number';

/**
 * The stored form: one JSON string. Reading one string and JSON.parse is 3-4 times faster than
 * reading the same data as 5,000 nested arrays, which the browser converts value by value.
 */
export function serializeIndex(rows: IndexRow[]): string {
  const index: PeopleIndex = { v: INDEX_VERSION, rows };
  return JSON.stringify(index);
}

/** The index's rows, or null when it is missing, of another version, or malformed anywhere. */
export function parseIndex(stored: unknown): IndexRow[] | null {
  if (typeof stored !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || (raw as PeopleIndex).v !== INDEX_VERSION) return null;
  const rows = (raw as PeopleIndex).rows;
  if (!Array.isArray(rows)) return null;
  return rows.every(isIndexRow) ? (rows as IndexRow[]) : null;
}

/** One row of the index, checked by hand (zod-free: the first paint reads it). */
export function isIndexRow(r: unknown): r is IndexRow {
  if (!Array.isArray(r) || r.length !== 11) return false;
  return s(r[0]) && s(r[1]) && ns(r[2]) && STATES.has(r[3]) && s(r[4]) && ns(r[5]) && ns(r[6]) && nn(r[7]) && nn(r[8]) && typeof r[9] === 'number' && s(r[10]);
}

/** Whether the row's next follow-up is due on `today` (YYYY-MM-DD) or before. */
export function rowIsDue(r: IndexRow, today: string): boolean {
  return r[5] !== null && r[5] <= today;
}
