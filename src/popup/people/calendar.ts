/**
 * A "meet" follow-up as a calendar file, generated locally by core (toIcs: an all-day event on its
 * due date, with the reason you connected in the description).
 */
import type { Person } from '../../core/people/model';
import { icsFileName, toIcs } from '../../core/people/ics';

export function calendarFile(p: Person, followUpId: string, tz: string, now: number): { name: string; text: string } | null {
  const f = p.followUps.find((x) => x.id === followUpId);
  if (!f) return null;
  return { name: icsFileName(p, f), text: toIcs({ person: p, followUp: f, now, timeZone: tz, locale: navigator.language }) };
}
