import { describe, expect, it } from 'vitest';

import { addDays, dayNumber, daysBetween, formatCalendarDate, formatLocalDate, isLocalDate, isValidTimeZone, localDate, localNoon } from '../../../../src/core/people/dates';

const H = 3_600_000;

describe('localDate', () => {
  // 2026-12-07 10:30 UTC: Auckland is UTC+13 (summer), Berlin UTC+1, Los Angeles UTC-8.
  const t = Date.UTC(2026, 11, 7, 10, 30);
  it.each([
    ['UTC', t, '2026-12-07'],
    ['Europe/Berlin', t, '2026-12-07'],
    ['America/Los_Angeles', t, '2026-12-07'],
    ['Pacific/Auckland', t, '2026-12-07'],
    ['Pacific/Auckland', t + H, '2026-12-08'], // 00:30 on the 8th there
    ['America/Los_Angeles', Date.UTC(2026, 11, 8, 7, 59), '2026-12-07'], // 23:59 on the 7th there
    ['America/Los_Angeles', Date.UTC(2026, 11, 8, 8, 0), '2026-12-08'],
    ['Europe/Berlin', Date.UTC(2026, 11, 31, 23, 0), '2027-01-01'],
    ['Not/AZone', t, '2026-12-07'], // unknown zones read as UTC rather than throwing
  ])('%s at %d is %s', (zone, ms, want) => {
    expect(localDate(ms, zone)).toBe(want);
  });

  it('knows which zones exist', () => {
    expect(isValidTimeZone('Pacific/Auckland')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2026-12-07', 7, '2026-12-14'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2028-02-27', 2, '2028-02-29'],
    ['2027-02-27', 2, '2027-03-01'],
    ['2026-03-07', 1, '2026-03-08'], // US DST starts on the 8th: still one day
    ['2026-03-28', 2, '2026-03-30'], // EU DST starts on the 29th
    ['2026-11-01', -1, '2026-10-31'],
  ])('%s + %d = %s', (a, n, b) => {
    expect(addDays(a, n)).toBe(b);
    expect(daysBetween(a, b)).toBe(n);
  });

  it('rejects dates that do not exist', () => {
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(Number.isNaN(dayNumber('nope'))).toBe(true);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('localNoon', () => {
  it.each([
    ['America/Los_Angeles', '2026-03-08'], // 23-hour day
    ['America/Los_Angeles', '2026-11-01'], // 25-hour day
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['Pacific/Auckland', '2026-04-05'],
    ['Pacific/Auckland', '2026-09-27'],
    ['UTC', '2026-12-07'],
  ])('%s %s: an instant on that date, at 12:00 local', (zone, date) => {
    const t = localNoon(date, zone);
    expect(localDate(t, zone)).toBe(date);
    const hour = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date(t));
    expect(hour).toBe('12');
  });
});

describe('formatLocalDate', () => {
  it('reads as a date in the user zone and language', () => {
    const t = Date.UTC(2026, 11, 7, 11, 30); // the 8th in Auckland
    expect(formatLocalDate(t, 'UTC')).toBe('December 7, 2026');
    expect(formatLocalDate(t, 'Pacific/Auckland')).toBe('December 8, 2026');
    expect(formatLocalDate(t, 'Europe/Berlin', 'de-DE')).toBe('7. Dezember 2026');
    expect(formatLocalDate(t, 'Not/AZone', 'en-GB')).toBe('7 December 2026');
    expect(formatCalendarDate('2026-12-07', 'en-GB')).toBe('7 December 2026');
    expect(formatCalendarDate('nope')).toBe('nope');
  });
});
