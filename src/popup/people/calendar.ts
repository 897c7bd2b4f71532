/**
 * A "meet" follow-up as a calendar file, generated here (no network): an all-day event on its due
 * date, with the reason you connected in the description, so the appointment carries the why.
 */
import type { Person } from '../../core/people/model';

/** RFC 5545 TEXT escaping, and lines folded at 75 octets (approximated by characters). */
function esc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 74) {
    out.push(rest.slice(0, 74));
    rest = ' ' + rest.slice(74);
  }
  out.push(rest);
  return out.join('\r\n');
}
const stamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

export function calendarFile(p: Person, followUpId: string, _tz: string, now: number): { name: string; text: string } | null {
  const f = p.followUps.find((x) => x.id === followUpId);
  if (!f) return null;
  const name = p.fullName || p.vanityName || 'someone';
  const start = f.due.replace(/-/g, '');
  const [y, m, d] = f.due.split('-').map(Number);
  const next = new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10).replace(/-/g, '');
  const why = p.invite?.reason || p.howWeMet.text;
  const desc = [why && `Why you connected: ${why}`, p.howWeMet.where && `Met at: ${p.howWeMet.where}`, p.vanityName && `https://www.linkedin.com/in/${p.vanityName}/`].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//On Purpose//People//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${f.id}@on-purpose.app`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${next}`,
    `SUMMARY:${esc(f.title || `Meet ${name}`)}`,
    ...(desc ? [`DESCRIPTION:${esc(desc)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  const slug = name.normalize('NFD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'meeting';
  return { name: `meet-${slug}-${f.due}.ics`, text: lines.map(fold).join('\r\n') + '\r\n' };
}
