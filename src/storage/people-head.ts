/**
 * The People list's first screen, stored beside the index (`peopleHead`, one JSON string): the
 * counts per filter, the filter the tab opens on, and the first HEAD_ROWS rows of that filter in
 * its order. The People tab paints from it without reading the whole index: with 5,000 people the
 * index is ~1 MB, and reading and parsing it took ~40 ms of a 150 ms first-render budget (issue 10,
 * bench/lib/popup.mjs). The tab reads the index right after that paint.
 *
 * Like the index it is a cache, never the truth. The worker writes both in one storage set, so they
 * never disagree (background/people-index.ts). It holds for one calendar day, because "due" and
 * "coming up" move at midnight: a head of another day reads as none (the worker rewrites both from
 * its daily alarm), as does anything unreadable. Zod-free: the first paint reads it.
 */
import { isIndexRow, type IndexRow } from './people-index';
import { counts, pick, rowsFromIndex, type PeopleFilter } from './people-rows';

export const K_PEOPLE_HEAD = 'peopleHead';
export const HEAD_VERSION = 1;
/** More than the list's first window (12 rows plus 6 of overscan, PeopleList.tsx). */
export const HEAD_ROWS = 24;

export interface PeopleHead {
  v: typeof HEAD_VERSION;
  /** The local calendar day (YYYY-MM-DD) it was made for. */
  day: string;
  /** The filter the tab opens on: "due" when someone is due, else "all" (PeopleTab.tsx). */
  filter: 'due' | 'all';
  counts: Record<PeopleFilter, number>;
  /** The first rows of `filter`, in its order. */
  rows: IndexRow[];
}

const FILTER_KEYS: readonly PeopleFilter[] = ['due', 'upcoming', 'pending', 'accepted', 'all'];

/** The head of `index` on `today` (local YYYY-MM-DD). */
export function buildHead(index: readonly IndexRow[], today: string): PeopleHead {
  const rows = rowsFromIndex(index, today);
  const c = counts(rows);
  const filter = c.due ? 'due' : 'all';
  const byId = new Map(index.map((r) => [r[0], r]));
  return { v: HEAD_VERSION, day: today, filter, counts: c, rows: pick(rows, filter, '').slice(0, HEAD_ROWS).map((r) => byId.get(r.id)!) };
}

export const serializeHead = (h: PeopleHead): string => JSON.stringify(h);

/** The stored head if it is readable and made for `today`, else null (then read the index). */
export function parseHead(stored: unknown, today: string): PeopleHead | null {
  if (typeof stored !== 'string') return null;
  let h: unknown;
  try {
    h = JSON.parse(stored);
  } catch {
    return null;
  }
  if (typeof h !== 'object' || h === null) return null;
  const { v, day, filter, counts: c, rows } = h as Partial<PeopleHead>;
  if (v !== HEAD_VERSION || day !== today || (filter !== 'due' && filter !== 'all')) return null;
  if (typeof c !== 'object' || c === null || !FILTER_KEYS.every((k) => Number.isSafeInteger(c[k]) && c[k] >= 0)) return null;
  if (!Array.isArray(rows) || rows.length > HEAD_ROWS || rows.length > c[filter] || !rows.every(isIndexRow)) return null;
  // Only the counts and rows it needs: nothing else from storage reaches the page.
  return { v, day, filter, counts: Object.fromEntries(FILTER_KEYS.map((k) => [k, c[k]])) as Record<PeopleFilter, number>, rows };
}
