/**
 * The acceptance state machine: what we may say about an invitation, from what the user's own pages
 * showed (issue 10 §2). Pure and fail-safe: evidence it does not understand changes nothing.
 *
 * Rules (the table is TRANSITIONS below; tests/unit/core/people/state.test.ts walks every pair):
 * - The newest direct observation wins. A profile at 1st degree, the Connections list and the user's
 *   own Connections.csv say "connected" → accepted, from any state. A Pending control, the Sent list
 *   listing them or the invitation-sent toast say "an invitation is pending" → sent, from any state (a
 *   pending invite means they are not connected now, whatever we believed).
 * - `send-pressed` is an attempt, not a fact: → unconfirmed until LinkedIn's own feedback confirms it.
 * - `profile-not-connected` (Connect offered, no Pending, not 1st): an invite we saw confirmed is no
 *   longer pending → withdrawn (the contract's meaning: withdrawn, or ignored and expired; LinkedIn does
 *   not tell the sender). For an unconfirmed send or an accepted person it contradicts what we had, so
 *   → unknown: we never claim more than we saw.
 * - `sent-list-absent` corroborates only. Absence from the Sent list is consistent with accepted and
 *   withdrawn (no change), but alone it cannot tell accepted from withdrawn or expired: a sent or
 *   unconfirmed invite becomes unknown ("no longer pending, outcome not seen"), never accepted. The
 *   adapter must only report absence for a Sent list it saw whole (it is a lazy, virtualized column).
 * - `notification-accepted` is a hint: recorded as evidence (the UI may say "LinkedIn notified…, open
 *   their profile to confirm") but it never changes the state, alone or with other hints.
 * - `invitation-received`: they invited the user (a received-invitation card the user replied to
 *   with "Ask how we met"). Recorded as evidence of where they came from; it never changes the state
 *   (a new person stays unknown: whether the user accepted is not seen there).
 * - `user`: the user's own correction; `detail` names the state ('accepted', …). Any other detail
 *   changes nothing.
 * - Late evidence (older than the newest state-bearing evidence we hold) is recorded but never rewinds
 *   the state: pages can be ingested out of order (pending entries, imports).
 * - Repeats of the same signal at the same place within DEDUPE_WINDOW_MS are dropped when they would
 *   not change the state (profiles are re-scanned on every mutation batch); the person object is then
 *   returned as is, so callers can skip the write (`next === person`).
 * - Each change of state adds a timeline event (invited/confirmed/accepted/withdrawn) with a
 *   deterministic id (`<type>-<at>`), so the same fact recorded twice merges into one event; its
 *   explanation is the evidence entry with the same time (SIGNAL_LABELS gives the words).
 */
import { EvidenceSchema, MAX_EVENTS, MAX_EVIDENCE, PERSON_STATES, type Evidence, type Person, type PersonEvent, type PersonEventType, type PersonState, type Signal } from './model';

export const DEDUPE_WINDOW_MS = 30 * 60_000;

/**
 * Signals that never change the state by themselves (nor stop later-ingested older evidence from
 * doing so): an acceptance notification is a hint; their invitation to the user says nothing about
 * the user's invitation to them, nor whether the user accepted theirs.
 */
export const HINT_SIGNALS: ReadonlySet<Signal> = new Set<Signal>(['notification-accepted', 'invitation-received']);

type Row = Record<PersonState, PersonState>;
const all = (to: PersonState): Row => ({ unconfirmed: to, sent: to, accepted: to, withdrawn: to, unknown: to });
const same: Row = { unconfirmed: 'unconfirmed', sent: 'sent', accepted: 'accepted', withdrawn: 'withdrawn', unknown: 'unknown' };

/** The state after `signal`, by current state. 'user' is resolved from its detail in nextState(). */
export const TRANSITIONS: Readonly<Record<Exclude<Signal, 'user'>, Readonly<Row>>> = {
  'send-pressed': { ...all('unconfirmed'), sent: 'sent' /* a second press while pending sends nothing new */ },
  'sent-toast': all('sent'),
  'pending-shown': all('sent'),
  'sent-list-listed': all('sent'),
  'sent-list-absent': { ...same, unconfirmed: 'unknown', sent: 'unknown' },
  'profile-1st': all('accepted'),
  'connections-list': all('accepted'),
  'connections-csv': all('accepted'),
  'notification-accepted': same,
  'invitation-received': same,
  'profile-not-connected': { ...same, unconfirmed: 'unknown', sent: 'withdrawn', accepted: 'unknown' },
  withdrawn: all('withdrawn'),
};

/** Plain words for each signal, for the evidence list in People and on the profile card. */
export const SIGNAL_LABELS: Readonly<Record<Signal, string>> = {
  'send-pressed': 'You pressed Send on the invitation',
  'sent-toast': 'LinkedIn said the invitation was sent',
  'pending-shown': 'Their profile showed Pending',
  'sent-list-listed': 'Listed in your sent invitations',
  'sent-list-absent': 'No longer in your sent invitations',
  'profile-1st': 'Their profile showed a 1st-degree connection',
  'profile-not-connected': 'Their profile offered Connect again',
  'connections-list': 'Listed in your connections',
  'notification-accepted': 'A notification said they accepted (a hint, not confirmed)',
  withdrawn: 'You withdrew the invitation',
  'connections-csv': 'Listed in your LinkedIn Connections.csv',
  user: 'You set this yourself',
  'invitation-received': 'They invited you to connect',
};

const STATE_EVENT: Partial<Record<PersonState, PersonEventType>> = {
  unconfirmed: 'invited',
  sent: 'confirmed',
  accepted: 'accepted',
  withdrawn: 'withdrawn',
};

const isState = (s: unknown): s is PersonState => (PERSON_STATES as readonly unknown[]).includes(s);

/** The state `signal` leads to from `state` (ignoring time order and dedupe). */
export function nextState(state: PersonState, evidence: Pick<Evidence, 'signal' | 'detail'>): PersonState {
  if (evidence.signal === 'user') return isState(evidence.detail) ? evidence.detail : state;
  const row = (TRANSITIONS as Record<string, Row | undefined>)[evidence.signal];
  return row ? row[state] : state;
}

/** A timeline event id that is the same whenever the same fact is recorded (merges dedupe by id). */
export function eventId(type: PersonEventType, at: number): string {
  return `${type}-${at}`;
}

/**
 * Adds an event (sorted by time, newest last) unless one with its id is there; bounded to MAX_EVENTS by
 * dropping the oldest events that are not the first invitation or an acceptance (the story's key facts).
 */
export function addEvent(events: readonly PersonEvent[], event: PersonEvent): PersonEvent[] {
  if (events.some((e) => e.id === event.id)) return [...events];
  const out = [...events, event].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return trimEvents(out);
}

export function trimEvents(events: PersonEvent[]): PersonEvent[] {
  const out = [...events];
  const firstInvite = out.find((e) => e.type === 'invited');
  while (out.length > MAX_EVENTS) {
    const i = out.findIndex((e) => e !== firstInvite && e.type !== 'accepted');
    out.splice(i >= 0 ? i : 0, 1);
  }
  return out;
}

/**
 * Bounds the evidence list (newest last). Drops the oldest entries first, but keeps the latest entry of
 * each signal while it can, so the evidence behind the current state stays visible.
 */
export function trimEvidence(list: Evidence[]): Evidence[] {
  const out = [...list];
  while (out.length > MAX_EVIDENCE) {
    const i = out.findIndex((e, k) => out.slice(k + 1).some((later) => later.signal === e.signal));
    out.splice(i >= 0 ? i : 0, 1);
  }
  return out;
}

function latestStateful(list: readonly Evidence[]): number {
  let t = -Infinity;
  for (const e of list) if (!HINT_SIGNALS.has(e.signal) && e.at > t) t = e.at;
  return t;
}

/**
 * Applies one piece of evidence. Returns the same object when nothing changes (invalid evidence, or a
 * repeat), otherwise a new Person with the evidence recorded and the state (and its event) updated.
 */
export function applyEvidence(person: Person, evidence: Evidence): Person {
  const parsed = EvidenceSchema.safeParse(evidence);
  if (!parsed.success) return person;
  const ev = parsed.data;
  const late = ev.at < latestStateful(person.evidence);
  const to = late ? person.state : nextState(person.state, ev);
  const repeat = person.evidence.some(
    (e) => e.signal === ev.signal && e.where === ev.where && (e.detail ?? '') === (ev.detail ?? '') && Math.abs(e.at - ev.at) < DEDUPE_WINDOW_MS,
  );
  if (repeat && to === person.state) return person;

  // Sorted insert: late evidence takes its place in time, so "newest last" holds.
  const evidenceList = [...person.evidence];
  let k = evidenceList.length;
  while (k > 0 && evidenceList[k - 1]!.at > ev.at) k--;
  evidenceList.splice(k, 0, ev);

  const next: Person = { ...person, evidence: trimEvidence(evidenceList), updatedAt: Math.max(person.updatedAt, ev.at) };
  if (to !== person.state) {
    next.state = to;
    const type = STATE_EVENT[to];
    // No text: the evidence entry at the same time says what was seen (kept out to save ~80 bytes each).
    if (type) next.events = addEvent(person.events, { id: eventId(type, ev.at), type, at: ev.at });
  }
  // The first moment we saw them connected: an upper bound on when they accepted, never a guess.
  if (to === 'accepted' && next.connectedAt === null) next.connectedAt = ev.at;
  return next;
}

/** Folds a list of evidence in order (a convenience for ingesting several observations). */
export function applyAll(person: Person, evidence: readonly Evidence[]): Person {
  return evidence.reduce(applyEvidence, person);
}
