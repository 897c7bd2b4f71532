/**
 * List rows from the full records (the index's row, by the same builder, plus search over every
 * note). In the People tab's second chunk: core's follow-up rules bring zod.
 */
import type { Person } from '../../core/people/model';
import { indexRow } from '../../storage/people-index-build';
import { UPCOMING_DAYS, fromTuple, type PersonRow } from './rows';
import { addDays } from './dates';

export function toRows(people: readonly Person[], now: number, tz: string, today: string): PersonRow[] {
  const soon = addDays(today, UPCOMING_DAYS);
  return people.map((p) => {
    const parts = [p.fullName, p.vanityName ?? '', p.invite?.reason ?? '', p.invite?.note ?? '', p.howWeMet.text, p.howWeMet.where, p.howWeMet.when];
    for (const f of p.followUps) if (f.title) parts.push(f.title);
    for (const e of p.events) if (e.type === 'note' && e.text) parts.push(e.text);
    return fromTuple(indexRow(p, now, tz), today, soon, parts.join('\n'));
  });
}
