/**
 * People (issue 10): the local log of who you invited, why, and what happened since. A keyed store
 * (keyed-store.ts) in storage.local, NEVER synced (sync's 100 KB would not hold it, and it is
 * private). The state machine and the exchange formats are pure, in src/core/people/.
 *
 * storage.local keys (People schema version 1):
 *   p:<id>      Person, one key per person (`id` = personKey(): `v:<vanity>`, `u:<urn>`, `n:<name>`),
 *               validated with PersonSchema on every read; a bad one is set aside (shared `setAside`
 *               list, exported with the library's) and reported, never dropped.
 *   peopleMeta  { schemaVersion, newSinceExport, lastExportAt }: the layout version (a damaged one
 *               is set aside and every person read as usual; a newer one makes the store read-only)
 *               and the counter behind the backup reminder (every 25 new people).
 *   pe:<t>-<r>  Pending raw event from the always-on script (which must not load zod): ingested
 *               through zod by `ingestPending()` (UI bundle or worker) and removed; a bad one is set
 *               aside. Shapes: see PendingSchema below.
 *
 * Budget: about 2 KB per person (key + JSON, as Chrome counts). Evidence is machine-observed and
 * repeats (the same profile seen at 1st degree on every visit): per signal only the first and the
 * latest sighting are kept, and at most MAX_STORED_EVIDENCE in all. Events are the user's history
 * and are kept (core bounds them at MAX_EVENTS).
 */
import * as z from 'zod/mini';
import {
  EvidenceSchema,
  InviteSchema,
  PERSON_EVENT_TYPES,
  PersonSchema,
  newPerson,
  personKey,
  type Evidence,
  type Invite,
  type Person,
  type PersonEvent,
  type PersonMatch,
} from '../core/people/model';
import { addEvent, applyEvidence, eventId } from '../core/people/state';
import { clampPerson } from '../core/people/budget';
import { withReplyToInvitation } from '../core/people/invite';
import { CONTACT_TYPES, logContact, type ContactType } from '../core/people/followups';
import { exportPeopleText, importPeopleInto, parsePeopleFile } from './people-transfer';
import { compactEvidence, decodePerson, encodePerson, findIn, type ImportPeopleOptions, type ImportPeopleResult } from './people-records';

export { MAX_STORED_EVIDENCE, compactEvidence, decodePerson, encodePerson, type ImportPeopleOptions, type ImportPeopleResult } from './people-records';
import { localArea, type StorageAreaLike } from './areas';
import { readWhere } from './read-where';
import { createKeyedStore, mergeSetAside, readSetAside, writeSection, type ItemMigration, type KeyedEdit } from './keyed-store';
import { K_SET_ASIDE, describeIssues } from './layout';

export const P_PERSON = 'p:';
export const K_PEOPLE_META = 'peopleMeta';
export const P_PENDING = 'pe:';
/** A change to more records than this (an import, a wipe) is followed by one full read. */
const FULL_RELOAD_OVER = 200;
/** The backup reminder: after every this many new people since the last export. */
export const BACKUP_EVERY = 25;

/** Numbered migrations of one person record (raw → raw). None yet: version 1 is the first layout. */
export const peopleMigrations: ItemMigration[] = [{ version: 1, description: 'People: one key per person', up: (raw) => raw }];

export interface RecordInviteInput extends PersonMatch {
  invite: Invite;
  /** Where the Send was pressed (path), for the evidence. */
  where: string;
  /** Default: the invite's time. */
  at?: number;
}

export interface RecordReplyInput extends PersonMatch {
  /** The reply as sent. */
  text: string;
  at: number;
  /** Where their invitation was seen (path), for the evidence; '' if unknown. */
  where: string;
}

export type PersonPatch = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>>;
export type NewEvent = Omit<PersonEvent, 'id'> & { id?: string };

export interface PeopleStatus {
  /** New people since the last export; the reminder is due at every BACKUP_EVERY. */
  newSinceExport: number;
  lastExportAt: number | null;
  backupDue: boolean;
  /** Set when People was saved by a newer version: nothing can be changed. */
  readOnly: string | null;
  /** Plain-language messages (data set aside...). */
  notices: string[];
}

export interface PeopleStore {
  /** Everyone in the log, newest first (by updatedAt). Sets aside what does not validate. */
  load(): Promise<Person[]>;
  get(id: string): Promise<Person | null>;
  /** The user pressed Send in a guarded dialog: adds or updates the person (unconfirmed). */
  recordInvite(input: RecordInviteInput): Promise<Person>;
  /**
   * The user sent a reply to someone's blank invitation: adds the inviter when absent (state as it
   * was, 'unknown' for someone new, with 'invitation-received' evidence) and logs the 'reply-sent'
   * contact with its text. The one way into the log besides an invitation the user sent.
   */
  recordReply(input: RecordReplyInput): Promise<Person>;
  /** null when the person is not in the log: acceptance only updates logged people. */
  addEvidence(match: PersonMatch, evidence: Evidence): Promise<Person | null>;
  addEvent(id: string, event: NewEvent): Promise<Person>;
  update(id: string, patch: PersonPatch): Promise<Person>;
  remove(id: string): Promise<void>;
  /** Deletes everyone; the returned function puts them back (keeping anyone edited meanwhile). */
  removeAll(): Promise<() => Promise<void>>;
  /** A rejected file writes nothing at all. */
  importPeople(text: string, opts?: ImportPeopleOptions): Promise<ImportPeopleResult>;
  /** Our versioned JSON; resets the backup reminder. */
  exportPeople(): Promise<string>;
  status(): Promise<PeopleStatus>;
  /** Moves the always-on script's raw `pe:*` entries into the log. Returns how many were applied. */
  ingestPending(): Promise<number>;
  /** `cb` gets the people after every change to People, from any context, until `signal` aborts. */
  subscribe(cb: (people: Person[]) => void, signal?: AbortSignal): () => void;
}

export class PeopleError extends Error {
  constructor(
    readonly code: 'invalid' | 'not-found' | 'read-only',
    message: string,
  ) {
    super(message);
    this.name = 'PeopleError';
  }
}

// ---- pending entries from the always-on script ----------------------------------------------

const MatchSchema = z.object({
  vanityName: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  profileUrn: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
  fullName: z.optional(z.nullable(z.string().check(z.maxLength(500)))),
});
/**
 * What the always-on script may write under `pe:*` (plain objects, no zod there):
 *   { type: 'send-pressed', match, invite: Invite, where, at }        → recordInvite
 *   { type: 'evidence', match, evidence: Evidence }                    → addEvidence
 *   { type: 'event', match, event: { type, at, text? }, where? }       → addEvent on that person; a
 *                                                                        'reply-sent' for someone not in
 *                                                                        the log adds them (recordReply)
 */
export const PendingSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send-pressed'), match: MatchSchema, invite: InviteSchema, where: z.string().check(z.maxLength(300)), at: z.number() }),
  z.object({ type: z.literal('evidence'), match: MatchSchema, evidence: EvidenceSchema }),
  z.object({
    type: z.literal('event'),
    match: MatchSchema,
    event: z.object({ type: z.enum(PERSON_EVENT_TYPES), at: z.number(), text: z.optional(z.string().check(z.maxLength(500))) }),
    where: z.optional(z.string().check(z.maxLength(300))),
  }),
]);
export type PendingEntry = z.infer<typeof PendingSchema>;

// ---- record shaping ----------------------------------------------------------------------------

const isContact = (t: PersonEvent['type']): t is ContactType => (CONTACT_TYPES as readonly string[]).includes(t);
/** The user's zone, for the local dates of follow-ups (core's cadence arithmetic). */
const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function label(raw: unknown): string {
  const n = raw !== null && typeof raw === 'object' ? (raw as { fullName?: unknown }).fullName : undefined;
  return typeof n === 'string' && n.trim() ? `The person “${n.trim().slice(0, 80)}”` : 'A person in People';
}

const newestFirst = (a: Person, b: Person) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface PeopleStoreOptions {
  area?: StorageAreaLike;
  now?: () => number;
}

export function createPeopleStore(opts: PeopleStoreOptions | StorageAreaLike = {}): PeopleStore {
  const o: PeopleStoreOptions = 'get' in opts ? { area: opts } : opts;
  const area = o.area ?? localArea();
  const now = o.now ?? (() => Date.now());
  const store = createKeyedStore<Person>({
    area,
    item: { prefix: P_PERSON, schema: PersonSchema, idOf: (p) => p.id, label, encode: encodePerson, decode: decodePerson },
    metaKey: K_PEOPLE_META,
    migrations: peopleMigrations,
    now,
  });

  const edit = async <R>(fn: (e: KeyedEdit<Person>) => R | Promise<R>, ids?: readonly string[]): Promise<R> => {
    try {
      return await store.edit(fn, ids);
    } catch (e) {
      if (e instanceof PeopleError) throw e;
      if (e instanceof Error && e.name === 'ReadOnlyError') throw new PeopleError('read-only', e.message);
      throw new PeopleError('invalid', e instanceof Error ? e.message : String(e));
    }
  };

  /** Stamps and shapes a record before it is written (the store owns updatedAt). */
  function put(e: KeyedEdit<Person>, p: Person, isNew: boolean): Person {
    const prev = e.items.get(p.id);
    // core's normal form (bounded lists, capped text: a write never fails for length), then our
    // tighter evidence budget.
    const c = clampPerson(p);
    const stored = e.put({ ...c, evidence: compactEvidence(c.evidence), updatedAt: Math.max(e.t, (prev?.updatedAt ?? 0) + 1) });
    if (isNew) e.meta.newSinceExport = (typeof e.meta.newSinceExport === 'number' ? e.meta.newSinceExport : 0) + 1;
    return stored;
  }

  function mustGet(e: KeyedEdit<Person>, id: string): Person {
    const p = e.items.get(id);
    if (!p) throw new PeopleError('not-found', 'This person is no longer in People.');
    return p;
  }

  function recordIn(e: KeyedEdit<Person>, input: RecordInviteInput): Person {
    const inv = InviteSchema.safeParse(input.invite);
    if (!inv.success) throw new PeopleError('invalid', `The invitation cannot be logged: ${describeIssues(inv.error.issues, input.invite)}.`);
    const at = input.at ?? inv.data.at;
    const found = findIn(e.items, input);
    const base = found ?? newPerson(input, at);
    if (!base) throw new PeopleError('invalid', 'The invitation cannot be logged: the person has no name or profile address.');
    let p: Person = {
      ...base,
      // Fill what the page tells now and the record lacked (ids never change once given).
      fullName: base.fullName || (input.fullName ?? '').trim().slice(0, 200),
      vanityName: base.vanityName ?? newPerson(input, at)?.vanityName ?? null,
      profileUrn: base.profileUrn ?? newPerson(input, at)?.profileUrn ?? null,
      invite: inv.data,
      howWeMet: base.howWeMet.text ? base.howWeMet : { ...base.howWeMet, text: inv.data.reason.slice(0, 1000) },
    };
    // The state machine adds the 'invited' event (and nothing for a second press while pending).
    p = applyEvidence(p, { signal: 'send-pressed', at, where: input.where.slice(0, 300) });
    return put(e, p, !found);
  }

  function evidenceIn(e: KeyedEdit<Person>, match: PersonMatch, evidence: Evidence): Person | null {
    const ev = EvidenceSchema.safeParse(evidence);
    if (!ev.success) throw new PeopleError('invalid', `This evidence cannot be kept: ${describeIssues(ev.error.issues, evidence)}.`);
    const p = findIn(e.items, match);
    if (!p) return null;
    return put(e, applyEvidence(p, ev.data), false);
  }

  function replyIn(e: KeyedEdit<Person>, input: RecordReplyInput): Person {
    if (!Number.isSafeInteger(input.at) || input.at < 0) throw new PeopleError('invalid', 'The reply cannot be logged: its time is not valid.');
    const found = findIn(e.items, input);
    const p = withReplyToInvitation(found, { match: input, text: input.text, at: input.at, where: input.where }, timeZone());
    if (!p) throw new PeopleError('invalid', 'The reply cannot be logged: the person has no name or profile address.');
    return put(e, p, !found);
  }

  function eventIn(e: KeyedEdit<Person>, p: Person, event: NewEvent): Person {
    // A contact (message, reply, reason, follow-up done) resets the cadence: core's logContact.
    if (isContact(event.type)) return put(e, logContact(p, { ...event, type: event.type }, timeZone()), false);
    const full: PersonEvent = { ...event, id: event.id ?? eventId(event.type, event.at) };
    return put(e, { ...p, events: addEvent(p.events, full) }, false);
  }

  /**
   * An edit for the person a page names: reads only their key (personKey) when they are stored
   * under it, which is nearly always; otherwise (a record keyed by name before the vanity was
   * known, or nobody) reads everyone, so matching by URN or name still finds them.
   */
  async function byMatch<R>(match: PersonMatch, fn: (e: KeyedEdit<Person>) => R): Promise<R> {
    const key = personKey(match);
    if (key) {
      const quick = await edit((e) => (e.items.has(key) ? { hit: true as const, r: fn(e) } : { hit: false as const }), [key]);
      if (quick.hit) return quick.r;
    }
    return edit(fn);
  }

  // The last full load: its records seed a subscriber's list, which is then patched key by key.
  let lastFull: { seq: number; items: Map<string, Person> } | null = null;
  let loads = 0;
  /** The last full load could not set a damaged record aside (storage full): status() says so. */
  let refused: string | null = null;

  async function loadAll(): Promise<Person[]> {
    const seq = ++loads;
    const l = await store.load();
    if (!lastFull || seq > lastFull.seq) {
      lastFull = { seq, items: l.items };
      refused = l.refused ?? null;
    }
    return [...l.items.values()].sort(newestFirst);
  }

  return {
    load: loadAll,
    async get(id) {
      // One key (plus the meta): opening one person must not read the other 4,999.
      return (await store.loadSome([id])).items.get(id) ?? null;
    },
    recordInvite: (input) => byMatch(input, (e) => recordIn(e, input)),
    recordReply: (input) => byMatch(input, (e) => replyIn(e, input)),
    addEvidence: (match, evidence) => byMatch(match, (e) => evidenceIn(e, match, evidence)),
    addEvent: (id, event) => edit((e) => eventIn(e, mustGet(e, id), event), [id]),
    update: (id, patch) =>
      edit((e) => {
        const p = mustGet(e, id);
        const clean: Record<string, unknown> = { ...patch };
        for (const k of ['id', 'createdAt', 'updatedAt']) delete clean[k];
        return put(e, { ...p, ...(clean as PersonPatch) }, false);
      }, [id]),
    remove: (id) =>
      edit((e) => {
        e.remove(id);
      }, [id]),
    async removeAll() {
      const gone = await edit((e) => {
        const all = [...e.items.values()];
        for (const p of all) e.remove(p.id);
        return all;
      });
      return () =>
        edit((e) => {
          // Anyone logged again meanwhile keeps the newer record.
          for (const p of gone) {
            const cur = e.items.get(p.id);
            if (!cur || cur.updatedAt < p.updatedAt) e.put(p);
          }
        });
    },
    async importPeople(text, options = {}) {
      // Parse before touching storage: a rejected file leaves it byte-for-byte as it was.
      const file = parsePeopleFile(text, options);
      if (!file.ok) return file;
      return edit((e) => importPeopleInto(e, file, options));
    },
    async exportPeople() {
      const t = now();
      const people = await loadAll();
      const text = exportPeopleText(people, t);
      await store
        .edit((e) => {
          e.meta.newSinceExport = 0;
          e.meta.lastExportAt = t;
        })
        .catch(() => undefined);
      return text;
    },
    async status() {
      // The meta only: no record is read (it follows every change in the People tab). Records set
      // aside are reported by the load that moved them, as before (a second full load found none),
      // and in the popup's set-aside banner; a move storage refused, by the last full load.
      const l = await store.loadSome([]);
      const n = typeof l.meta.newSinceExport === 'number' ? l.meta.newSinceExport : 0;
      return {
        newSinceExport: n,
        lastExportAt: typeof l.meta.lastExportAt === 'number' ? l.meta.lastExportAt : null,
        backupDue: n >= BACKUP_EVERY,
        readOnly: l.readOnly,
        notices: refused && !l.notices.includes(refused) ? [...l.notices, refused] : l.notices,
      };
    },
    async ingestPending() {
      const snap = await readWhere(area, (k) => k.startsWith(P_PENDING));
      const keys = Object.keys(snap)
        .filter((k) => k.startsWith(P_PENDING))
        .sort();
      if (!keys.length) return 0;
      let applied = 0;
      const bad: Array<{ key: string; raw: unknown; reason: string }> = [];
      await edit((e) => {
        for (const key of keys) {
          const r = PendingSchema.safeParse(snap[key]);
          if (!r.success) {
            bad.push({ key, raw: snap[key], reason: `A People event from a LinkedIn page could not be read: ${describeIssues(r.error.issues, snap[key])}.` });
            continue;
          }
          const p = r.data;
          try {
            if (p.type === 'send-pressed') recordIn(e, { ...p.match, invite: p.invite, where: p.where, at: p.at });
            else if (p.type === 'evidence') evidenceIn(e, p.match, p.evidence);
            else {
              const who = findIn(e.items, p.match);
              if (who) eventIn(e, who, p.event);
              // A reply to their blank invitation brings the inviter into the log.
              else if (p.event.type === 'reply-sent') replyIn(e, { ...p.match, text: p.event.text ?? '', at: p.event.at, where: p.where ?? '' });
            }
            applied++;
          } catch (err) {
            bad.push({ key, raw: snap[key], reason: `A People event from a LinkedIn page could not be applied: ${err instanceof Error ? err.message : String(err)}` });
          }
        }
      });
      // The backup first, then the removal: an interruption leaves a duplicate, never a loss.
      if (bad.length) {
        await writeSection(async () => {
          const cur = await area.get(K_SET_ASIDE);
          await area.set({ [K_SET_ASIDE]: mergeSetAside(readSetAside(cur[K_SET_ASIDE], now()).entries, bad, now()) });
        });
      }
      await area.remove(keys);
      return applied;
    },
    subscribe(cb, signal) {
      let seq = 0;
      // This subscriber's copy of the log: an edit elsewhere re-reads only the records it changed
      // (one key for one edit), not all 5,000. A big batch (import, wipe) is one full read instead.
      let known: Map<string, Person> | null = null;
      let list: Person[] = [];
      // Only a load started after this subscription can seed it: every change after that load's
      // read reaches this subscriber as an event, so patching from it misses nothing.
      const since = loads;
      const refresh = async (ids: string[]): Promise<Person[]> => {
        if (!known && lastFull && lastFull.seq > since) known = new Map(lastFull.items);
        if (!known || ids.length > FULL_RELOAD_OVER) {
          known = new Map((await store.load()).items);
        } else if (ids.length) {
          const l = await store.loadSome(ids);
          for (const id of ids) {
            const p = l.items.get(id);
            if (p) known.set(id, p);
            else known.delete(id);
          }
        } else return list; // peopleMeta only (the backup counter): the same list
        return (list = [...known.values()].sort(newestFirst));
      };
      return store.subscribe((keys) => {
        const mine = ++seq;
        const ids = keys.filter((k) => k.startsWith(P_PERSON)).map((k) => k.slice(P_PERSON.length));
        void refresh([...new Set(ids)]).then(
          (people) => {
            if (mine === seq && !signal?.aborted) cb(people);
          },
          () => undefined,
        );
      }, signal);
    },
  };
}
