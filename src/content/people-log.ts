/**
 * The People log as the content features see it (UI bundle only): one seam between the page
 * features (send log, acceptance, profile card, kept-reason delivery) and the People store.
 *
 * Records live one per key `p:<id>` in storage.local (PEOPLE-CONTRACT.md), validated with
 * PersonSchema on every read; an invalid record is never overwritten from here (fail open: the
 * feature does nothing for that person). Raw `pe:` entries from the always-on script are ingested
 * through zod and removed.
 *
 * The state machine is people-core's `applyEvidence` when present; `advance` below is the
 * conservative stand-in used until it lands, and it never claims more than the evidence: a toast or
 * Pending makes an invite `sent`, a 1st-degree profile or the Connections list makes it `accepted`,
 * a notification or absence from the Sent list is kept as evidence only.
 */
import * as z from 'zod/mini';
import { newId } from '../core/ids';
import {
  MAX_EVENTS,
  MAX_EVIDENCE,
  matchesPerson,
  newPerson,
  PersonSchema,
  type Evidence,
  type Person,
  type PersonEvent,
  type PersonMatch,
} from '../core/people/model';
import { localArea, type StorageAreaLike } from '../storage/areas';
import { PENDING_EVENT_PREFIX, type SendPressedEvent } from './send-log';

export const PERSON_PREFIX = 'p:';
const REASON_PREFIX = 'r:';

const SendPressedSchema = z.object({
  type: z.literal('send-pressed'),
  at: z.number(),
  where: z.string(),
  fullName: z.string(),
  vanityName: z.nullable(z.string()),
  note: z.string(),
  mode: z.enum(['note', 'reason-kept']),
  templateId: z.nullable(z.string()),
  templateName: z.nullable(z.string()),
  answers: z.record(z.string(), z.string()),
  reason: z.string(),
  keptReasonId: z.nullable(z.string()),
});

const clip = (s: string, n: number): string => (s.length > n ? s.slice(0, n) : s);

const event = (type: PersonEvent['type'], at: number, text?: string): PersonEvent => ({
  id: newId(),
  type,
  at,
  ...(text ? { text: clip(text, 500) } : {}),
});

/** Keep the first and the newest: the first evidence of a state is what the user is shown "since". */
function bounded<T>(list: T[], max: number): T[] {
  return list.length <= max ? list : [list[0]!, ...list.slice(list.length - max + 1)];
}

const CONFIRMS = new Set<Evidence['signal']>(['sent-toast', 'pending-shown', 'sent-list-listed']);
const ACCEPTS = new Set<Evidence['signal']>(['profile-1st', 'connections-list']);

/** The conservative state machine (see the file comment). Pure. */
export function advance(p: Person, ev: Evidence): Person {
  const next: Person = { ...p, evidence: bounded([...p.evidence, ev], MAX_EVIDENCE), updatedAt: Math.max(p.updatedAt, ev.at) };
  const events = [...p.events];
  if (ev.signal === 'send-pressed') {
    if (p.state === 'unknown' || p.state === 'withdrawn') next.state = 'unconfirmed';
  } else if (CONFIRMS.has(ev.signal)) {
    if (p.state === 'unconfirmed' || p.state === 'unknown' || p.state === 'withdrawn') {
      next.state = 'sent';
      events.push(event('confirmed', ev.at, ev.detail));
    }
  } else if (ACCEPTS.has(ev.signal)) {
    if (p.state !== 'accepted') {
      next.state = 'accepted';
      events.push(event('accepted', ev.at, ev.detail));
    }
    next.connectedAt ??= ev.at;
  } else if (ev.signal === 'withdrawn') {
    if (p.state !== 'accepted' && p.state !== 'withdrawn') {
      next.state = 'withdrawn';
      events.push(event('withdrawn', ev.at));
    }
  }
  next.events = bounded(events, MAX_EVENTS);
  return next;
}

export interface PeopleLog {
  all(): Promise<Person[]>;
  find(match: PersonMatch): Promise<Person | null>;
  /** Evidence for someone already in the log; null (and nothing written) for anyone else. */
  evidence(match: PersonMatch, ev: Evidence): Promise<Person | null>;
  /** An event on a person; `create` adds them first when they are not in the log yet. */
  event(match: PersonMatch, type: PersonEvent['type'], at: number, text?: string, create?: boolean): Promise<Person | null>;
  patch(id: string, patch: Partial<Pick<Person, 'reasonDeliveredAt' | 'lastContactAt' | 'profileUrn'>>): Promise<Person | null>;
  /** Turns the always-on script's raw `pe:` entries into records; returns the people touched. */
  ingestPending(keys?: readonly string[] | null, profileUrn?: (vanity: string | null) => string | null): Promise<Person[]>;
  subscribe(cb: () => void, signal: AbortSignal): void;
}

export function createPeopleLog(area: StorageAreaLike = localArea()): PeopleLog {
  // One write at a time: two features learning about the same person in one scan must not
  // overwrite each other's read-modify-write.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const readAll = async (): Promise<Person[]> => {
    const raw = await area.get(null);
    const out: Person[] = [];
    for (const [k, v] of Object.entries(raw)) {
      if (!k.startsWith(PERSON_PREFIX)) continue;
      const r = PersonSchema.safeParse(v);
      if (r.success) out.push(r.data);
    }
    return out;
  };
  const findIn = (list: Person[], match: PersonMatch): Person | null => list.find((p) => matchesPerson(p, match)) ?? null;
  const write = async (p: Person): Promise<Person> => {
    const r = PersonSchema.safeParse(p);
    if (!r.success) throw new Error('person record failed validation');
    await area.set({ [`${PERSON_PREFIX}${p.id}`]: r.data });
    return r.data;
  };

  const recordSend = async (list: Person[], e: SendPressedEvent, urn: string | null): Promise<Person | null> => {
    const match = { vanityName: e.vanityName, fullName: e.fullName, profileUrn: urn };
    const base = findIn(list, match) ?? newPerson(match, e.at);
    if (!base) return null;
    const invite = {
      at: e.at,
      note: clip(e.note, 400),
      templateId: e.templateId ? clip(e.templateId, 64) : null,
      templateName: e.templateName ? clip(e.templateName, 80) : null,
      answers: Object.fromEntries(Object.entries(e.answers).slice(0, 10).map(([k, v]) => [clip(k, 64), clip(v, 300)])),
      reason: clip(e.reason, 300),
      mode: e.mode,
    };
    let p: Person = {
      ...base,
      fullName: base.fullName || clip(e.fullName, 200),
      profileUrn: base.profileUrn ?? urn,
      invite,
      // A new invitation starts a new story: the earlier one (withdrawn, ignored) is history.
      state: base.state === 'accepted' ? base.state : 'unknown',
      events: bounded([...base.events, event('invited', e.at, e.mode === 'reason-kept' ? e.reason : e.note)], MAX_EVENTS),
      howWeMet: base.howWeMet.text || !invite.reason ? base.howWeMet : { ...base.howWeMet, text: clip(invite.reason, 1000) },
    };
    p = advance(p, { signal: 'send-pressed', at: e.at, where: clip(e.where, 300), detail: e.mode === 'reason-kept' ? 'without a note, reason kept' : e.note ? 'with a note' : 'without a note' });
    return write(p);
  };

  const log: PeopleLog = {
    all: () => readAll(),
    async find(match) {
      return findIn(await readAll(), match);
    },
    evidence(match, ev) {
      return serial(async () => {
        const p = findIn(await readAll(), match);
        return p ? write(advance(p, ev)) : null;
      });
    },
    event(match, type, at, text, create = false) {
      return serial(async () => {
        const list = await readAll();
        const p = findIn(list, match) ?? (create ? newPerson(match, at) : null);
        if (!p) return null;
        const contact = type === 'reply-sent' || type === 'message-sent' || type === 'reason-sent' || type === 'follow-up-done';
        return write({
          ...p,
          events: bounded([...p.events, event(type, at, text)], MAX_EVENTS),
          lastContactAt: contact ? Math.max(p.lastContactAt ?? 0, at) : p.lastContactAt,
          updatedAt: Math.max(p.updatedAt, at),
        });
      });
    },
    patch(id, patch) {
      return serial(async () => {
        const p = (await readAll()).find((x) => x.id === id);
        return p ? write({ ...p, ...patch, updatedAt: Date.now() }) : null;
      });
    },
    ingestPending(keys, urnFor) {
      return serial(async () => {
        const raw = await area.get(keys?.length ? [...keys] : null);
        const touched: Person[] = [];
        for (const [k, v] of Object.entries(raw).sort(([a], [b]) => a.localeCompare(b))) {
          if (!k.startsWith(PENDING_EVENT_PREFIX)) continue;
          const r = SendPressedSchema.safeParse(v);
          let p: Person | null = null;
          if (r.success) {
            const list = await readAll();
            p = await recordSend(list, r.data, urnFor?.(r.data.vanityName) ?? null).catch(() => null);
            if (p) touched.push(p);
            // The kept reason now lives in the person's record (mode 'reason-kept'): one place.
            if (p && r.data.keptReasonId) await area.remove(`${REASON_PREFIX}${r.data.keptReasonId}`).catch(() => undefined);
          }
          // Unreadable entries are dropped: they came from our own script and cannot be repaired.
          if (p || !r.success) await area.remove(k).catch(() => undefined);
        }
        return touched;
      });
    },
    subscribe(cb, signal) {
      const listener = (changes: Record<string, unknown>) => {
        if (Object.keys(changes).some((k) => k.startsWith(PERSON_PREFIX))) cb();
      };
      area.onChanged?.addListener(listener);
      signal.addEventListener('abort', () => area.onChanged?.removeListener(listener), { once: true });
    },
  };
  return log;
}

let shared: PeopleLog | null = null;
/** The page's one log (features share its write queue). */
export const peopleLog = (): PeopleLog => (shared ??= createPeopleLog());

/**
 * The user sent something we put in a composer (seen by ../composer-send.ts): a kept reason
 * (reasonDeliveredAt + a 'reason-sent' event) or a reply to a blank invitation ('reply-sent', which
 * adds the inviter to the log as a logged contact).
 */
export function logDelivered(
  what: { kind: 'reason' | 'reply'; personId: string | null; vanityName: string | null; fullName: string },
  text: string,
): void {
  const log = peopleLog();
  const at = Date.now();
  const match = { vanityName: what.vanityName, fullName: what.fullName };
  if (what.kind === 'reason' && what.personId) {
    void log
      .patch(what.personId, { reasonDeliveredAt: at })
      .then((p) => (p ? log.event({ vanityName: p.vanityName, profileUrn: p.profileUrn, fullName: p.fullName }, 'reason-sent', at, text) : null))
      .catch(() => null);
  } else if (what.kind === 'reply') {
    void log.event(match, 'reply-sent', at, text, true).catch(() => null);
  }
}
