/**
 * CSV both ways (issue 10 §7): our People as a spreadsheet, and LinkedIn's own Connections.csv (from
 * its data export) to backfill connection dates.
 *
 * Writing (RFC 4180): comma-separated, CRLF line ends, a header row; a field is quoted when it holds a
 * comma, a quote, CR or LF, with quotes doubled. Formula-injection guard (OWASP "CSV injection"): a
 * cell that starts with = + - @, a tab or CR would be run as a formula by Excel, LibreOffice or Sheets,
 * so it gets a leading apostrophe ('=cmd…), which spreadsheets show as text. Names and reasons are
 * typed by other people (a LinkedIn name can be "=HYPERLINK(…)"), so this is not hypothetical. The
 * text is otherwise unchanged, and dates are written as YYYY-MM-DD in the user's zone.
 *
 * Reading: RFC 4180 plus what real files do: a UTF-8 BOM, CRLF, LF or CR line ends, quoted fields with
 * commas, quotes and line breaks. Anything else (an unclosed quote, a stray quote, text after a
 * closing quote, a row with the wrong number of fields, a date or URL that is not LinkedIn's) rejects
 * the whole file with a message that names the line and column: a half-read file would quietly lose
 * people.
 */
import { localDate, localNoon, isLocalDate, type LocalDate } from './dates';
import { nextFollowUp, followUpTitle } from './followups';
import { profileUrl, reasonOf } from './ics';
import { MAX_PERSON_NAME, matchesPerson, newPerson, normalizeName, normalizeVanity, type Person } from './model';
import { addEvent, applyEvidence, eventId } from './state';

const CRLF = '\r\n';
export const MAX_CSV_CHARS = 20_000_000;

/** One spreadsheet cell: formula guard, then RFC 4180 quoting. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const PEOPLE_CSV_COLUMNS = [
  'Name',
  'LinkedIn URL',
  'State',
  'Invited on',
  'Invited with',
  'Reason',
  'Note sent',
  'Template',
  'How we met',
  'Where we met',
  'When we met',
  'Connected on',
  'Reason delivered on',
  'Last contact',
  'Next follow-up',
  'Next follow-up due',
  'Keep in touch every (weeks)',
  'Added on',
] as const;

export interface PeopleCsvOptions {
  timeZone: string;
  /** for "Next follow-up"; defaults to Date.now() */
  now?: number;
}

export function peopleToCsv(people: readonly Person[], opts: PeopleCsvOptions): string {
  const now = opts.now ?? Date.now();
  const day = (ms: number | null | undefined) => (typeof ms === 'number' ? localDate(ms, opts.timeZone) : '');
  const rows = people.map((p) => {
    const next = nextFollowUp(p, now, opts.timeZone);
    return [
      p.fullName,
      profileUrl(p.vanityName) ?? '',
      p.state,
      day(p.invite?.at),
      p.invite ? (p.invite.mode === 'note' ? 'note' : 'no note, reason kept') : '',
      reasonOf(p),
      p.invite?.note ?? '',
      p.invite?.templateName ?? '',
      p.howWeMet.text,
      p.howWeMet.where,
      p.howWeMet.when,
      day(p.connectedAt),
      day(p.reasonDeliveredAt),
      day(p.lastContactAt),
      next ? followUpTitle(next) : '',
      next?.due ?? '',
      p.cadenceWeeks ?? '',
      day(p.createdAt),
    ];
  });
  return [PEOPLE_CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvCell).join(',')).join(CRLF) + CRLF;
}

export interface CsvError {
  message: string;
  /** 1-based */
  line: number;
  column: number;
}

export interface CsvRecord {
  fields: string[];
  /** 1-based line and column where each field starts */
  line: number;
  columns: number[];
  /** where the record ends (for "missing fields" messages) */
  endLine: number;
  endColumn: number;
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; error: CsvError };

/** RFC 4180 records with positions. Blank lines give a record with one empty field. */
export function parseCsv(input: string): CsvParse {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let line = 1;
  let col = 1;
  let i = 0;
  const fail = (message: string, l = line, c = col): CsvParse => ({ ok: false, error: { message: `Line ${l}, column ${c}: ${message}`, line: l, column: c } });
  const newline = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
    col = 1;
  };
  while (i <= text.length) {
    if (i === text.length) break;
    const rec: CsvRecord = { fields: [], line, columns: [], endLine: line, endColumn: col };
    for (;;) {
      rec.columns.push(col);
      let field = '';
      if (text[i] === '"') {
        const openLine = line;
        const openCol = col;
        i++;
        col++;
        for (;;) {
          if (i >= text.length) return fail('this quoted field is never closed (a " is missing).', openLine, openCol);
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              col += 2;
              continue;
            }
            i++;
            col++;
            break;
          }
          if (ch === '\r' || ch === '\n') {
            field += '\n';
            newline();
            continue;
          }
          field += ch;
          i++;
          col++;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          return fail('expected a comma or the end of the line after the closing quote.');
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"') return fail('a quote inside a field that does not start with one; quote the whole field and double the inner quote ("").');
          field += text[i];
          i++;
          col++;
        }
      }
      rec.fields.push(field);
      if (text[i] === ',') {
        i++;
        col++;
        continue;
      }
      rec.endLine = line;
      rec.endColumn = col;
      if (i < text.length) newline();
      break;
    }
    records.push(rec);
  }
  return { ok: true, records };
}

export interface ConnectionRow {
  firstName: string;
  lastName: string;
  fullName: string;
  url: string;
  vanityName: string | null;
  email: string;
  company: string;
  position: string;
  connectedOn: LocalDate | null;
  /** 1-based line of the row in the file */
  line: number;
}

export type ConnectionsCsvResult = { ok: true; rows: ConnectionRow[] } | { ok: false; error: CsvError };

const HEADER = { firstName: 'first name', lastName: 'last name', url: 'url', email: 'email address', company: 'company', position: 'position', connectedOn: 'connected on' } as const;
const REQUIRED: (keyof typeof HEADER)[] = ['firstName', 'lastName', 'url', 'connectedOn'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "07 Dec 2026" (LinkedIn's export), also "7 December 2026" and "2026-12-07"; null when unreadable. */
export function parseConnectedOn(value: string): LocalDate | null {
  const s = value.trim();
  if (isLocalDate(s)) return s;
  const m = /^(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{4})$/.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return null;
  const date = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

/**
 * LinkedIn's Connections.csv: a few "Notes:" lines, a blank line, then the header
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On` and one row per connection.
 * Columns are found by name, so a reordered or extended export still reads.
 */
export function parseConnectionsCsv(text: string): ConnectionsCsvResult {
  if (typeof text !== 'string') return { ok: false, error: { message: 'The file could not be read as text.', line: 1, column: 1 } };
  if (text.length > MAX_CSV_CHARS) return { ok: false, error: { message: 'The file is larger than 20 MB; a Connections.csv is far smaller.', line: 1, column: 1 } };
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: false, error: { message: 'The file is empty.', line: 1, column: 1 } };
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const records = parsed.records;
  const headerIndex = records.findIndex((r) => {
    const names = r.fields.map((f) => f.trim().toLowerCase());
    return REQUIRED.every((k) => names.includes(HEADER[k]));
  });
  if (headerIndex < 0) {
    return {
      ok: false,
      error: {
        message: "This does not look like LinkedIn's Connections.csv: no line has the columns First Name, Last Name, URL and Connected On.",
        line: 1,
        column: 1,
      },
    };
  }
  const header = records[headerIndex]!;
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const col = (k: keyof typeof HEADER) => names.indexOf(HEADER[k]);
  const rows: ConnectionRow[] = [];
  for (const r of records.slice(headerIndex + 1)) {
    if (r.fields.length === 1 && r.fields[0]!.trim() === '') continue; // blank line
    const where = (k: number) => ({ line: r.line, column: r.columns[k] ?? r.endColumn });
    const fail = (message: string, at: { line: number; column: number }): ConnectionsCsvResult => ({
      ok: false,
      error: { message: `Line ${at.line}, column ${at.column}: ${message}`, ...at },
    });
    if (r.fields.length !== header.fields.length) {
      const at = r.fields.length > header.fields.length ? where(header.fields.length) : { line: r.endLine, column: r.endColumn };
      return fail(`this row has ${r.fields.length} fields, but the header on line ${header.line} has ${header.fields.length}.`, at);
    }
    const get = (k: keyof typeof HEADER) => (col(k) >= 0 ? r.fields[col(k)]!.trim() : '');
    const url = get('url');
    const vanityName = url ? normalizeVanity(url) : null;
    if (url && (!vanityName || !/^(https?:\/\/)?([a-z]+\.)?linkedin\.com\/in\//i.test(url))) {
      return fail(`the URL ${JSON.stringify(url.slice(0, 80))} is not a LinkedIn profile address (https://www.linkedin.com/in/…).`, where(col('url')));
    }
    const rawDate = get('connectedOn');
    const connectedOn = rawDate ? parseConnectedOn(rawDate) : null;
    if (rawDate && !connectedOn) {
      return fail(`"Connected On" is ${JSON.stringify(rawDate.slice(0, 40))}, expected a date like 07 Dec 2026.`, where(col('connectedOn')));
    }
    const firstName = get('firstName');
    const lastName = get('lastName');
    rows.push({
      firstName,
      lastName,
      fullName: [firstName, lastName].filter(Boolean).join(' ').slice(0, MAX_PERSON_NAME),
      url,
      vanityName,
      email: get('email'),
      company: get('company'),
      position: get('position'),
      connectedOn,
      line: r.line,
    });
  }
  return { ok: true, rows };
}

export interface ConnectionsMergeOptions {
  /** add connections not in the log, as accepted with no reason */
  addRest: boolean;
  now: number;
  timeZone: string;
}

export interface ConnectionsMerge {
  /** only the people that changed or were added (write these) */
  people: Person[];
  /** people in the log whose connection date was filled in or corrected */
  backfilled: number;
  added: number;
  /** rows matching nobody in the log (not added unless addRest) */
  unmatched: number;
}

/**
 * Backfills connectedAt (local noon of "Connected On", in the user's zone) for people in the log, matched
 * by vanity name, else by exact name when the name is unique on both sides and no vanity contradicts;
 * records the 'connections-csv' evidence (→ accepted). With addRest, the other rows become people,
 * accepted, with no invitation and no reason.
 */
export function mergeConnections(people: readonly Person[], rows: readonly ConnectionRow[], opts: ConnectionsMergeOptions): ConnectionsMerge {
  const byVanity = new Map<string, Person>();
  const nameCount = new Map<string, number>();
  for (const p of people) {
    const v = normalizeVanity(p.vanityName);
    if (v) byVanity.set(v, p);
    const n = normalizeName(p.fullName);
    if (n) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  }
  const rowNameCount = new Map<string, number>();
  for (const r of rows) {
    const n = normalizeName(r.fullName);
    if (n) rowNameCount.set(n, (rowNameCount.get(n) ?? 0) + 1);
  }
  const changed = new Map<string, Person>();
  const current = (p: Person) => changed.get(p.id) ?? p;
  let backfilled = 0;
  let added = 0;
  let unmatched = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const rowKey = row.vanityName ? `v:${row.vanityName}` : `n:${normalizeName(row.fullName)}`;
    if (seen.has(rowKey)) continue;
    seen.add(rowKey);
    let match = row.vanityName ? byVanity.get(row.vanityName) : undefined;
    if (!match) {
      const n = normalizeName(row.fullName);
      if (n && nameCount.get(n) === 1 && rowNameCount.get(n) === 1) {
        const candidate = people.find((p) => normalizeName(p.fullName) === n);
        // A different vanity on both sides is a different person with the same name.
        if (candidate && (!row.vanityName || !candidate.vanityName) && matchesPerson(candidate, { fullName: row.fullName })) match = candidate;
      }
    }
    const connectedAt = row.connectedOn ? localNoon(row.connectedOn, opts.timeZone) : null;
    const evidence = { signal: 'connections-csv' as const, at: opts.now, where: 'Connections.csv', ...(row.connectedOn ? { detail: row.connectedOn } : {}) };
    if (match) {
      let p = current(match);
      const before = p;
      if (connectedAt !== null && (p.connectedAt === null || localDate(p.connectedAt, opts.timeZone) !== row.connectedOn)) {
        p = { ...p, connectedAt, updatedAt: Math.max(p.updatedAt, opts.now) };
        backfilled++;
      }
      p = applyEvidence(p, evidence);
      if (p !== before) changed.set(p.id, p);
      continue;
    }
    if (!opts.addRest) {
      unmatched++;
      continue;
    }
    const fresh = newPerson({ vanityName: row.vanityName, fullName: row.fullName }, opts.now);
    if (!fresh || changed.has(fresh.id) || people.some((p) => p.id === fresh.id)) {
      unmatched++;
      continue;
    }
    const detail = [row.position, row.company].filter(Boolean).join(' at ');
    let p: Person = { ...fresh, state: 'accepted', connectedAt };
    p = { ...p, events: addEvent([], { id: eventId('imported', opts.now), type: 'imported', at: opts.now, text: `From Connections.csv${detail ? ` (${detail.slice(0, 200)})` : ''}` }) };
    p = { ...applyEvidence(p, evidence), connectedAt };
    changed.set(p.id, p);
    added++;
  }
  return { people: [...changed.values()], backfilled, added, unmatched };
}
