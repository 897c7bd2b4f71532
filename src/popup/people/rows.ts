/**
 * The People list's labels and date formats (the popup's language); the rows themselves, filters
 * and orders are storage/people-rows.ts, shared with the worker's first-screen cache.
 */
import type { PersonState } from '../../core/people/model';
import type { MessageKey } from '../../ui/i18n';
import type { PeopleFilter } from '../../storage/people-rows';

export * from '../../storage/people-rows';

/** Filter and the message key of its label (t() at render: the popup's language). */
export const FILTERS: ReadonlyArray<[PeopleFilter, MessageKey]> = [
  ['due', 'people_filter_due'],
  ['upcoming', 'people_filter_upcoming'],
  ['pending', 'people_filter_pending'],
  ['accepted', 'people_filter_accepted'],
  ['all', 'people_filter_all'],
];

/** The message key of each state's short label. */
export const STATE_LABEL: Record<PersonState, MessageKey> = {
  unconfirmed: 'people_state_unconfirmed',
  sent: 'people_state_sent',
  accepted: 'people_state_accepted',
  withdrawn: 'people_state_withdrawn',
  unknown: 'people_state_unknown',
};

// One formatter each, made on first use: toLocaleDateString with options builds a new ICU formatter
// per call, about a millisecond each, and the People list's first screen formats 18 dates.
let dayFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;

/** "7 Mar 2026" for a local YYYY-MM-DD, in the user's locale, without a time-zone shift. */
export function showDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  if (!y || !m || !d) return ymd;
  return (dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })).format(new Date(y, m - 1, d));
}

export function showTime(at: number): string {
  return (timeFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })).format(new Date(at));
}
