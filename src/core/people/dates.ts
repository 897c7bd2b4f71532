/**
 * Local calendar dates ("YYYY-MM-DD") in the user's time zone, with Intl only (no dependency).
 *
 * Why calendar dates and not timestamps: a follow-up is due on a day, wherever the user is. "Due on the
 * 12th" must not become the 11th after a flight or a DST change, so due dates are stored as local dates
 * and compared with today's local date, computed from `now` and the time zone at the moment of asking.
 * Date arithmetic (add N days) is done on the calendar (UTC-based day numbers), never by adding
 * 24 h to a timestamp, so DST days of 23 or 25 hours cannot shift a date.
 */

export type LocalDate = string;

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the zone, or null when the runtime does not know the zone (then we fall back to UTC). */
function partsFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return null;
  }
  if (formatters.size > 50) formatters.clear();
  formatters.set(timeZone, f);
  return f;
}

/** Whether the runtime knows this IANA zone. */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && timeZone !== '' && partsFormatter(timeZone) !== null;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const f = partsFormatter(timeZone) ?? partsFormatter('UTC')!;
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute!, second: out.second! };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function fromDayNumber(dayNumber: number): LocalDate {
  const d = new Date(dayNumber * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Days since 1970-01-01 of a calendar date, or NaN when it is not a real date ("2026-02-30"). */
export function dayNumber(date: LocalDate): number {
  const m = DATE_RE.exec(date);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / DAY_MS;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && Number.isFinite(dayNumber(value));
}

/** The user's calendar date at instant `ms` in `timeZone` (unknown zones fall back to UTC). */
export function localDate(ms: number, timeZone: string): LocalDate {
  const w = wallClock(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Calendar arithmetic: the date `days` after (or before, when negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const n = dayNumber(date);
  if (!Number.isFinite(n)) throw new RangeError(`Not a date: ${date}`);
  return fromDayNumber(n + Math.trunc(days));
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Offset of the zone from UTC at instant `ms`, in ms (positive east of Greenwich). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * An instant that falls on `date` in `timeZone`: local noon. Noon, because it exists on every day
 * (DST changes happen at night) and stays on the same date for any later reading in that zone.
 */
export function localNoon(date: LocalDate, timeZone: string): number {
  const n = dayNumber(date);
  if (!Number.isFinite(n)) throw new RangeError(`Not a date: ${date}`);
  const wall = n * DAY_MS + 12 * 3_600_000;
  // Two rounds settle the offset even when the first guess lands across a DST change.
  let t = wall - offsetAt(wall, timeZone);
  t = wall - offsetAt(t, timeZone);
  return t;
}

/**
 * A readable date for messages ("7 December 2026", "December 7, 2026"), in the user's zone and
 * language. Falls back to the ISO date when the locale is unknown to the runtime.
 */
export function formatLocalDate(ms: number, timeZone: string, locale = 'en-US'): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(ms));
  } catch {
    return localDate(ms, zone);
  }
}

/** The same, for a stored calendar date. */
export function formatCalendarDate(date: LocalDate, locale = 'en-US'): string {
  const n = dayNumber(date);
  if (!Number.isFinite(n)) return date;
  return formatLocalDate(n * DAY_MS + 12 * 3_600_000, 'UTC', locale);
}
