import { describe, expect, it } from 'vitest';

import { PEOPLE_CSV_COLUMNS, csvCell, mergeConnections, parseConnectedOn, parseConnectionsCsv, parseCsv, peopleToCsv } from '../../../../src/core/people/csv';
import { localDate } from '../../../../src/core/people/dates';
import { addFollowUp } from '../../../../src/core/people/followups';
import { PersonSchema } from '../../../../src/core/people/model';
import { T0, person } from './_fixtures';

const NOTES =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r\n\r\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';
const file = (rows: string[], { bom = true, eol = '\r\n' } = {}) => (bom ? '\uFEFF' : '') + (NOTES + HEADER + rows.map((r) => r + '\r\n').join('')).replace(/\r\n/g, eol);

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=1', `"'\r=1"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });
  it('writes numbers and empties', () => {
    expect(csvCell(4)).toBe('4');
    expect(csvCell(null)).toBe('');
  });
});

describe('peopleToCsv', () => {
  const jane = addFollowUp(
    person({
      state: 'accepted',
      invite: { at: Date.UTC(2026, 10, 20, 23, 30), note: 'Hi Jane, loved your talk, "Onboarding"', templateId: 't', templateName: 'Read their post', answers: {}, reason: 'your talk on onboarding', mode: 'note' },
      howWeMet: { text: 'your talk on onboarding', where: 'Berlin', when: '' },
      connectedAt: Date.UTC(2026, 10, 25, 12),
      cadenceWeeks: 4,
    }),
    { id: 'f', kind: 'meet', due: '2026-12-10', createdAt: T0 },
  );
  const evil = person({ id: 'n:evil', fullName: '=cmd|"/c calc"!A1', vanityName: null, profileUrn: null });
  const csv = peopleToCsv([jane, evil], { timeZone: 'Europe/Berlin', now: T0 });

  it('writes the header and one CRLF-terminated row per person, quoted and guarded', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(PEOPLE_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'Jane Doe,https://www.linkedin.com/in/jane-doe/,accepted,2026-11-21,note,your talk on onboarding,"Hi Jane, loved your talk, ""Onboarding""",Read their post,your talk on onboarding,Berlin,,2026-11-25,,,Meet,2026-12-10,4,2026-12-07',
    );
    expect(lines[2]).toBe(`"'=cmd|""/c calc""!A1",,unknown,,,,,,,,,,,,,,,2026-12-07`);
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('reads back with our own parser to the same cells', () => {
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.records[1]!.fields[6]).toBe('Hi Jane, loved your talk, "Onboarding"');
    expect(parsed.records.every((r) => r.fields.length === PEOPLE_CSV_COLUMNS.length)).toBe(true);
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, quotes and line breaks, CRLF, LF and CR, with positions', () => {
    const r = parseCsv('a,"b,1","c ""q"""\n"multi\r\nline",x\rlast');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.records.map((x) => x.fields)).toEqual([['a', 'b,1', 'c "q"'], ['multi\nline', 'x'], ['last']]);
    expect(r.records.map((x) => x.line)).toEqual([1, 2, 4]);
    expect(r.records[0]!.columns).toEqual([1, 3, 9]);
    expect(r.records[1]!.columns).toEqual([1, 7]); // x sits on line 3, after the quoted line break
  });
  it.each([
    ['a,"never closed\nmore', 'Line 1, column 3: this quoted field is never closed'],
    ['a,b"c', 'Line 1, column 4: a quote inside a field'],
    ['ok\n"x"y,z', 'Line 2, column 4: expected a comma or the end of the line after the closing quote'],
  ])('rejects %j where it breaks', (text, message) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});

describe('parseConnectedOn', () => {
  it.each([
    ['07 Dec 2026', '2026-12-07'],
    ['7 Dec 2026', '2026-12-07'],
    ['29 Feb 2028', '2028-02-29'],
    ['01 September 2025', '2025-09-01'],
    ['2026-12-07', '2026-12-07'],
    ['30 Feb 2026', null],
    ['12/07/2026', null],
    ['07 Foo 2026', null],
  ])('%s → %s', (s, want) => {
    expect(parseConnectedOn(s)).toBe(want);
  });
});

describe('parseConnectionsCsv', () => {
  const rows = [
    'Jane,Doe,https://www.linkedin.com/in/jane-doe,,Acme,"Head of Product, EMEA",07 Dec 2026',
    'Ola,Nordmann,https://www.linkedin.com/in/ola-n-123,ola@example.com,"Fjord ""AS""",CTO,15 Jan 2024',
    'Hidden,Person,,,,,01 Mar 2020',
    '"Multi","Line",https://www.linkedin.com/in/multi,,"Big\nCo",Dev,02 Feb 2022',
  ];

  it.each([
    ['BOM + CRLF', file(rows)],
    ['no BOM, LF', file(rows, { bom: false, eol: '\n' })],
  ])('reads LinkedIn export (%s), skipping the Notes lines', (_name, text) => {
    const r = parseConnectionsCsv(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.rows.map((x) => [x.fullName, x.vanityName, x.company, x.position, x.connectedOn])).toEqual([
      ['Jane Doe', 'jane-doe', 'Acme', 'Head of Product, EMEA', '2026-12-07'],
      ['Ola Nordmann', 'ola-n-123', 'Fjord "AS"', 'CTO', '2024-01-15'],
      ['Hidden Person', null, '', '', '2020-03-01'],
      ['Multi Line', 'multi', 'Big\nCo', 'Dev', '2022-02-02'],
    ]);
    expect(r.rows[0]!.line).toBe(5); // Notes:, the note, a blank line, the header
    expect(r.rows[1]!.email).toBe('ola@example.com');
  });

  it('finds columns by name in another order', () => {
    const r = parseConnectionsCsv('Connected On,URL,Last Name,First Name\n07 Dec 2026,https://linkedin.com/in/x,B,A\n');
    expect(r.ok && r.rows[0]).toMatchObject({ fullName: 'A B', vanityName: 'x', connectedOn: '2026-12-07' });
  });

  it.each([
    ['an empty file', '\uFEFF  \r\n', 'The file is empty', 1, 1],
    ['a file without the header', 'Name,Email\nJane,j@x\n', "does not look like LinkedIn's Connections.csv", 1, 1],
    ['a row with too few fields', file(['Jane,Doe,https://www.linkedin.com/in/jane,,Acme,07 Dec 2026']), 'Line 5, column 60: this row has 6 fields, but the header on line 4 has 7', 5, 60],
    ['a row with too many fields', file(['Jane,Doe,https://www.linkedin.com/in/jane,,Acme,PM,07 Dec 2026,extra']), 'Line 5, column 64: this row has 8 fields', 5, 64],
    ['a bad date', file(['Jane,Doe,https://www.linkedin.com/in/jane,,Acme,PM,yesterday']), 'Line 5, column 52: "Connected On" is "yesterday", expected a date like 07 Dec 2026', 5, 52],
    ['a non-LinkedIn URL', file(['Jane,Doe,https://evil.example/in/jane,,Acme,PM,07 Dec 2026']), 'Line 5, column 10: the URL "https://evil.example/in/jane" is not a LinkedIn profile address', 5, 10],
    ['an unclosed quote', file(['Jane,"Doe,https://www.linkedin.com/in/jane,,Acme,PM,07 Dec 2026']), 'Line 5, column 6: this quoted field is never closed', 5, 6],
  ])('rejects %s with where', (_name, text, message, line, column) => {
    const r = parseConnectionsCsv(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toContain(message);
    expect([r.error.line, r.error.column]).toEqual([line, column]);
  });
});

describe('mergeConnections', () => {
  const parsed = parseConnectionsCsv(
    file([
      'Jane,Doe,https://www.linkedin.com/in/Jane-Doe,,Acme,PM,01 Dec 2026',
      'Sam,Okafor,https://www.linkedin.com/in/sam-o,,Beta,CTO,15 Nov 2026',
      'Named,Only,,,,,10 Oct 2026',
      'Ola,Nordmann,https://www.linkedin.com/in/ola,,Fjord,Dev,05 May 2025',
      'Ola,Nordmann,https://www.linkedin.com/in/ola,,Fjord,Dev,05 May 2025',
    ]),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  const now = T0 + 1000;
  const log = [
    person({ state: 'sent' }),
    person({ id: 'n:named only', fullName: 'Named Only', vanityName: null, profileUrn: null, state: 'unknown' }),
    person({ id: 'v:sam-okafor-other', fullName: 'Sam Okafor', vanityName: 'sam-okafor-other', state: 'sent' }),
  ];

  it('backfills by vanity, then by a unique exact name; a different vanity is someone else', () => {
    const m = mergeConnections(log, parsed.rows, { addRest: false, now, timeZone: 'Pacific/Auckland' });
    expect(m).toMatchObject({ backfilled: 2, added: 0, unmatched: 2 });
    const jane = m.people.find((p) => p.id === 'v:jane-doe')!;
    expect(jane.state).toBe('accepted');
    expect(localDate(jane.connectedAt!, 'Pacific/Auckland')).toBe('2026-12-01');
    expect(jane.evidence.at(-1)).toEqual({ signal: 'connections-csv', at: now, where: 'Connections.csv', detail: '2026-12-01' });
    expect(jane.events.map((e) => e.type)).toEqual(['accepted']);
    const named = m.people.find((p) => p.id === 'n:named only')!;
    expect(localDate(named.connectedAt!, 'Pacific/Auckland')).toBe('2026-10-10');
    expect(m.people.some((p) => p.id === 'v:sam-okafor-other')).toBe(false);
    for (const p of m.people) expect(PersonSchema.safeParse(p).success).toBe(true);
  });

  it('adds the rest as accepted with no reason, once each, when asked', () => {
    const m = mergeConnections(log, parsed.rows, { addRest: true, now, timeZone: 'UTC' });
    expect(m).toMatchObject({ backfilled: 2, added: 2, unmatched: 0 });
    const ola = m.people.find((p) => p.id === 'v:ola')!;
    expect(ola).toMatchObject({ state: 'accepted', invite: null, fullName: 'Ola Nordmann', connectedAt: Date.UTC(2025, 4, 5, 12), createdAt: now });
    expect(ola.events).toEqual([{ id: `imported-${now}`, type: 'imported', at: now, text: 'From Connections.csv (Dev at Fjord)' }]);
    expect(m.people.filter((p) => p.id === 'v:ola')).toHaveLength(1);
    expect(PersonSchema.safeParse(ola).success).toBe(true);
  });

  it('a second import of the same file changes nothing', () => {
    const first = mergeConnections(log, parsed.rows, { addRest: true, now, timeZone: 'UTC' });
    const all = [...log.filter((p) => !first.people.some((q) => q.id === p.id)), ...first.people];
    const second = mergeConnections(all, parsed.rows, { addRest: true, now: now + 5000, timeZone: 'UTC' });
    expect(second).toMatchObject({ people: [], backfilled: 0, added: 0 });
  });
});
