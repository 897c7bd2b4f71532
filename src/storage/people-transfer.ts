/**
 * People in and out: our versioned JSON (core's exportPeople/parsePeopleImport/mergePeople, which
 * merge losslessly) and LinkedIn's own Connections.csv (core's parseConnectionsCsv), applied to a
 * People edit (people.ts). Parsing is separate from applying: a rejected file writes nothing.
 */
import { newPerson, type Evidence, type Person } from '../core/people/model';
import { applyEvidence, eventId } from '../core/people/state';
// Until people-core's exchange lands (src/core/people/exchange.ts, csv.ts): the JSON is written
// here and import refuses with a message. Replaced by core's functions on merge.
const exportPeople = (people: Person[], now: number) => `${JSON.stringify({ format: 'on-purpose.people', version: 1, exportedAt: new Date(now).toISOString(), people }, null, 2)}\n`;
const parsePeopleImport = (_text: string): { ok: true; people: Person[] } | { ok: false; error: { message: string } } => ({ ok: false, error: { message: 'Importing People is not available in this build yet.' } });
const parseConnectionsCsv = (_text: string): { ok: true; connections: Connection[] } | { ok: false; error: { message: string } } => ({ ok: false, error: { message: 'Importing Connections.csv is not available in this build yet.' } });
const mergePeople = (existing: Person[], incoming: Person[]): Person[] => [...existing, ...incoming.filter((p) => !existing.some((e) => e.id === p.id))];
import type { KeyedEdit } from './keyed-store';
import { compactEvidence, findIn, type ImportPeopleOptions, type ImportPeopleResult } from './people-records';

interface Connection {
  fullName: string;
  vanityName: string | null;
  connectedAt: number | null;
}

export type PeopleFile = { ok: true; people: Person[] } | { ok: true; connections: Connection[] };

export function parsePeopleFile(text: string, opts: ImportPeopleOptions): PeopleFile | { ok: false; message: string } {
  if (opts.format === 'connections-csv') {
    const csv = parseConnectionsCsv(text);
    if (!csv.ok) return { ok: false, message: csv.error.message };
    return { ok: true, connections: csv.connections };
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

/** Connections.csv: backfills connection dates; optionally adds the rest as accepted, no reason. */
function applyConnections(e: KeyedEdit<Person>, rows: readonly Connection[], addUnknown: boolean): ImportPeopleResult {
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of rows) {
    const p = findIn(e.items, row);
    const evidence: Evidence = { signal: 'connections-csv', at: row.connectedAt ?? e.t, where: 'Connections.csv' };
    if (p) {
      const next = applyEvidence(p, evidence);
      const connectedAt = p.connectedAt === null || (row.connectedAt !== null && row.connectedAt < p.connectedAt) ? row.connectedAt : p.connectedAt;
      if (next === p && connectedAt === p.connectedAt) {
        unchanged++;
        continue;
      }
      e.put({ ...next, connectedAt: connectedAt ?? next.connectedAt, evidence: compactEvidence(next.evidence), updatedAt: Math.max(e.t, p.updatedAt + 1) });
      updated++;
    } else if (addUnknown) {
      const fresh = newPerson(row, e.t);
      if (!fresh) continue;
      const next = applyEvidence(fresh, evidence);
      e.put({ ...next, connectedAt: row.connectedAt, events: [...next.events, { id: eventId('imported', e.t), type: 'imported', at: e.t }] });
      added++;
    }
  }
  bump(e, added);
  return { ok: true, added, updated, unchanged };
}
