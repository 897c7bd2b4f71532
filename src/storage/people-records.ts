/**
 * People records as the store keeps them (people.ts) and imports them (people-transfer.ts): the
 * evidence budget and matching a page's person to a record.
 */
import { matchesPerson, personKey, type Evidence, type Person, type PersonMatch } from '../core/people/model';

/** Per signal the first and the latest sighting; this many in all (newest kept). */
export const MAX_STORED_EVIDENCE = 12;

/** Repeated sightings collapse: per signal the first and the latest; newest MAX_STORED_EVIDENCE kept. */
export function compactEvidence(list: readonly Evidence[]): Evidence[] {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  list.forEach((e, i) => {
    if (!first.has(e.signal)) first.set(e.signal, i);
    last.set(e.signal, i);
  });
  const keep = list.filter((e, i) => first.get(e.signal) === i || last.get(e.signal) === i);
  return keep.slice(-MAX_STORED_EVIDENCE);
}

/** The record a page's person is: by id first, then by vanity/URN/name (core's matchesPerson). */
export function findIn(items: ReadonlyMap<string, Person>, match: PersonMatch): Person | null {
  const key = personKey(match);
  const direct = key ? items.get(key) : undefined;
  if (direct) return direct;
  for (const p of items.values()) if (matchesPerson(p, match)) return p;
  return null;
}

export interface ImportPeopleOptions {
  /** 'json': our export (default). 'connections-csv': LinkedIn's Connections.csv. */
  format?: 'json' | 'connections-csv';
  /** Connections.csv only: add people not in the log as accepted, with no reason. Default false. */
  addUnknown?: boolean;
}
export type ImportPeopleResult =
  | { ok: true; added: number; updated: number; unchanged: number; /** Connections.csv rows matching nobody (not added) */ unmatched?: number }
  | { ok: false; message: string };


// ---- the stored form ---------------------------------------------------------------------------

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Top-level fields left out when null (restored as null on read). */
const NULLABLE = ['vanityName', 'profileUrn', 'invite', 'cadenceWeeks', 'lastContactAt', 'reasonDeliveredAt', 'connectedAt'] as const;

/**
 * The stored form of a person (the ~2 KB budget): null fields, empty "how we met" parts, open
 * follow-ups' `doneAt: null` and event ids that are just `<type>-<at>` (core's eventId) are left
 * out. `decodePerson` puts them back before PersonSchema validates the record.
 */
export function encodePerson(p: Person): Rec {
  const out: Rec = { ...p };
  for (const k of NULLABLE) if (out[k] === null) delete out[k];
  out.events = p.events.map((e) => (e.id === `${e.type}-${e.at}` ? (({ id: _id, ...rest }) => rest)(e) : e));
  out.followUps = p.followUps.map((f) => (f.doneAt === null ? (({ doneAt: _d, ...rest }) => rest)(f) : f));
  const how: Rec = { ...p.howWeMet };
  for (const k of ['where', 'when']) if (how[k] === '') delete how[k];
  out.howWeMet = how;
  return out;
}

export function decodePerson(raw: unknown): unknown {
  if (!isRec(raw)) return raw;
  const out: Rec = { ...raw };
  for (const k of NULLABLE) if (!(k in out)) out[k] = null;
  if (Array.isArray(out.events)) out.events = out.events.map((e) => (isRec(e) && !('id' in e) ? { id: `${String(e.type)}-${String(e.at)}`, ...e } : e));
  if (Array.isArray(out.followUps)) out.followUps = out.followUps.map((f) => (isRec(f) && !('doneAt' in f) ? { ...f, doneAt: null } : f));
  if (isRec(out.howWeMet)) out.howWeMet = { where: '', when: '', ...out.howWeMet };
  return out;
}
