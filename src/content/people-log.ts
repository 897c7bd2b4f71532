/**
 * The People log as the content features see it (UI bundle only): one seam between the page
 * features (send log, acceptance, profile card, kept-reason delivery) and the People store
 * (src/storage/people.ts: `p:<id>` records validated with zod, core's state machine, set-aside).
 *
 * Acceptance and other evidence only ever touch people already in the log (the store returns null
 * for anyone else): a profile the user merely looks at is never recorded. Two things bring someone
 * in: an invitation the user sent through a guarded dialog, and a reply the user sent to their blank
 * invitation (`reply`).
 */
import { matchesPerson, type Evidence, type Person, type PersonEvent, type PersonMatch } from '../core/people/model';
import { localArea, type StorageAreaLike } from '../storage/areas';
import { readWhere } from '../storage/read-where';
import { createPeopleStore, P_PENDING, type PeopleStore } from '../storage/people';

const REASON_PREFIX = 'r:';

export interface PeopleLog {
  all(): Promise<Person[]>;
  find(match: PersonMatch): Promise<Person | null>;
  /** Evidence for someone already in the log; null (and nothing written) for anyone else. */
  evidence(match: PersonMatch, ev: Evidence): Promise<Person | null>;
  /**
   * The user sent a reply to this person's blank invitation: adds them when absent (see the store's
   * recordReply) and logs the 'reply-sent' contact with its text.
   */
  reply(match: PersonMatch, at: number, text: string, where: string): Promise<Person | null>;
  /** An event on someone already in the log (null for anyone else). */
  event(match: PersonMatch, type: PersonEvent['type'], at: number, text?: string): Promise<Person | null>;
  patch(id: string, patch: Partial<Pick<Person, 'reasonDeliveredAt' | 'profileUrn'>>): Promise<Person | null>;
  /** Moves the always-on script's raw `pe:` entries into the log; returns the people they named. */
  ingestPending(): Promise<Person[]>;
  subscribe(cb: () => void, signal: AbortSignal): void;
}

interface RawSend {
  type?: unknown;
  match?: PersonMatch;
  keptReasonId?: unknown;
}

export function createPeopleLog(area: StorageAreaLike = localArea(), store: PeopleStore = createPeopleStore({ area })): PeopleLog {
  const find = async (match: PersonMatch): Promise<Person | null> => (await store.load()).find((p) => matchesPerson(p, match)) ?? null;
  // The store tells other contexts about a write; features on this page hear about this page's
  // own writes here (the card must show an acceptance seen by the acceptance feature).
  const local = new Set<() => void>();
  const changed = <T>(r: T): T => {
    if (r) local.forEach((cb) => cb());
    return r;
  };
  return {
    all: () => store.load(),
    find,
    evidence: async (match, ev) => changed(await store.addEvidence(match, ev)),
    async reply(match, at, text, where) {
      return changed(await store.recordReply({ ...match, text: text.slice(0, 500), at, where: where.slice(0, 300) }));
    },
    async event(match, type, at, text) {
      const p = await find(match);
      return p ? changed(await store.addEvent(p.id, { type, at, ...(text ? { text: text.slice(0, 500) } : {}) })) : null;
    },
    async patch(id, patch) {
      return changed(await store.update(id, patch).catch(() => null));
    },
    async ingestPending() {
      // The pending entries only: this runs on LinkedIn pages, beside thousands of People records.
      const raw = await readWhere(area, (k) => k.startsWith(P_PENDING));
      const sends = Object.entries(raw)
        .filter(([k]) => k.startsWith(P_PENDING))
        .map(([, v]) => v as RawSend)
        .filter((v) => v && typeof v === 'object' && v.type === 'send-pressed' && v.match);
      if (!sends.length) return [];
      await store.ingestPending();
      const people = await store.load();
      const touched = sends.map((v) => people.find((p) => matchesPerson(p, v.match!))).filter((p): p is Person => !!p);
      // The kept reason now lives in the person's record (mode 'reason-kept'): one place for it.
      const kept = sends.filter((v, i) => typeof v.keptReasonId === 'string' && touched[i]).map((v) => `${REASON_PREFIX}${String(v.keptReasonId)}`);
      if (kept.length) await area.remove(kept).catch(() => undefined);
      return changed([...new Set(touched)]);
    },
    subscribe(cb, signal) {
      store.subscribe(() => cb(), signal);
      local.add(cb);
      signal.addEventListener('abort', () => local.delete(cb), { once: true });
    },
  };
}

let shared: PeopleLog | null = null;
/** The page's one log. */
export const peopleLog = (): PeopleLog => (shared ??= createPeopleLog());

/**
 * The user sent something we put in a composer (seen by ./composer-send.ts): a kept reason
 * (reasonDeliveredAt + a 'reason-sent' event on the person it was kept for) or a reply to a blank
 * invitation: a 'reply-sent' contact on the inviter, who is added to the log when absent (the usual
 * case), with what the card showed (name, /in/<vanity>/; no profile URN, the cards show none) and
 * 'invitation-received' evidence where the card was (`what.where`), their state left 'unknown'.
 */
export function logDelivered(
  what: { kind: 'reason' | 'reply'; personId: string | null; vanityName: string | null; fullName: string; where?: string },
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
    void log.reply(match, at, text, typeof what.where === 'string' ? what.where : '').catch(() => null);
  }
}

/**
 * The user sent a message to someone in the log with text from the composer's Templates: a logged
 * contact ('message-sent'), which resets their cadence (the store applies core's logContact).
 */
export function logMessage(p: Pick<Person, 'vanityName' | 'profileUrn' | 'fullName'>, text: string): Promise<Person | null> {
  return peopleLog()
    .event({ vanityName: p.vanityName, profileUrn: p.profileUrn, fullName: p.fullName }, 'message-sent', Date.now(), text)
    .catch(() => null);
}
