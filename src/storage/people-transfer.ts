/**
 * People in and out: our versioned JSON (core's exportPeople/parsePeopleImport/mergePeople, which
 * merge losslessly) and LinkedIn's own Connections.csv (core's parseConnectionsCsv), applied to a
 * People edit (people.ts). Parsing is separate from applying: a rejected file writes nothing.
 */
import type { Person } from '../core/people/model';
import { exportPeople, mergePeople, parsePeopleImport } from '../core/people/exchange';
import { mergeConnections, parseConnectionsCsv, type ConnectionRow } from '../core/people/csv';
import type { KeyedEdit } from './keyed-store';
import { compactEvidence, type ImportPeopleOptions, type ImportPeopleResult } from './people-records';

export type PeopleFile = { ok: true; people: Person[] } | { ok: true; connections: ConnectionRow[] };

/** The user's zone: Connections.csv dates are local calendar dates. */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function parsePeopleFile(text: string, opts: ImportPeopleOptions): PeopleFile | { ok: false; message: string } {
  if (opts.format === 'connections-csv') {
    const csv = parseConnectionsCsv(text);
    if (!csv.ok) return { ok: false, message: csv.error.message };
    return { ok: true, connections: csv.rows };
  }
  const parsed = parsePeopleImport(text);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  return { ok: true, people: parsed.people };
}

export function exportPeopleText(people: readonly Person[], now: number): string {
  return exportPeople([...people], now);
}

const bump = (e: KeyedEdit<Person>, n: number) => {
  if (n) e.meta.newSinceExport = (typeof e.meta.newSinceExport === 'number' ? e.meta.newSinceExport : 0) + n;
};

export function importPeopleInto(e: KeyedEdit<Person>, file: PeopleFile, opts: ImportPeopleOptions): ImportPeopleResult {
  if ('connections' in file) return applyConnections(e, file.connections, opts.addUnknown === true);
  const merged = mergePeople([...e.items.values()], file.people);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const p of merged) {
    const cur = e.items.get(p.id);
    if (cur && JSON.stringify(cur) === JSON.stringify(p)) {
      unchanged++;
      continue;
    }
    if (cur) updated++;
    else added++;
    e.put({ ...p, evidence: compactEvidence(p.evidence) });
  }
  bump(e, added);
  return { ok: true, added, updated, unchanged };
}

/** Connections.csv (core's mergeConnections): backfills connection dates; optionally adds the rest. */
function applyConnections(e: KeyedEdit<Person>, rows: readonly ConnectionRow[], addRest: boolean): ImportPeopleResult {
  const m = mergeConnections([...e.items.values()], rows, { addRest, now: e.t, timeZone: timeZone() });
  for (const p of m.people) e.put({ ...p, evidence: compactEvidence(p.evidence), updatedAt: Math.max(e.t, (e.items.get(p.id)?.updatedAt ?? 0) + 1) });
  bump(e, m.added);
  return { ok: true, added: m.added, updated: m.backfilled, unchanged: e.items.size - m.people.length, unmatched: m.unmatched };
}
