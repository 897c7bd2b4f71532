/**
 * People as a JSON file (issue 10 §7): versioned, validated with zod, merged losslessly.
 *
 * File format (version 1):
 *   { "format": "on-purpose-people", "version": 1, "exportedAt": "<ISO date>", "people": [Person…] }
 *
 * Import rules (same discipline as the template import in ../exchange.ts, whose helpers it reuses):
 * the whole file is checked before anything is returned, so a bad file imports nothing ("never
 * half-imported"); the first problem is reported with where it is: a JSON syntax error by line and
 * column, a bad field by its path (people[3].followUps[0].due). Keys named __proto__, constructor or
 * prototype anywhere reject the file. Unknown extra fields are dropped; a newer version is refused with
 * a message to update.
 *
 * Merge (`mergePerson`, `mergePeople`): nothing is lost. Evidence, events and follow-ups are the union
 * of both sides (by evidence content, by event id, by follow-up id); scalar fields come from the side
 * with the newer updatedAt (on a tie, per field by a fixed order of values, so the merge is commutative),
 * and a field the newer side does not know (null, '') is filled from the other, except where the
 * newer side's choice must stand even when empty (state, cadence, snooze); and where time itself
 * decides: createdAt is the earliest, updatedAt and lastContactAt the latest, a follow-up done on
 * either side is done.
 * export → wipe → import gives back the same People, and merging a file twice changes nothing.
 */
import { describeIssue, formatPath, kindOf, readJsonRoot, type ImportError, type IssueLike } from '../exchange';
import { clampPerson, evidenceKey, trimFollowUps } from './budget';
import { matchesPerson, normalizeVanity, PersonSchema, type FollowUp, type Person } from './model';

export const PEOPLE_FORMAT = 'on-purpose-people';
export const PEOPLE_VERSION = 1;
export const MAX_PEOPLE_IMPORT_BYTES = 50 * 1_048_576;
export const MAX_PEOPLE_IMPORT = 50_000;

export type PeopleImportResult =
  | { ok: true; people: Person[]; version: number; exportedAt: string | null }
  | { ok: false; error: ImportError };

export function exportPeople(people: readonly Person[], now: number): string {
  const file = { format: PEOPLE_FORMAT, version: PEOPLE_VERSION, exportedAt: new Date(now).toISOString(), people: people.map(clampPerson) };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), root);

export function parsePeopleImport(text: string): PeopleImportResult {
  const fail = (message: string, extra: Omit<ImportError, 'message'> = {}): PeopleImportResult => ({ ok: false, error: { message, ...extra } });
  const read = readJsonRoot(text, 'People', { bytes: MAX_PEOPLE_IMPORT_BYTES, label: '50 MB' });
  if (!read.ok) return { ok: false, error: read.error };
  const { root } = read;
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail(`This is not an On Purpose People file: it holds ${Array.isArray(root) ? 'a bare list' : kindOf(root)}, but should be an object with "format": "${PEOPLE_FORMAT}" and "people".`);
  }
  const file = root as Record<string, unknown>;
  if (file.format !== PEOPLE_FORMAT) {
    const templates = file.format === 'on-purpose.templates' ? ' It is a templates file: import it in the Templates tab.' : '';
    return fail(
      file.format === undefined
        ? `This is not an On Purpose People file: the "format" field is missing (expected "${PEOPLE_FORMAT}").`
        : `This is not an On Purpose People file: "format" is ${kindOf(file.format)}, expected "${PEOPLE_FORMAT}".${templates}`,
      { path: 'format' },
    );
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`version: expected a whole number such as ${PEOPLE_VERSION}, found ${kindOf(version)}.`, { path: 'version' });
  }
  if (version > PEOPLE_VERSION) {
    return fail(`This file was made by a newer version of On Purpose (People v${version}); update the extension to import it.`, { path: 'version' });
  }
  const list = file.people;
  if (!Array.isArray(list)) return fail(`people: expected a list of people, found ${list === undefined ? 'nothing' : kindOf(list)}.`, { path: 'people' });
  if (list.length > MAX_PEOPLE_IMPORT) return fail(`The file has ${list.length} people; at most ${MAX_PEOPLE_IMPORT} can be imported at once.`, { path: 'people' });
  const people: Person[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    const result = PersonSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0] as IssueLike;
      const path = formatPath(['people', index, ...issue.path]);
      return fail(`${path}: ${describeIssue(issue, valueAt(item, issue.path))}.`, { path });
    }
    const first = seen.get(result.data.id);
    if (first !== undefined) {
      const path = `people[${index}].id`;
      return fail(`${path}: the id ${JSON.stringify(result.data.id)} is already used by people[${first}].`, { path });
    }
    seen.set(result.data.id, index);
    people.push(clampPerson(result.data));
  }
  const exportedAt = typeof file.exportedAt === 'string' ? file.exportedAt.slice(0, 40) : null;
  return { ok: true, people, version, exportedAt };
}

const stable = (p: Person) => JSON.stringify(clampPerson(p));

const empty = (v: unknown) => v === null || v === undefined || v === '';
const json = (v: unknown) => (v === undefined ? '' : JSON.stringify(v));

/**
 * On equal updatedAt neither side is newer, so each field is picked by a fixed order of values
 * (something beats nothing, then the larger JSON): a join, which keeps the merge commutative and
 * absorbing (merging the result with either side again changes nothing).
 */
function pick<T>(x: T, y: T): T {
  if (empty(x) !== empty(y)) return empty(x) ? y : x;
  return json(x) >= json(y) ? x : y;
}

const minNullable = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
const maxNullable = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));

/**
 * One person from two copies (same person; the result keeps `a.id`). Returns `a` itself when the
 * merge adds nothing to it, so callers can skip writes. Bounds still apply: beyond 20 pieces of
 * evidence the oldest repeats go (state.ts trimEvidence), beyond 50 events the oldest minor ones.
 */
export function mergePerson(a: Person, b: Person): Person {
  const tie = a.updatedAt === b.updatedAt;
  const [n, o] = a.updatedAt >= b.updatedAt ? [a, b] : [b, a];
  /** A field the newer side decides, even when it cleared it (cadence, snooze, state). */
  const own = <T>(nv: T, ov: T): T => (tie ? pick(nv, ov) : nv);
  /** A field where "not known" (null, '') on the newer side is filled from the other. */
  const fill = <T>(nv: T, ov: T): T => (tie ? pick(nv, ov) : empty(nv) ? ov : nv);

  const evidence = new Map(o.evidence.map((e) => [evidenceKey(e), e]));
  for (const e of n.evidence) evidence.set(evidenceKey(e), e);
  const events = new Map(o.events.map((e) => [e.id, e]));
  for (const e of n.events) {
    const other = events.get(e.id);
    events.set(e.id, other ? own(e, other) : e);
  }
  const followUps = new Map(o.followUps.map((f) => [f.id, f]));
  for (const f of n.followUps) {
    const other = followUps.get(f.id);
    if (!other) {
      followUps.set(f.id, f);
      continue;
    }
    // What it is (kind, due, title) from the newer copy; done on either side is done (earliest).
    const strip = ({ doneAt: _d, createdAt: _c, ...rest }: FollowUp) => rest;
    const body = own(strip(f), strip(other));
    followUps.set(f.id, { ...body, doneAt: minNullable(f.doneAt, other.doneAt), createdAt: Math.min(f.createdAt, other.createdAt) });
  }
  const merged: Person = {
    id: a.id,
    fullName: fill(n.fullName, o.fullName),
    vanityName: fill(n.vanityName, o.vanityName),
    profileUrn: fill(n.profileUrn, o.profileUrn),
    state: own(n.state, o.state),
    evidence: [...evidence.values()],
    invite: fill(n.invite, o.invite),
    events: [...events.values()],
    followUps: trimFollowUps([...followUps.values()]),
    cadenceWeeks: own(n.cadenceWeeks, o.cadenceWeeks),
    lastContactAt: maxNullable(n.lastContactAt, o.lastContactAt),
    howWeMet: {
      text: fill(n.howWeMet.text, o.howWeMet.text),
      where: fill(n.howWeMet.where, o.howWeMet.where),
      when: fill(n.howWeMet.when, o.howWeMet.when),
    },
    reasonDeliveredAt: minNullable(n.reasonDeliveredAt, o.reasonDeliveredAt),
    connectedAt: fill(n.connectedAt, o.connectedAt),
    createdAt: Math.min(n.createdAt, o.createdAt),
    updatedAt: Math.max(n.updatedAt, o.updatedAt),
  };
  const snooze = own(n.cadenceSnoozedUntil, o.cadenceSnoozedUntil);
  if (snooze !== undefined) merged.cadenceSnoozedUntil = snooze;
  const out = clampPerson(merged);
  return stable(out) === stable(a) ? a : out;
}

/**
 * Merges incoming people into the existing list: by id, else by the same vanity name or profile URN (a
 * name alone is not enough: two people can share one). Existing people keep their id and their place;
 * new ones are appended in file order. Unchanged existing people are returned as the same objects.
 */
export function mergePeople(existing: readonly Person[], incoming: readonly Person[]): Person[] {
  const out = [...existing];
  const index = new Map(out.map((p, i) => [p.id, i]));
  for (const inc of incoming) {
    let i = index.get(inc.id);
    if (i === undefined && (normalizeVanity(inc.vanityName) || inc.profileUrn)) {
      const k = out.findIndex((p) => (normalizeVanity(p.vanityName) || p.profileUrn) && matchesPerson(p, { vanityName: inc.vanityName, profileUrn: inc.profileUrn }));
      if (k >= 0) i = k;
    }
    if (i === undefined) {
      index.set(inc.id, out.length);
      out.push(clampPerson(inc));
    } else {
      out[i] = mergePerson(out[i]!, inc);
    }
  }
  return out;
}
