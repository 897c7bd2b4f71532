/**
 * A "meet" follow-up as an iCalendar file (RFC 5545), generated locally: the user saves it into their
 * own calendar, with the reason they connected in its description (issue 10 §3).
 *
 * - One all-day VEVENT (DTSTART;VALUE=DATE, DTEND the next day): we know the day, not the time, and an
 *   all-day entry does not invent one. TRANSP:TRANSPARENT so it does not mark the day busy.
 * - UID is derived from the follow-up id, so saving the same follow-up again (after a snooze) updates
 *   the event instead of adding a second one.
 * - TEXT values escape \ ; , and newlines; control characters are dropped (RFC 5545 §3.3.11).
 * - Lines end with CRLF and are folded at 75 octets of UTF-8 (continuation lines start with one space),
 *   never inside a character (§3.1).
 */
import { addDays, formatLocalDate, isLocalDate } from './dates';
import type { FollowUp, Person } from './model';

const CRLF = '\r\n';
export const ICS_PRODID = '-//On Purpose//People//EN';

export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line to at most 75 octets per physical line (the leading space counts). */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const basicDate = (date: string) => date.replace(/-/g, '');

function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export function profileUrl(vanityName: string | null): string | null {
  return vanityName ? `https://www.linkedin.com/in/${encodeURIComponent(vanityName)}/` : null;
}

/** Why you connected, in the words you used: the reason, else your "how we met", else the note. */
export function reasonOf(person: Person): string {
  return (person.invite?.reason || person.howWeMet.text || person.invite?.note || '').trim();
}

export interface IcsInput {
  person: Person;
  followUp: FollowUp;
  /** for DTSTAMP */
  now: number;
  /** the user's zone and language, for the readable invitation date in the description */
  timeZone: string;
  locale?: string;
}

export function toIcs({ person, followUp, now, timeZone, locale }: IcsInput): string {
  if (!isLocalDate(followUp.due)) throw new RangeError(`Not a date: ${followUp.due}`);
  const name = person.fullName.trim() || person.vanityName || 'your contact';
  const summary = followUp.title?.trim() || `${followUp.kind === 'meet' ? 'Meet' : followUp.kind === 'call' ? 'Call' : 'Write to'} ${name}`;
  const reason = reasonOf(person);
  const url = profileUrl(person.vanityName);
  const description = [
    reason ? `Why you connected: ${reason}` : 'No reason was recorded for this connection.',
    person.invite ? `Invited on ${formatLocalDate(person.invite.at, timeZone, locale)}.` : '',
    person.howWeMet.where ? `Where you met: ${person.howWeMet.where}` : '',
    url ? `LinkedIn: ${url}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(followUp.id)}@on-purpose.people`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(followUp.due)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(followUp.due, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

/** A safe file name: "meet-jane-doe-2026-12-10.ics". */
export function icsFileName(person: Person, followUp: FollowUp): string {
  const slug =
    (person.vanityName || person.fullName)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'contact';
  return `${followUp.kind}-${slug}-${followUp.due}.ics`;
}
