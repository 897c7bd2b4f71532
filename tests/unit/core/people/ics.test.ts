import { describe, expect, it } from 'vitest';

import { escapeIcsText, foldIcsLine, icsFileName, toIcs } from '../../../../src/core/people/ics';
import type { FollowUp } from '../../../../src/core/people/model';
import { T0, person } from './_fixtures';

const meet: FollowUp = { id: 'fu-123', kind: 'meet', due: '2026-12-10', doneAt: null, createdAt: T0, title: 'Coffee with Jane' };
const jane = person({
  invite: { at: Date.UTC(2026, 10, 20, 15), note: 'Hi Jane…', templateId: 't1', templateName: 'Met at an event', answers: { event: 'the meetup' }, reason: 'we met at the Berlin product meetup, talked onboarding; trial length', mode: 'note' },
  howWeMet: { text: 'Berlin product meetup', where: 'Factory Görlitzer Park', when: 'Nov 2026' },
});
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('toIcs', () => {
  const ics = toIcs({ person: jane, followUp: meet, now: Date.UTC(2026, 11, 7, 9, 5, 3, 999), timeZone: 'Europe/Berlin', locale: 'en-GB' });

  it('produces exactly this calendar (folded, CRLF, escaped)', () => {
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//On Purpose//People//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:fu-123@on-purpose.people',
        'DTSTAMP:20261207T090503Z',
        'DTSTART;VALUE=DATE:20261210',
        'DTEND;VALUE=DATE:20261211',
        'SUMMARY:Coffee with Jane',
        // 75 octets exactly, then 1 + 74, then the rest ("ö" is two octets).
        'DESCRIPTION:Why you connected: we met at the Berlin product meetup\\, talked',
        '  onboarding\\; trial length\\nInvited on 20 November 2026.\\nWhere you met: F',
        ' actory Görlitzer Park\\nLinkedIn: https://www.linkedin.com/in/jane-doe/',
        'URL:https://www.linkedin.com/in/jane-doe/',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('uses CRLF only, and no physical line exceeds 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('unfolds back to the escaped description', () => {
    const desc = unfold(ics).split('\r\n').find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(desc).toContain('Why you connected: we met at the Berlin product meetup\\, talked onboarding\\; trial length\\n');
  });

  it('says so when no reason was recorded, and names the person in a default summary', () => {
    const out = toIcs({ person: person(), followUp: { ...meet, title: undefined }, now: T0, timeZone: 'UTC' });
    expect(out).toContain('SUMMARY:Meet Jane Doe\r\n');
    expect(unfold(out)).toContain('DESCRIPTION:No reason was recorded for this connection.\\nLinkedIn: https://www.linkedin.com/in/jane-doe/\r\n');
  });

  it('ends the event on the next day across a month and a year', () => {
    const out = toIcs({ person: person(), followUp: { ...meet, due: '2026-12-31' }, now: T0, timeZone: 'UTC' });
    expect(out).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
    expect(() => toIcs({ person: person(), followUp: { ...meet, due: '2026-02-30' }, now: T0, timeZone: 'UTC' })).toThrow(RangeError);
  });
});

describe('escapeIcsText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['a\rb', 'a\\nb'],
    ['tab\there', 'tab\there'],
    ['bell\u0007gone', 'bellgone'],
    ['\\,;', '\\\\\\,\\;'],
  ])('%j → %j', (input, want) => {
    expect(escapeIcsText(input)).toBe(want);
  });
});

describe('foldIcsLine', () => {
  it('leaves a 75-octet line alone and folds the 76th octet', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldIcsLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('never splits a multi-byte character or a surrogate pair', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

it('icsFileName is safe', () => {
  expect(icsFileName(person(), meet)).toBe('meet-jane-doe-2026-12-10.ics');
  expect(icsFileName(person({ vanityName: null, fullName: 'José / Ñúñez <x>' }), meet)).toBe('meet-jose-nunez-x-2026-12-10.ics');
});
